#pragma once

#include "ErrorEntry.h"
#include "ExchangeRecord.h"
#include "OtpCallOptions.h"
#include "util/EnumIds.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// The outcome of one OTP call, for the user and for scripts: what happened (outcome), why
// (reason), the fields the answer carried, the catalog entry, and the exchange record. The
// summary is built when asked, in the current language, so a result card follows a language
// switch.
struct OtpResult {
    enum class Outcome {
        Success, // request: a token arrived; verify: the code is correct
        ApiError, // the API answered with an error it defines
        TransportError, // no complete answer: refused, DNS, TLS, connection lost, URL refused
        Timeout, // no complete answer within the call's timeout
        Cancelled, // the caller cancelled
        InvalidResponse, // an HTTP answer, but not a usable OTP API answer
    };

    // Stable, untranslated identifiers: the `outcome` of a saved result and of otpctl --json.
    friend constexpr EnumIdTable<Outcome, 6> enumIds(Outcome)
    {
        return {{{Outcome::Success, "success"},
                 {Outcome::ApiError, "api-error"},
                 {Outcome::TransportError, "transport-error"},
                 {Outcome::Timeout, "timeout"},
                 {Outcome::Cancelled, "cancelled"},
                 {Outcome::InvalidResponse, "invalid-response"}}};
    }

    // Why, in more detail; each belongs to one outcome.
    enum class Reason {
        None, // Success
        CatalogError, // ApiError: an error of the vendor's table
        InvalidParameter, // ApiError: "Invalid Parameter." (fields in detail)
        UnknownApiError, // ApiError: an error body whose message is not in the catalog
        EmptyBody, // InvalidResponse ...
        HtmlPage,
        NotJson,
        InvalidUtf8,
        UnknownJson,
        MissingField, // success without a usable token (or a field of the wrong type)
        UnexpectedStatus, // a success body with a non-2xx status
        Redirect,
        TooLarge,
        RefusedUrl, // TransportError ... (nothing sent)
        ConnectionRefused,
        HostNotFound,
        TlsError,
        ConnectionClosed, // closed or reset before the whole answer arrived
        NetworkError,
        Timeout, // Timeout
        Cancelled, // Cancelled
    };

    // Stable, untranslated identifiers: the `reason` of a saved result and of otpctl --json,
    // and the history's outcome when nothing more specific is known.
    friend constexpr EnumIdTable<Reason, 21> enumIds(Reason)
    {
        return {{{Reason::None, "none"},
                 {Reason::CatalogError, "catalog-error"},
                 {Reason::InvalidParameter, "invalid-parameter"},
                 {Reason::UnknownApiError, "unknown-api-error"},
                 {Reason::EmptyBody, "empty-body"},
                 {Reason::HtmlPage, "html-page"},
                 {Reason::NotJson, "not-json"},
                 {Reason::InvalidUtf8, "invalid-utf8"},
                 {Reason::UnknownJson, "unknown-json"},
                 {Reason::MissingField, "missing-field"},
                 {Reason::UnexpectedStatus, "unexpected-status"},
                 {Reason::Redirect, "redirect"},
                 {Reason::TooLarge, "too-large"},
                 {Reason::RefusedUrl, "refused-url"},
                 {Reason::ConnectionRefused, "connection-refused"},
                 {Reason::HostNotFound, "host-not-found"},
                 {Reason::TlsError, "tls-error"},
                 {Reason::ConnectionClosed, "connection-closed"},
                 {Reason::NetworkError, "network-error"},
                 {Reason::Timeout, "timeout"},
                 {Reason::Cancelled, "cancelled"}}};
    }

    OtpOperation operation = OtpOperation::Request;
    OtpCallOptions options;
    Outcome outcome = Outcome::TransportError;
    Reason reason = Reason::NetworkError;
    int httpStatus = 0; // 0: no HTTP answer
    QString token; // request success
    QString refno; // request success (v2)
    QString message; // the message the body carried ("Code is correct.", "Code is invalid.")
    QJsonValue detail; // an error's "detail", as sent
    std::optional<ErrorEntry> entry; // the catalog row; nullopt when none applies
    // The technical detail the summary quotes: Qt's error text, the TLS problems, the JSON parse
    // error, the HTML page's title, the missing field, the redirect target.
    QString problem;
    ExchangeRecord record;

    bool isSuccess() const { return outcome == Outcome::Success; }
    std::optional<double> latencyMs() const { return record.latencyMs(); }

    // One or two sentences: what happened and what to do, in the current language.
    QString summary() const;
    QString outcomeText() const; // "Success", "API error", ... translated
    // "msisdn (invalid)", ... from the detail of an "Invalid Parameter." answer.
    QStringList invalidFields() const;
    // The history's short, untranslated outcome: "success", the catalog name
    // ("ERROR_IP_NOT_ALLOWED") or the OTP message ("Code is invalid."), else the reason id.
    QString historyOutcome() const;

    static Outcome outcomeOf(Reason reason);

    QJsonObject toJson() const; // with "summary" for readers, and "record"
    static std::optional<OtpResult> fromJson(const QJsonObject &object, QString *error = nullptr);

    Q_DECLARE_TR_FUNCTIONS(OtpResult) // last: the macro leaves the access at private
};

Q_DECLARE_METATYPE(OtpResult)

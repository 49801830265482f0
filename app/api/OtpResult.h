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

#include <array>
#include <cstddef>
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

    // Each reason once: its stable, untranslated identifier (the `reason` of a saved result and
    // of otpctl --json, and the history's outcome when nothing more specific is known) and the
    // outcome it belongs to.
    struct ReasonInfo {
        Reason reason;
        const char *id;
        Outcome outcome;
    };
    static constexpr std::array<ReasonInfo, 21> Reasons{{
        {Reason::None, "none", Outcome::Success},
        {Reason::CatalogError, "catalog-error", Outcome::ApiError},
        {Reason::InvalidParameter, "invalid-parameter", Outcome::ApiError},
        {Reason::UnknownApiError, "unknown-api-error", Outcome::ApiError},
        {Reason::EmptyBody, "empty-body", Outcome::InvalidResponse},
        {Reason::HtmlPage, "html-page", Outcome::InvalidResponse},
        {Reason::NotJson, "not-json", Outcome::InvalidResponse},
        {Reason::InvalidUtf8, "invalid-utf8", Outcome::InvalidResponse},
        {Reason::UnknownJson, "unknown-json", Outcome::InvalidResponse},
        {Reason::MissingField, "missing-field", Outcome::InvalidResponse},
        {Reason::UnexpectedStatus, "unexpected-status", Outcome::InvalidResponse},
        {Reason::Redirect, "redirect", Outcome::InvalidResponse},
        {Reason::TooLarge, "too-large", Outcome::InvalidResponse},
        {Reason::RefusedUrl, "refused-url", Outcome::TransportError},
        {Reason::ConnectionRefused, "connection-refused", Outcome::TransportError},
        {Reason::HostNotFound, "host-not-found", Outcome::TransportError},
        {Reason::TlsError, "tls-error", Outcome::TransportError},
        {Reason::ConnectionClosed, "connection-closed", Outcome::TransportError},
        {Reason::NetworkError, "network-error", Outcome::TransportError},
        {Reason::Timeout, "timeout", Outcome::Timeout},
        {Reason::Cancelled, "cancelled", Outcome::Cancelled},
    }};

    friend constexpr EnumIdTable<Reason, Reasons.size()> enumIds(Reason)
    {
        EnumIdTable<Reason, Reasons.size()> ids{};
        for (std::size_t i = 0; i < Reasons.size(); ++i)
            ids[i] = {Reasons[i].reason, Reasons[i].id};
        return ids;
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
    // A stored historyOutcome() as the history shows it: "success" and the reason ids in the
    // current language ("Connection refused"), catalog names and messages as they are.
    static QString historyOutcomeText(const QString &stored);
    // The stored outcomes whose historyOutcomeText() contains this text (case ignored), so a
    // search finds a row by the words the history shows ("refused", "ปฏิเสธ").
    static QStringList historyOutcomesShowing(const QString &text);
    static QString reasonText(Reason reason); // short, translated: "URL refused, nothing sent"

    static Outcome outcomeOf(Reason reason);

    QJsonObject toJson() const; // with "summary" for readers, and "record"
    static std::optional<OtpResult> fromJson(const QJsonObject &object, QString *error = nullptr);

    Q_DECLARE_TR_FUNCTIONS(OtpResult) // last: the macro leaves the access at private
};

Q_DECLARE_METATYPE(OtpResult)

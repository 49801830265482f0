#include "api/DecodedResponse.h"
#include "api/OtpCallOptions.h"
#include "api/OtpResult.h"
#include "domain/ApiVersion.h"
#include "domain/Environment.h"
#include "domain/Language.h"
#include "domain/OtpMessage.h"
#include "domain/OtpOperation.h"
#include "domain/ValidationIssue.h"
#include "sandbox/SandboxApiError.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxRequestParser.h"
#include "services/ExchangeHistory.h"
#include "services/Theme.h"
#include "util/EnumIds.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Every enum's id table: ids unique in any case (they are read back in any case), ASCII
// without spaces, and each one read back as its value (ids are stored in databases and files:
// a duplicate or a typo loses data).
class TestEnumIds : public QObject
{
    Q_OBJECT

    template<typename Enum> void checkTable()
    {
        QSet<QString> seen;
        for (const Enum value : enumValues<Enum>()) {
            const QString id = enumId(value);
            QVERIFY2(!id.isEmpty(), "a value without an id");
            QVERIFY2(!seen.contains(id.toLower()), qPrintable(id));
            seen.insert(id.toLower());
            QVERIFY2(!id.contains(u' '), qPrintable(id));
            for (const QChar c : id)
                QVERIFY2(c.unicode() < 128, qPrintable(id));
            QCOMPARE(enumFromId<Enum>(id), std::optional<Enum>(value));
        }
        QCOMPARE(enumFromId<Enum>(u"no-such-id"), std::nullopt);
        QCOMPARE(enumFromId<Enum>(u""), std::nullopt);
    }

    // Every value of the enum, counted from its first to its last enumerator, is in the table.
    template<typename Enum> void checkComplete(Enum last)
    {
        QCOMPARE(enumValues<Enum>().size(), std::size_t(last) + 1);
        for (int i = 0; i <= int(last); ++i)
            QVERIFY2(!enumId(Enum(i)).isEmpty(), qPrintable(QString::number(i)));
    }

    template<typename Enum> void pin(const QList<std::pair<Enum, QString>> &expected)
    {
        QCOMPARE(enumValues<Enum>().size(), std::size_t(expected.size()));
        for (const auto &[value, id] : expected)
            QCOMPARE(enumId(value), id);
    }

private slots:
    void everyTableRoundTrips()
    {
        checkTable<Environment>();
        checkTable<Language>();
        checkTable<Theme>();
        checkTable<ApiVersion>();
        checkTable<BodyFormat>();
        checkTable<OtpOperation>();
        checkTable<OtpMessage::State>();
        checkTable<OtpResult::Outcome>();
        checkTable<OtpResult::Reason>();
        checkTable<ValidationField>();
        checkTable<DecodedResponse::Shape>();
        checkTable<SandboxFaults::Action>();
        checkTable<SandboxFaults::Scope>();
        checkTable<SandboxRequestParser::BodyProblem>();
        checkTable<SandboxApiError>();
    }

    void everyValueHasAnId()
    {
        checkComplete(Environment::Custom);
        checkComplete(Language::Thai);
        checkComplete(Theme::Dark);
        checkComplete(ApiVersion::V2);
        checkComplete(BodyFormat::Json);
        checkComplete(OtpOperation::Verify);
        checkComplete(OtpMessage::State::Lost);
        checkComplete(OtpResult::Outcome::InvalidResponse);
        checkComplete(OtpResult::Reason::Cancelled);
        checkComplete(ValidationField::TestNumbers);
        checkComplete(SandboxFaults::Action::Drop);
        checkComplete(SandboxFaults::Scope::Fraction);
        checkComplete(SandboxApiError::TokenNotPending);
        checkComplete(SandboxRequestParser::BodyProblem::MalformedMultipart);
    }

    void readsUserInputLeniently()
    {
        QCOMPARE(enumFromId<Environment>(u" Live "), std::optional(Environment::Live));
        QCOMPARE(enumFromId<Environment>(u"SANDBOX"), std::optional(Environment::Sandbox));
        QCOMPARE(enumFromId<Environment>(u"liv"), std::nullopt);
        QCOMPARE(enumFromId<ApiVersion>(u"V1"), std::optional(ApiVersion::V1));
        QCOMPARE(enumFromId<ApiVersion>(u"v3"), std::nullopt);
        QCOMPARE(enumFromId<OtpOperation>(u"Verify"), std::optional(OtpOperation::Verify));
        QCOMPARE(enumFromId<SandboxFaults::Action>(u" DROP "),
                 std::optional(SandboxFaults::Action::Drop));
    }

    void readsLanguageOfLocaleNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::optional<Language>>("language");
        QTest::newRow("th") << u"th"_s << std::optional(Language::Thai);
        QTest::newRow("th_TH") << u"th_TH"_s << std::optional(Language::Thai);
        QTest::newRow("th-TH") << u"th-TH"_s << std::optional(Language::Thai);
        QTest::newRow("TH, spaces") << u" TH "_s << std::optional(Language::Thai);
        QTest::newRow("en") << u"en"_s << std::optional(Language::English);
        QTest::newRow("en_US.UTF-8") << u"en_US.UTF-8"_s << std::optional(Language::English);
        QTest::newRow("en-GB") << u"en-GB"_s << std::optional(Language::English);
        QTest::newRow("thai") << u"thai"_s << std::optional<Language>();
        QTest::newRow("de_DE") << u"de_DE"_s << std::optional<Language>();
        QTest::newRow("_th") << u"_th"_s << std::optional<Language>();
        QTest::newRow("empty") << QString() << std::optional<Language>();
    }

    void readsLanguageOfLocaleNames()
    {
        QFETCH(QString, name);
        QFETCH(std::optional<Language>, language);
        QCOMPARE(languageOfLocaleName(name), language);
    }

    void writesTheStoredIds()
    {
        // The ids already in users' databases, settings and files, and typed on command lines.
        using State = OtpMessage::State;
        using Outcome = OtpResult::Outcome;
        using Reason = OtpResult::Reason;
        pin<Environment>({{Environment::Sandbox, u"sandbox"_s},
                          {Environment::Live, u"live"_s},
                          {Environment::Custom, u"custom"_s}});
        pin<Language>({{Language::English, u"en"_s}, {Language::Thai, u"th"_s}});
        pin<Theme>(
            {{Theme::System, u"system"_s}, {Theme::Light, u"light"_s}, {Theme::Dark, u"dark"_s}});
        // The control API's error ids, tested for by users' scripts.
        pin<SandboxApiError>({{SandboxApiError::BadParameter, u"bad_parameter"_s},
                              {SandboxApiError::InvalidJson, u"invalid_json"_s},
                              {SandboxApiError::Unauthorized, u"unauthorized"_s},
                              {SandboxApiError::NotFound, u"not_found"_s},
                              {SandboxApiError::NoMessage, u"no_message"_s},
                              {SandboxApiError::UnknownToken, u"unknown_token"_s},
                              {SandboxApiError::MethodNotAllowed, u"method_not_allowed"_s},
                              {SandboxApiError::BodyTooLarge, u"body_too_large"_s},
                              {SandboxApiError::TokenNotPending, u"token_not_pending"_s}});
        pin<ApiVersion>({{ApiVersion::V1, u"v1"_s}, {ApiVersion::V2, u"v2"_s}});
        pin<BodyFormat>({{BodyFormat::Form, u"form"_s}, {BodyFormat::Json, u"json"_s}});
        pin<OtpOperation>(
            {{OtpOperation::Request, u"request"_s}, {OtpOperation::Verify, u"verify"_s}});
        pin<State>({{State::Pending, u"pending"_s},
                    {State::Verified, u"verified"_s},
                    {State::Expired, u"expired"_s},
                    {State::Burned, u"burned"_s},
                    {State::Evicted, u"evicted"_s},
                    {State::Lost, u"lost"_s}});
        pin<Outcome>({{Outcome::Success, u"success"_s},
                      {Outcome::ApiError, u"api-error"_s},
                      {Outcome::TransportError, u"transport-error"_s},
                      {Outcome::Timeout, u"timeout"_s},
                      {Outcome::Cancelled, u"cancelled"_s},
                      {Outcome::InvalidResponse, u"invalid-response"_s}});
        pin<Reason>({{Reason::None, u"none"_s},
                     {Reason::CatalogError, u"catalog-error"_s},
                     {Reason::InvalidParameter, u"invalid-parameter"_s},
                     {Reason::UnknownApiError, u"unknown-api-error"_s},
                     {Reason::EmptyBody, u"empty-body"_s},
                     {Reason::HtmlPage, u"html-page"_s},
                     {Reason::NotJson, u"not-json"_s},
                     {Reason::InvalidUtf8, u"invalid-utf8"_s},
                     {Reason::UnknownJson, u"unknown-json"_s},
                     {Reason::MissingField, u"missing-field"_s},
                     {Reason::UnexpectedStatus, u"unexpected-status"_s},
                     {Reason::Redirect, u"redirect"_s},
                     {Reason::TooLarge, u"too-large"_s},
                     {Reason::RefusedUrl, u"refused-url"_s},
                     {Reason::ConnectionRefused, u"connection-refused"_s},
                     {Reason::HostNotFound, u"host-not-found"_s},
                     {Reason::TlsError, u"tls-error"_s},
                     {Reason::ConnectionClosed, u"connection-closed"_s},
                     {Reason::NetworkError, u"network-error"_s},
                     {Reason::Timeout, u"timeout"_s},
                     {Reason::Cancelled, u"cancelled"_s}});
        // Not stored, but written in JSON output and used as widget object names.
        pin<ValidationField>({{ValidationField::Name, u"name"_s},
                              {ValidationField::ContactEmail, u"contactEmail"_s},
                              {ValidationField::ContactName, u"contactName"_s},
                              {ValidationField::Digits, u"digits"_s},
                              {ValidationField::MessageTemplate, u"template"_s},
                              {ValidationField::Expiry, u"expiry"_s},
                              {ValidationField::IpRanges, u"ipRanges"_s},
                              {ValidationField::Environment, u"environment"_s},
                              {ValidationField::BaseUrl, u"baseUrl"_s},
                              {ValidationField::AppKey, u"key"_s},
                              {ValidationField::AppSecret, u"secret"_s},
                              {ValidationField::Msisdn, u"msisdn"_s},
                              {ValidationField::TestNumbers, u"testNumbers"_s}});
        // Typed on otpctl's command line: --fail drop.
        using Action = SandboxFaults::Action;
        pin<Action>(
            {{Action::None, u"none"_s}, {Action::Error, u"error"_s}, {Action::Drop, u"drop"_s}});
        // On the wire: the sandbox's invalid-parameter answer names the body's problem.
        using BodyProblem = SandboxRequestParser::BodyProblem;
        pin<BodyProblem>({{BodyProblem::None, u"none"_s},
                          {BodyProblem::UnsupportedContentType, u"unsupported_content_type"_s},
                          {BodyProblem::MalformedJson, u"malformed_json"_s},
                          {BodyProblem::MalformedForm, u"malformed_form"_s},
                          {BodyProblem::MalformedMultipart, u"malformed_multipart"_s}});
    }

    void historyRecordCarriesTheIds()
    {
        // The history's recordJson holds a whole result; it is read back when a past call is
        // opened, so its ids are stored ids too.
        OtpResult result;
        result.operation = OtpOperation::Verify;
        result.options.version = ApiVersion::V1;
        result.options.bodyFormat = BodyFormat::Json;
        result.reason = OtpResult::Reason::ConnectionRefused;
        result.outcome = OtpResult::outcomeOf(result.reason);
        result.record.startedAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        result.record.method = "POST";
        result.record.url = QUrl(u"http://127.0.0.1:8765/v1/otp/verify"_s);
        const StoredExchange stored = ExchangeHistory::toStored(result, OtpAppConfig());
        QCOMPARE(stored.call, OtpOperation::Verify);
        QCOMPARE(stored.outcome, u"connection-refused"_s);
        const QJsonObject json = QJsonDocument::fromJson(stored.recordJson).object();
        QCOMPARE(json.value(u"operation"_s).toString(), u"verify"_s);
        QCOMPARE(json.value(u"apiVersion"_s).toString(), u"v1"_s);
        QCOMPARE(json.value(u"bodyFormat"_s).toString(), u"json"_s);
        QCOMPARE(json.value(u"outcome"_s).toString(), u"transport-error"_s);
        QCOMPARE(json.value(u"reason"_s).toString(), u"connection-refused"_s);

        QString error;
        const std::optional<OtpResult> read = ExchangeHistory::resultOf(stored, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->operation, result.operation);
        QCOMPARE(read->options, result.options);
        QCOMPARE(read->reason, result.reason);
        QCOMPARE(read->outcome, result.outcome);
    }
};

QTEST_APPLESS_MAIN(TestEnumIds)
#include "tst_enumids.moc"

#include "api/ErrorCatalog.h"
#include "api/OtpEndpoint.h"
#include "api/OtpResultBuilder.h"
#include "domain/Language.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = OtpResult::Outcome;
using Reason = OtpResult::Reason;

ExchangeRecord response(int status, const QByteArray &body, const QByteArray &contentType = {})
{
    ExchangeRecord record;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.url = QUrl(u"https://otp.thaibulksms.com/v2/otp/request"_s);
    record.hasResponse = true;
    record.status = status;
    record.httpVersion = u"HTTP/1.1"_s;
    if (!contentType.isEmpty())
        record.responseHeaders << ExchangeRecord::Header{"Content-Type", contentType};
    record.responseBody = body;
    record.responseBodySize = body.size();
    record.finishedMs = 12.5;
    return record;
}

OtpResult judge(OtpOperation operation, int status, const QByteArray &body,
                const QByteArray &contentType = {}, ApiVersion version = ApiVersion::V2)
{
    OtpCallOptions options;
    options.version = version;
    return OtpResultBuilder::fromResponse(operation, options, response(status, body, contentType));
}

} // namespace

// Every kind of answer, from its bytes, to the right outcome, reason and summary; and the
// endpoint rules. The same cases over real sockets are in tst_otpclientraw.
class TestOtpResultBuilder : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { setCurrentLanguage(Language::English); }

    void answers_data();
    void answers();
    void requestSuccess();
    void verifySuccessUsesTheCatalog();
    void catalogErrorSummaryIsDescriptionAndHint();
    void errorWithHttp200SaysSo();
    void invalidParameterNamesTheFields_data();
    void invalidParameterNamesTheFields();
    void summaryFollowsTheLanguage();
    void failuresSayWhatFailed_data();
    void failuresSayWhatFailed();
    void resultJsonRoundTrip();
    void idsRoundTrip();
    void endpoint_data();
    void endpoint();
    void callUrl();
};

void TestOtpResultBuilder::answers_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("summaryPart");

    const int request = int(OtpOperation::Request);
    const int verify = int(OtpOperation::Verify);
    QTest::newRow("v2 request success")
        << request << 200 << R"({"status":"success","token":"abc","refno":"T3A57"})"_ba
        << "application/json"_ba << int(Outcome::Success) << int(Reason::None) << u"T3A57"_s;
    QTest::newRow("v1 request success")
        << request << 200 << R"({"data":{"status":"success","token":"abc"}})"_ba << QByteArray()
        << int(Outcome::Success) << int(Reason::None) << u"token abc"_s;
    QTest::newRow("empty body") << request << 200 << QByteArray() << QByteArray()
                                << int(Outcome::InvalidResponse) << int(Reason::EmptyBody)
                                << u"HTTP 200 with an empty body"_s;
    QTest::newRow("5xx no body") << request << 503 << QByteArray() << QByteArray()
                                 << int(Outcome::InvalidResponse) << int(Reason::EmptyBody)
                                 << u"HTTP 503 with an empty body"_s;
    QTest::newRow("html 502")
        << request << 502
        << "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body></html>"_ba
        << "text/html"_ba << int(Outcome::InvalidResponse) << int(Reason::HtmlPage)
        << u"HTTP 502 with an HTML page (“502 Bad Gateway”)"_s;
    QTest::newRow("html without type")
        << request << 200 << "<!DOCTYPE html><p>hi"_ba << QByteArray()
        << int(Outcome::InvalidResponse) << int(Reason::HtmlPage) << u"untitled"_s;
    QTest::newRow("truncated json") << request << 200 << R"({"status":"success","tok)"_ba
                                    << "application/json"_ba << int(Outcome::InvalidResponse)
                                    << int(Reason::NotJson) << u"not valid JSON"_s;
    QTest::newRow("scalar json") << request << 200 << "42"_ba
                                 << "application/json"_ba << int(Outcome::InvalidResponse)
                                 << int(Reason::NotJson)
                                 << u"not valid JSON (illegal value at byte 1)"_s;
    QTest::newRow("token is a number")
        << request << 200 << R"({"status":"success","token":5,"refno":"T3A57"})"_ba
        << "application/json"_ba << int(Outcome::InvalidResponse) << int(Reason::MissingField)
        << u"“token” is missing"_s;
    QTest::newRow("refno is a number")
        << request << 200 << R"({"status":"success","token":"abc","refno":7})"_ba
        << "application/json"_ba << int(Outcome::InvalidResponse) << int(Reason::MissingField)
        << u"“refno”"_s;
    QTest::newRow("verify success has no token")
        << verify << 200 << R"({"status":"success","message":"Code is correct."})"_ba
        << "application/json"_ba << int(Outcome::Success) << int(Reason::None)
        << u"Code is correct."_s;
    QTest::newRow("success with 500")
        << request << 500 << R"({"status":"success","token":"abc"})"_ba << QByteArray()
        << int(Outcome::InvalidResponse) << int(Reason::UnexpectedStatus) << u"HTTP 500"_s;
    QTest::newRow("invalid utf-8")
        << request << 200 << "{\"status\":\"success\",\"token\":\"\xff\xfe\"}"_ba
        << "application/json"_ba << int(Outcome::InvalidResponse) << int(Reason::InvalidUtf8)
        << u"not valid UTF-8"_s;
    QTest::newRow("unknown json") << request << 200 << R"({"hello":"world"})"_ba
                                  << "application/json"_ba << int(Outcome::InvalidResponse)
                                  << int(Reason::UnknownJson) << u"JSON the OTP API never sends"_s;
    QTest::newRow("code invalid") << verify << 400
                                  << R"({"code":400,"errors":[{"message":"Code is invalid."}]})"_ba
                                  << "application/json"_ba << int(Outcome::ApiError)
                                  << int(Reason::CatalogError)
                                  << u"Code is invalid. The PIN does not match"_s;
    QTest::newRow("v1 token expired")
        << verify << 400 << R"({"error":{"code":400,"errors":[{"message":"Token is expire."}]}})"_ba
        << "application/json"_ba << int(Outcome::ApiError) << int(Reason::CatalogError)
        << u"Token is expire. The code expired"_s;
    QTest::newRow("sms api shape")
        << request << 423
        << R"({"error":{"code":116,"name":"ERROR_INSUFFICIENT_CREDIT","description":"Insufficient credit."}})"_ba
        << "application/json"_ba << int(Outcome::ApiError) << int(Reason::CatalogError)
        << u"Top up SMS credit"_s;
    QTest::newRow("unknown message")
        << request << 418 << R"({"code":418,"errors":[{"message":"I am a teapot."}]})"_ba
        << "application/json"_ba << int(Outcome::ApiError) << int(Reason::UnknownApiError)
        << u"“I am a teapot.”, which is not in the catalog"_s;
    QTest::newRow("code is correct under 400")
        << verify << 400 << R"({"code":400,"errors":[{"message":"Code is correct."}]})"_ba
        << "application/json"_ba << int(Outcome::Success) << int(Reason::None)
        << u"treat the number as verified"_s;
    QTest::newRow("redirect") << request << 301 << QByteArray() << QByteArray()
                              << int(Outcome::InvalidResponse) << int(Reason::Redirect)
                              << u"HTTP 301 redirect without a Location"_s;
}

void TestOtpResultBuilder::answers()
{
    QFETCH(int, operation);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, outcome);
    QFETCH(int, reason);
    QFETCH(QString, summaryPart);

    const OtpResult result = judge(OtpOperation(operation), status, body, contentType);
    QCOMPARE(enumId(result.reason), enumId(Reason(reason)));
    QCOMPARE(enumId(result.outcome), enumId(Outcome(outcome)));
    QCOMPARE(result.httpStatus, status);
    const QString summary = result.summary();
    QVERIFY2(summary.contains(summaryPart), qPrintable(summary));
    QVERIFY(!summary.contains(u"%1"_s) && !summary.contains(u"%2"_s));
    QCOMPARE(result.isSuccess(), Outcome(outcome) == Outcome::Success);
}

void TestOtpResultBuilder::requestSuccess()
{
    const OtpResult result = judge(OtpOperation::Request, 200,
                                   R"({"status":"success","token":"tok123","refno":"T3A57"})"_ba);
    QCOMPARE(result.token, u"tok123"_s);
    QCOMPARE(result.refno, u"T3A57"_s);
    QVERIFY(!result.entry); // "Code is correct" would be wrong for a request
    QCOMPARE(result.summary(),
             u"OTP sent: token tok123, reference T3A57. Verify the code the user types with "
             "this token."_s);
    QCOMPARE(result.historyOutcome(), u"success"_s);
}

void TestOtpResultBuilder::verifySuccessUsesTheCatalog()
{
    const OtpResult result = judge(OtpOperation::Verify, 200,
                                   R"({"status":"success","message":"Code is correct."})"_ba);
    QVERIFY(result.entry);
    QCOMPARE(result.entry->row, 1);
    QCOMPARE(result.message, u"Code is correct."_s);
    QVERIFY(result.summary().startsWith(u"Code is correct. No action needed"_s));
}

void TestOtpResultBuilder::catalogErrorSummaryIsDescriptionAndHint()
{
    const OtpResult result = judge(OtpOperation::Verify, 400,
                                   R"({"code":400,"errors":[{"message":"Code is invalid."}]})"_ba);
    QVERIFY(result.entry);
    QCOMPARE(result.entry->row, 61);
    QCOMPARE(result.summary(), u"Code is invalid. "_s + ErrorCatalog::byRow(61)->hintEn);
    QCOMPARE(result.historyOutcome(), u"Code is invalid."_s);

    const OtpResult ip = judge(
        OtpOperation::Request, 403,
        R"({"error":{"code":104,"name":"ERROR_IP_NOT_ALLOWED","description":"This IP is not allowed."}})"_ba);
    QCOMPARE(ip.historyOutcome(), u"ERROR_IP_NOT_ALLOWED"_s);
    QVERIFY(ip.summary().startsWith(u"This IP is not allowed. Add the calling server"_s));
}

void TestOtpResultBuilder::errorWithHttp200SaysSo()
{
    const OtpResult result = judge(OtpOperation::Verify, 200,
                                   R"({"code":400,"errors":[{"message":"Code is invalid."}]})"_ba);
    QCOMPARE(result.outcome, Outcome::ApiError);
    QCOMPARE(result.entry->row, 61);
    QVERIFY2(result.summary().contains(u"arrived with HTTP 200"_s), qPrintable(result.summary()));
}

void TestOtpResultBuilder::invalidParameterNamesTheFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("summaryPart");
    QTest::newRow("object")
        << R"({"code":400,"errors":[{"message":"Invalid Parameter.","detail":{"msisdn":"invalid","secret":"required"}}]})"_ba
        << u"Invalid Parameter: msisdn (invalid), secret (required)."_s;
    QTest::newRow("array of names")
        << R"({"code":400,"errors":[{"message":"Invalid Parameter.","detail":["pin","token"]}]})"_ba
        << u"Invalid Parameter: pin, token."_s;
    QTest::newRow("array of objects")
        << R"({"code":400,"errors":[{"message":"Invalid Parameter.","detail":[{"field":"msisdn","message":"must be a Thai mobile"}]}]})"_ba
        << u"Invalid Parameter: msisdn (must be a Thai mobile)."_s;
    QTest::newRow("no detail") << R"({"code":400,"errors":[{"message":"Invalid Parameter."}]})"_ba
                               << u"the service did not say which field"_s;
    QTest::newRow("v1, no period")
        << R"({"error":{"code":400,"errors":[{"message":"Invalid Parameter","detail":{"pin":"required"}}]}})"_ba
        << u"pin (required)"_s;
}

void TestOtpResultBuilder::invalidParameterNamesTheFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, summaryPart);
    const OtpResult result = judge(OtpOperation::Request, 400, body);
    QCOMPARE(result.outcome, Outcome::ApiError);
    QCOMPARE(result.reason, Reason::InvalidParameter);
    QVERIFY(!result.entry);
    QVERIFY2(result.summary().contains(summaryPart), qPrintable(result.summary()));
}

void TestOtpResultBuilder::summaryFollowsTheLanguage()
{
    const OtpResult result = judge(OtpOperation::Verify, 400,
                                   R"({"code":400,"errors":[{"message":"Token is expire."}]})"_ba);
    const QString english = result.summary();
    setCurrentLanguage(Language::Thai);
    const QString thai = result.summary();
    QVERIFY(thai != english);
    QVERIFY(thai.contains(ErrorCatalog::byRow(62)->hintTh));
    QVERIFY(thai.contains(ErrorCatalog::byRow(62)->descriptionTh));
    QCOMPARE(result.entry->description(), ErrorCatalog::byRow(62)->descriptionTh);
}

void TestOtpResultBuilder::failuresSayWhatFailed_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("summaryPart");
    QTest::newRow("refused") << int(Reason::ConnectionRefused) << QString() << false << false
                             << int(Outcome::TransportError)
                             << u"Connection refused at otp.thaibulksms.com:443"_s;
    QTest::newRow("dns") << int(Reason::HostNotFound) << QString() << false << false
                         << int(Outcome::TransportError)
                         << u"otp.thaibulksms.com could not be resolved (DNS)"_s;
    QTest::newRow("tls")
        << int(Reason::TlsError) << u"The certificate has expired"_s << false << false
        << int(Outcome::TransportError)
        << u"TLS problem with otp.thaibulksms.com:443: The certificate has expired"_s;
    QTest::newRow("closed") << int(Reason::ConnectionClosed) << u"Connection closed"_s << true
                            << false << int(Outcome::TransportError)
                            << u"closed before an answer arrived"_s;
    QTest::newRow("timeout connecting")
        << int(Reason::Timeout) << QString() << false << false << int(Outcome::Timeout)
        << u"Timeout after 15 s: no connection"_s;
    QTest::newRow("timeout waiting")
        << int(Reason::Timeout) << QString() << true << false << int(Outcome::Timeout)
        << u"accepted the request but did not answer"_s;
    QTest::newRow("timeout reading") << int(Reason::Timeout) << QString() << true << true
                                     << int(Outcome::Timeout) << u"the answer was still arriving"_s;
    QTest::newRow("too large") << int(Reason::TooLarge) << QString() << true << true
                               << int(Outcome::InvalidResponse) << u"larger than 1,024 KiB"_s;
    QTest::newRow("cancelled") << int(Reason::Cancelled) << QString() << true << false
                               << int(Outcome::Cancelled) << u"Cancelled"_s;
    QTest::newRow("refused url") << int(Reason::RefusedUrl) << u"Not sent: plain http"_s << false
                                 << false << int(Outcome::TransportError)
                                 << u"Not sent: plain http"_s;
}

void TestOtpResultBuilder::failuresSayWhatFailed()
{
    QFETCH(int, reason);
    QFETCH(QString, problem);
    QFETCH(bool, sent);
    QFETCH(bool, answered);
    QFETCH(int, outcome);
    QFETCH(QString, summaryPart);
    ExchangeRecord record;
    record.url = QUrl(u"https://otp.thaibulksms.com/v2/otp/request"_s);
    if (sent)
        record.requestSentMs = 1.0;
    if (answered) {
        record.hasResponse = true;
        record.status = 200;
    }
    const OtpResult result
        = OtpResultBuilder::failure(OtpOperation::Request, {}, record, Reason(reason), problem);
    QCOMPARE(result.outcome, Outcome(outcome));
    QVERIFY2(result.summary().contains(summaryPart), qPrintable(result.summary()));
    QCOMPARE(result.historyOutcome(), enumId(Reason(reason)));
}

void TestOtpResultBuilder::resultJsonRoundTrip()
{
    OtpResult result = judge(
        OtpOperation::Request, 400,
        R"({"code":400,"errors":[{"message":"Invalid Parameter.","detail":{"msisdn":"invalid"}}]})"_ba,
        "application/json"_ba, ApiVersion::V1);
    result.options.bodyFormat = BodyFormat::Json;
    result.options.timeoutMs = 3000;
    const std::optional<OtpResult> back = OtpResult::fromJson(result.toJson());
    QVERIFY(back);
    QCOMPARE(back->operation, result.operation);
    QCOMPARE(back->options, result.options);
    QCOMPARE(back->outcome, result.outcome);
    QCOMPARE(back->reason, result.reason);
    QCOMPARE(back->httpStatus, 400);
    QCOMPARE(back->message, result.message);
    QCOMPARE(back->detail, result.detail);
    QCOMPARE(back->record, result.record);
    QCOMPARE(back->summary(), result.summary());

    const OtpResult catalog = judge(OtpOperation::Verify, 400,
                                    R"({"code":400,"errors":[{"message":"Code is invalid."}]})"_ba);
    QCOMPARE(OtpResult::fromJson(catalog.toJson())->entry->row, 61);
    QVERIFY(!OtpResult::fromJson(QJsonObject{{u"operation"_s, u"x"_s}}));
}

void TestOtpResultBuilder::idsRoundTrip()
{
    for (int i = int(Reason::None); i <= int(Reason::Cancelled); ++i) {
        const Reason reason = Reason(i);
        QCOMPARE(enumFromId<Reason>(enumId(reason)), reason);
        const Outcome outcome = OtpResult::outcomeOf(reason);
        QCOMPARE(enumFromId<Outcome>(enumId(outcome)), outcome);
    }
    QCOMPARE(enumFromId<ApiVersion>(u"V1"), ApiVersion::V1);
    QCOMPARE(enumFromId<BodyFormat>(u"json"), BodyFormat::Json);
    QVERIFY(!enumFromId<ApiVersion>(u"v3"));
}

void TestOtpResultBuilder::endpoint_data()
{
    QTest::addColumn<int>("environment");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("sandboxUrl");
    QTest::addColumn<QString>("liveUrl");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::addColumn<QString>("errorPart");

    const int sandbox = int(Environment::Sandbox);
    const int live = int(Environment::Live);
    const int custom = int(Environment::Custom);
    QTest::newRow("sandbox") << sandbox << QString() << u"http://127.0.0.1:8765"_s << QString()
                             << u"http://127.0.0.1:8765"_s << QString();
    QTest::newRow("sandbox not running") << sandbox << QString() << QString() << QString()
                                         << QString() << u"sandbox is not running"_s;
    QTest::newRow("live default") << live << QString() << QString() << QString()
                                  << u"https://otp.thaibulksms.com"_s << QString();
    QTest::newRow("live proxy") << live << QString() << QString()
                                << u"https://staging.example.com/otp"_s
                                << u"https://staging.example.com/otp"_s << QString();
    QTest::newRow("custom https") << custom << u"https://mock.example.com:8443/"_s << QString()
                                  << QString() << u"https://mock.example.com:8443/"_s << QString();
    QTest::newRow("custom http loopback") << custom << u"http://localhost:9000"_s << QString()
                                          << QString() << u"http://localhost:9000"_s << QString();
    QTest::newRow("custom http ::1") << custom << u"http://[::1]:9000"_s << QString() << QString()
                                     << u"http://[::1]:9000"_s << QString();
    QTest::newRow("custom http 127.1.2.3") << custom << u"http://127.1.2.3"_s << QString()
                                           << QString() << u"http://127.1.2.3"_s << QString();
    QTest::newRow("custom http remote") << custom << u"http://mock.example.com"_s << QString()
                                        << QString() << QString() << u"would travel unencrypted"_s;
    QTest::newRow("custom http lookalike")
        << custom << u"http://127.0.0.1.example.com"_s << QString() << QString() << QString()
        << u"would travel unencrypted"_s;
    QTest::newRow("custom ftp") << custom << u"ftp://mock.example.com"_s << QString() << QString()
                                << QString() << u"not an http or https URL"_s;
    QTest::newRow("custom empty") << custom << QString() << QString() << QString() << QString()
                                  << u"without a base URL"_s;
    QTest::newRow("user info") << custom << u"https://me:pw@mock.example.com"_s << QString()
                               << QString() << QString() << u"user name or password"_s;
    QTest::newRow("live over http")
        << live << QString() << QString() << u"http://staging.example.com"_s << QString()
        << u"would travel unencrypted"_s;
}

void TestOtpResultBuilder::endpoint()
{
    QFETCH(int, environment);
    QFETCH(QString, baseUrl);
    QFETCH(QString, sandboxUrl);
    QFETCH(QString, liveUrl);
    QFETCH(QString, expected);
    QFETCH(QString, errorPart);
    OtpAppConfig app;
    app.name = u"Shop"_s;
    app.environment = Environment(environment);
    app.baseUrl = QUrl(baseUrl);
    const Result<QUrl> result = OtpEndpoint::forApp(app, QUrl(sandboxUrl), QUrl(liveUrl));
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value, QUrl(expected));
    }
}

void TestOtpResultBuilder::callUrl()
{
    QCOMPARE(OtpEndpoint::callUrl(QUrl(u"https://otp.thaibulksms.com"_s), OtpOperation::Request,
                                  ApiVersion::V2),
             QUrl(u"https://otp.thaibulksms.com/v2/otp/request"_s));
    QCOMPARE(OtpEndpoint::callUrl(QUrl(u"https://proxy.example.com/otp/"_s), OtpOperation::Verify,
                                  ApiVersion::V1),
             QUrl(u"https://proxy.example.com/otp/v1/otp/verify"_s));
    QCOMPARE(OtpEndpoint::callUrl(QUrl(u"http://127.0.0.1:8765?x=1#f"_s), OtpOperation::Verify,
                                  ApiVersion::V2),
             QUrl(u"http://127.0.0.1:8765/v2/otp/verify"_s));
}

QTEST_GUILESS_MAIN(TestOtpResultBuilder)
#include "tst_otpresultbuilder.moc"

#include "SandboxTestSupport.h"
#include "api/ErrorCatalog.h"
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SeededRandomSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace SandboxTest;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;
const QString OtherKey = u"6543210987654321"_s;
const QString OtherSecret = u"fedcba9876543210fedcba9876543210"_s;
const QString Phone = u"0812345678"_s;

QJsonObject firstError(const QJsonObject &body)
{
    return body.value(u"errors"_s).toArray().first().toObject();
}

} // namespace

// End to end through real sockets on 127.0.0.1: every rule of the OTP API as the sandbox
// serves it.
class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startReportsUrlOnLoopback();
    void requestAndVerify_data();
    void requestAndVerify();
    void successBodiesAreExact();
    void generatedValuesHaveTheirShapes();
    void numbersInJsonAreTolerated();
    void invalidParameter_data();
    void invalidParameter();
    void invalidParameterExactBytes();
    void applicationNotFound_data();
    void applicationNotFound();
    void ipOutsideTrustedRangeIsForbidden();
    void ipInsideTrustedRangeIsServed();
    void tokenExpiresWithTheClock();
    void fiveWrongPinsBurnTheToken();
    void tokenIsSingleUse();
    void unknownTokenIsInvalidCode();
    void anotherAppsTokenIsInvalidCode();
    void v1ErrorsAreWrapped();
    void health();
    void unknownPathIs404();
    void wrongMethodIs405();
    void bodyOverLimitIs413();
    void inboxAndSignalCarryRenderedTemplate();
    void stateChangesAreSignalled();
    void expiryIsSignalledWithoutAVerify();
    void tokenCapDropsOldest();
    void appsCanBeReplacedWhileRunning();
    void appsWithoutIdsDoNotShareTokens();
    void requestLogNeverHoldsTheSecret();
    void portInUseIsAClearError();
    void nonLoopbackNeedsPermission();
    void stopAndStartAgain();
    void tokensChangedReportsEachTokenAsItStands();
    void restoredTokensAreServedByTheNextRun();
    void destroyWhileRunning();
    void servesOnTheCallersThread();

private:
    struct Issued {
        QString token;
        QString refno;
        OtpMessage message;
    };
    QUrl url(const QString &path) const { return m_server->url().resolved(QUrl(path)); }
    HttpResult postForm(const QString &path, const Fields &fields);
    Issued issue(const QString &key = Key, const QString &secret = Secret,
                 const QString &version = u"v2"_s);
    HttpResult verify(const QString &token, const QString &pin, const QString &key = Key,
                      const QString &secret = Secret, const QString &version = u"v2"_s);
    Result<SandboxListening> start(SandboxServerOptions options = {});

    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    SandboxApp m_app;
    SandboxApp m_otherApp;
};

void TestSandboxServer::init()
{
    m_clock = std::make_shared<ManualClock>();
    m_server = std::make_unique<SandboxServer>(m_clock, std::make_shared<SeededRandomSource>(7));
    m_app = makeApp(u"Shop"_s, Key, Secret, 6, u"{app}: your code is {otp} (ref {ref})"_s);
    m_otherApp = makeApp(u"Other"_s, OtherKey, OtherSecret, 4);
    m_server->setApps({m_app, m_otherApp});
    m_manager = makeManager();
    const Result<SandboxListening> started = start();
    QVERIFY2(started.ok(), qPrintable(started.error));
}

void TestSandboxServer::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

Result<SandboxListening> TestSandboxServer::start(SandboxServerOptions options)
{
    options.port = 0;
    options.housekeepingIntervalMs = 20;
    return m_server->start(options);
}

HttpResult TestSandboxServer::postForm(const QString &path, const Fields &fields)
{
    return post(*m_manager, url(path), "application/x-www-form-urlencoded", formBody(fields));
}

TestSandboxServer::Issued TestSandboxServer::issue(const QString &key, const QString &secret,
                                                   const QString &version)
{
    const HttpResult result
        = postForm(u"/"_s + version + u"/otp/request"_s,
                   {{u"key"_s, key}, {u"secret"_s, secret}, {u"msisdn"_s, Phone}});
    Issued issued;
    if (result.status != 200)
        return issued;
    const QJsonObject body
        = version == u"v1" ? result.json().value(u"data"_s).toObject() : result.json();
    issued.token = body.value(u"token"_s).toString();
    issued.refno = body.value(u"refno"_s).toString();
    if (const std::optional<OtpMessage> message = [&]() -> std::optional<OtpMessage> {
            for (const OtpMessage &m : m_server->inbox()) {
                if (m.token == issued.token)
                    return m;
            }
            return std::nullopt;
        }())
        issued.message = *message;
    return issued;
}

HttpResult TestSandboxServer::verify(const QString &token, const QString &pin, const QString &key,
                                     const QString &secret, const QString &version)
{
    return postForm(u"/"_s + version + u"/otp/verify"_s,
                    {{u"key"_s, key}, {u"secret"_s, secret}, {u"token"_s, token}, {u"pin"_s, pin}});
}

void TestSandboxServer::startReportsUrlOnLoopback()
{
    QVERIFY(m_server->isRunning());
    QCOMPARE(m_server->url().scheme(), u"http"_s);
    QCOMPARE(m_server->url().host(), u"127.0.0.1"_s);
    QVERIFY(m_server->url().port() > 0);
    const HttpResult health = get(*m_manager, url(u"/health"_s));
    QCOMPARE(health.status, 200);
}

void TestSandboxServer::requestAndVerify_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("encoding");
    for (const QString &version : {u"v1"_s, u"v2"_s}) {
        for (const QString &encoding : {u"form"_s, u"json"_s, u"multipart"_s}) {
            const QString row = version + u' ' + encoding;
            QTest::newRow(qPrintable(row)) << version << encoding;
        }
    }
}

void TestSandboxServer::requestAndVerify()
{
    QFETCH(QString, version);
    QFETCH(QString, encoding);

    const auto encode = [&](const Fields &fields) -> std::pair<QByteArray, QByteArray> {
        if (encoding == u"json")
            return {"application/json", jsonBody(fields)};
        if (encoding == u"multipart") {
            const QByteArray boundary = "------------------------d74496d66958873e";
            return {multipartContentType(boundary), multipartBody(fields, boundary)};
        }
        return {"application/x-www-form-urlencoded; charset=UTF-8", formBody(fields)};
    };

    const auto [requestType, requestBody]
        = encode({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"+66 81-234-5678"_s}});
    const HttpResult requested
        = post(*m_manager, url(u"/"_s + version + u"/otp/request"_s), requestType, requestBody);
    QCOMPARE(requested.status, 200);
    QCOMPARE(requested.contentType, QByteArray("application/json; charset=utf-8"));

    QJsonObject payload = requested.json();
    if (version == u"v1") {
        QCOMPARE(payload.keys(), QStringList{u"data"_s});
        payload = payload.value(u"data"_s).toObject();
        QVERIFY(!payload.contains(u"refno"_s)); // v1 has no refno
    } else {
        QVERIFY(payload.value(u"refno"_s).isString());
    }
    QCOMPARE(payload.value(u"status"_s).toString(), u"success"_s);
    const QString token = payload.value(u"token"_s).toString();

    const std::optional<OtpMessage> message = [&]() -> std::optional<OtpMessage> {
        for (const OtpMessage &m : m_server->inbox())
            if (m.token == token)
                return m;
        return std::nullopt;
    }();
    QVERIFY(message);
    QCOMPARE(message->msisdn, u"+66812345678"_s);

    const auto [verifyType, verifyBody] = encode(
        {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"token"_s, token}, {u"pin"_s, message->code}});
    const HttpResult verified
        = post(*m_manager, url(u"/"_s + version + u"/otp/verify"_s), verifyType, verifyBody);
    QCOMPARE(verified.status, 200);
    QJsonObject verifyPayload = verified.json();
    if (version == u"v1")
        verifyPayload = verifyPayload.value(u"data"_s).toObject();
    QCOMPARE(verifyPayload.value(u"status"_s).toString(), u"success"_s);
    QCOMPARE(verifyPayload.value(u"message"_s).toString(), u"Code is correct."_s);
}

void TestSandboxServer::successBodiesAreExact()
{
    const quint16 port = quint16(m_server->url().port());
    const QByteArray form
        = formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, Phone}});

    const QByteArray v2
        = rawExchange(port, rawPost("/v2/otp/request", "application/x-www-form-urlencoded", form));
    const std::optional<OtpMessage> first = m_server->inbox().last();
    const QByteArray expectedV2Body = "{\"status\":\"success\",\"token\":\""
        + first->token.toLatin1() + "\",\"refno\":\"" + first->refno.toLatin1() + "\"}";
    QCOMPARE(v2,
             "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
             "Content-Length: "
                 + QByteArray::number(expectedV2Body.size()) + "\r\n\r\n" + expectedV2Body);

    const QByteArray v1
        = rawExchange(port, rawPost("/v1/otp/request", "application/x-www-form-urlencoded", form));
    const OtpMessage second = m_server->inbox().last();
    QCOMPARE(bodyOf(v1),
             "{\"data\":{\"status\":\"success\",\"token\":\"" + second.token.toLatin1() + "\"}}");

    const QByteArray verify = rawExchange(port,
                                          rawPost("/v2/otp/verify", "application/json",
                                                  jsonBody({{u"key"_s, Key},
                                                            {u"secret"_s, Secret},
                                                            {u"token"_s, first->token},
                                                            {u"pin"_s, first->code}})));
    QCOMPARE(bodyOf(verify), QByteArray(R"({"status":"success","message":"Code is correct."})"));
    // The same bytes the catalog documents for row 1.
    QCOMPARE(bodyOf(verify), ErrorCatalog::exampleBody(*ErrorCatalog::byRow(1)));
}

void TestSandboxServer::generatedValuesHaveTheirShapes()
{
    static const QRegularExpression tokenShape(u"^[A-Za-z0-9_-]{32}$"_s);
    static const QRegularExpression refnoShape(u"^[A-Z0-9]{5}$"_s);
    QSet<QString> tokens;
    for (int i = 0; i < 20; ++i) {
        const Issued issued = issue(i % 2 ? Key : OtherKey, i % 2 ? Secret : OtherSecret);
        QVERIFY(tokenShape.match(issued.token).hasMatch());
        QVERIFY(refnoShape.match(issued.refno).hasMatch());
        QCOMPARE(issued.message.refno, issued.refno);
        const int digits = i % 2 ? 6 : 4;
        QVERIFY2(
            QRegularExpression(u"^[0-9]{%1}$"_s.arg(digits)).match(issued.message.code).hasMatch(),
            qPrintable(issued.message.code));
        tokens.insert(issued.token);
    }
    QCOMPARE(tokens.size(), 20);
}

void TestSandboxServer::numbersInJsonAreTolerated()
{
    const QByteArray credentials
        = R"("key":")" + Key.toLatin1() + R"(","secret":")" + Secret.toLatin1() + R"(")";
    // A code with a leading zero cannot travel as a JSON number: take the first one without.
    OtpMessage message;
    for (int attempt = 0; attempt < 20 && (message.code.isEmpty() || message.code.startsWith(u'0'));
         ++attempt) {
        const HttpResult requested = post(*m_manager, url(u"/v2/otp/request"_s), "application/json",
                                          "{" + credentials + R"(,"msisdn":66812345678})");
        QCOMPARE(requested.status, 200);
        message = m_server->inbox().last();
    }
    QCOMPARE(message.msisdn, u"+66812345678"_s);
    QVERIFY(!message.code.startsWith(u'0'));
    const HttpResult verified = post(*m_manager, url(u"/v2/otp/verify"_s), "application/json",
                                     "{" + credentials + R"(,"token":")" + message.token.toLatin1()
                                         + R"(","pin":)" + message.code.toLatin1() + "}");
    QCOMPARE(verified.status, 200);
}

void TestSandboxServer::invalidParameter_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QJsonObject>("detail");

    const QByteArray form = "application/x-www-form-urlencoded";
    const QByteArray keyAndSecret = "key=" + Key.toLatin1() + "&secret=" + Secret.toLatin1();

    QTest::newRow("request: nothing") << u"/v2/otp/request"_s << form << QByteArray()
                                      << QJsonObject{{u"key"_s, u"required"_s},
                                                     {u"secret"_s, u"required"_s},
                                                     {u"msisdn"_s, u"required"_s}};
    QTest::newRow("request: msisdn missing") << u"/v2/otp/request"_s << form << keyAndSecret
                                             << QJsonObject{{u"msisdn"_s, u"required"_s}};
    QTest::newRow("request: msisdn empty")
        << u"/v2/otp/request"_s << form
        << keyAndSecret + "&msisdn=" << QJsonObject{{u"msisdn"_s, u"required"_s}};
    QTest::newRow("request: landline")
        << u"/v2/otp/request"_s << form << keyAndSecret + "&msisdn=021234567"
        << QJsonObject{{u"msisdn"_s, u"invalid"_s}};
    QTest::newRow("request: foreign number")
        << u"/v2/otp/request"_s << form << keyAndSecret + "&msisdn=%2B6512345678"
        << QJsonObject{{u"msisdn"_s, u"invalid"_s}};
    QTest::newRow("request: secret empty, msisdn bad")
        << u"/v2/otp/request"_s << form << "key=" + Key.toLatin1() + "&secret=&msisdn=12"
        << QJsonObject{{u"secret"_s, u"required"_s}, {u"msisdn"_s, u"invalid"_s}};
    QTest::newRow("verify: token and pin missing")
        << u"/v2/otp/verify"_s << form << keyAndSecret
        << QJsonObject{{u"token"_s, u"required"_s}, {u"pin"_s, u"required"_s}};
    QTest::newRow("verify: pin is an object")
        << u"/v2/otp/verify"_s << QByteArray("application/json")
        << QByteArray(R"({"key":"k","secret":"s","token":"t","pin":{"a":1}})")
        << QJsonObject{{u"pin"_s, u"invalid"_s}};
    QTest::newRow("verify: key null")
        << u"/v2/otp/verify"_s << QByteArray("application/json")
        << QByteArray(R"({"key":null,"secret":"s","token":"t","pin":"1"})")
        << QJsonObject{{u"key"_s, u"required"_s}};
    QTest::newRow("malformed JSON")
        << u"/v2/otp/request"_s << QByteArray("application/json") << QByteArray(R"({"key":"a",)")
        << QJsonObject{{u"body"_s, u"malformed_json"_s}};
    QTest::newRow("JSON array") << u"/v2/otp/request"_s << QByteArray("application/json")
                                << QByteArray(R"(["key"])")
                                << QJsonObject{{u"body"_s, u"malformed_json"_s}};
    QTest::newRow("malformed form") << u"/v2/otp/request"_s << form << QByteArray("key=%zz")
                                    << QJsonObject{{u"body"_s, u"malformed_form"_s}};
    QTest::newRow("form not UTF-8") << u"/v2/otp/request"_s << form << QByteArray("key=%ff%fe")
                                    << QJsonObject{{u"body"_s, u"malformed_form"_s}};
    QTest::newRow("multipart without boundary")
        << u"/v2/otp/request"_s << QByteArray("multipart/form-data") << QByteArray("x")
        << QJsonObject{{u"body"_s, u"malformed_multipart"_s}};
    QTest::newRow("multipart never closed")
        << u"/v2/otp/request"_s << QByteArray("multipart/form-data; boundary=XyZ")
        << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nabc")
        << QJsonObject{{u"body"_s, u"malformed_multipart"_s}};
    QTest::newRow("unsupported content type")
        << u"/v2/otp/request"_s << QByteArray("text/plain") << keyAndSecret
        << QJsonObject{{u"body"_s, u"unsupported_content_type"_s}};
}

void TestSandboxServer::invalidParameter()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QJsonObject, detail);

    const HttpResult result = post(*m_manager, url(path), contentType, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(result.json().value(u"code"_s).toInt(), 400);
    const QJsonObject error = firstError(result.json());
    QCOMPARE(error.value(u"message"_s).toString(), u"Invalid Parameter."_s);
    QCOMPARE(error.value(u"detail"_s).toObject(), detail);
    QVERIFY(m_server->inbox().isEmpty());
}

void TestSandboxServer::invalidParameterExactBytes()
{
    const quint16 port = quint16(m_server->url().port());
    const QByteArray response
        = rawExchange(port,
                      rawPost("/v2/otp/request", "application/x-www-form-urlencoded",
                              "key=" + Key.toLatin1() + "&secret=&msisdn=021234567"));
    const QByteArray body
        = R"({"code":400,"errors":[{"message":"Invalid Parameter.","detail":{"secret":"required","msisdn":"invalid"}}]})";
    QCOMPARE(response,
             "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\n"
             "Content-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);

    // No Content-Type at all: a form (or a JSON object) is still understood.
    const QByteArray untyped
        = rawExchange(port,
                      rawPost("/v2/otp/request", {},
                              "key=" + Key.toLatin1() + "&secret=" + Secret.toLatin1()
                                  + "&msisdn=" + Phone.toLatin1()));
    QVERIFY2(untyped.startsWith("HTTP/1.1 200 OK\r\n"), untyped.constData());
}

void TestSandboxServer::applicationNotFound_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::newRow("unknown key") << u"9999999999999999"_s << Secret;
    QTest::newRow("wrong secret") << Key << u"0123456789abcdef0123456789abcdee"_s;
    QTest::newRow("secret prefix") << Key << Secret.left(31);
    QTest::newRow("secret longer") << Key << Secret + u'0';
    QTest::newRow("secret case") << Key << Secret.toUpper();
    QTest::newRow("other app's secret") << Key << OtherSecret;
}

void TestSandboxServer::applicationNotFound()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    const QByteArray expected = R"({"code":400,"errors":[{"message":"Application not found."}]})";

    const HttpResult requested = postForm(
        u"/v2/otp/request"_s, {{u"key"_s, key}, {u"secret"_s, secret}, {u"msisdn"_s, Phone}});
    QCOMPARE(requested.status, 400);
    QCOMPARE(requested.body, expected);
    QCOMPARE(requested.body, ErrorCatalog::exampleBody(*ErrorCatalog::byRow(60)));

    const HttpResult verified = verify(u"A"_s.repeated(32), u"123456"_s, key, secret);
    QCOMPARE(verified.status, 400);
    QCOMPARE(verified.body, expected);
    QVERIFY(m_server->inbox().isEmpty());
}

void TestSandboxServer::ipOutsideTrustedRangeIsForbidden()
{
    SandboxApp restricted = m_app;
    restricted.config.ipRanges = {u"203.0.113.0/24"_s, u"2001:db8::/32"_s};
    m_server->setApps({restricted});

    const HttpResult requested = postForm(
        u"/v2/otp/request"_s, {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, Phone}});
    QCOMPARE(requested.status, 403);
    QCOMPARE(requested.body,
             QByteArray(R"({"code":403,"errors":[{"message":"This IP is not allowed."}]})"));
    QCOMPARE(requested.contentType, QByteArray("application/json; charset=utf-8"));

    const HttpResult verified = verify(u"A"_s.repeated(32), u"123456"_s);
    QCOMPARE(verified.status, 403);

    const HttpResult v1 = postForm(u"/v1/otp/request"_s,
                                   {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, Phone}});
    QCOMPARE(v1.status, 403);
    QCOMPARE(
        v1.body,
        QByteArray(R"({"error":{"code":403,"errors":[{"message":"This IP is not allowed."}]}})"));

    // Entries that are all invalid do not fall back to "any address".
    restricted.config.ipRanges = {u"not an address"_s};
    m_server->setApps({restricted});
    QCOMPARE(postForm(u"/v2/otp/request"_s,
                      {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, Phone}})
                 .status,
             403);
    QVERIFY(m_server->inbox().isEmpty());
}

void TestSandboxServer::ipInsideTrustedRangeIsServed()
{
    SandboxApp restricted = m_app;
    restricted.config.ipRanges = {u"203.0.113.0/24"_s, u"127.0.0.0/8"_s};
    m_server->setApps({restricted});
    QCOMPARE(postForm(u"/v2/otp/request"_s,
                      {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, Phone}})
                 .status,
             200);
}

void TestSandboxServer::tokenExpiresWithTheClock()
{
    const Issued issued = issue();
    QVERIFY(!issued.token.isEmpty());
    QCOMPARE(issued.message.expiresAt, issued.message.createdAt.addSecs(5 * 60));

    m_clock->advance(std::chrono::minutes(5) - std::chrono::milliseconds(1));
    const Issued second = issue();
    QCOMPARE(verify(second.token, second.message.code).status, 200); // other tokens unaffected

    m_clock->advance(std::chrono::milliseconds(1)); // exactly at expiresAt: expired
    const HttpResult late = verify(issued.token, issued.message.code);
    QCOMPARE(late.status, 400);
    QCOMPARE(late.body, QByteArray(R"({"code":400,"errors":[{"message":"Token is expire."}]})"));
    QCOMPARE(late.body, ErrorCatalog::exampleBody(*ErrorCatalog::byRow(62)));
}

void TestSandboxServer::fiveWrongPinsBurnTheToken()
{
    const Issued issued = issue();
    const QString wrong = issued.message.code == u"000000" ? u"111111"_s : u"000000"_s;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const HttpResult result = verify(issued.token, wrong);
        QCOMPARE(result.status, 400);
        QCOMPARE(firstError(result.json()).value(u"message"_s).toString(), u"Code is invalid."_s);
    }
    const HttpResult afterBurn = verify(issued.token, issued.message.code);
    QCOMPARE(afterBurn.status, 400);
    QCOMPARE(firstError(afterBurn.json()).value(u"message"_s).toString(), u"Token is expire."_s);

    // Four wrong PINs leave the token usable.
    const Issued other = issue();
    for (int attempt = 1; attempt <= 4; ++attempt)
        QCOMPARE(verify(other.token, u"abc"_s).status, 400);
    QCOMPARE(verify(other.token, other.message.code).status, 200);
}

void TestSandboxServer::tokenIsSingleUse()
{
    const Issued issued = issue();
    QCOMPARE(verify(issued.token, issued.message.code).status, 200);
    const HttpResult again = verify(issued.token, issued.message.code);
    QCOMPARE(again.status, 400);
    QCOMPARE(firstError(again.json()).value(u"message"_s).toString(), u"Token is expire."_s);
}

void TestSandboxServer::unknownTokenIsInvalidCode()
{
    const QByteArray expected = R"({"code":400,"errors":[{"message":"Code is invalid."}]})";
    QCOMPARE(verify(u"A"_s.repeated(32), u"123456"_s).body, expected);
    QCOMPARE(verify(u"not-a-token"_s, u"123456"_s).body, expected);
    QCOMPARE(expected, ErrorCatalog::exampleBody(*ErrorCatalog::byRow(61)));
}

void TestSandboxServer::anotherAppsTokenIsInvalidCode()
{
    const Issued issued = issue();
    // Six tries from the other app neither succeed nor burn the token.
    for (int attempt = 0; attempt < 6; ++attempt) {
        const HttpResult foreign = verify(issued.token, issued.message.code, OtherKey, OtherSecret);
        QCOMPARE(foreign.status, 400);
        QCOMPARE(firstError(foreign.json()).value(u"message"_s).toString(), u"Code is invalid."_s);
    }
    QCOMPARE(verify(issued.token, issued.message.code).status, 200);
}

void TestSandboxServer::v1ErrorsAreWrapped()
{
    const Issued issued = issue(Key, Secret, u"v1"_s);
    QVERIFY(!issued.token.isEmpty());
    const HttpResult wrong = verify(issued.token, u"x"_s, Key, Secret, u"v1"_s);
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.body,
             QByteArray(R"({"error":{"code":400,"errors":[{"message":"Code is invalid."}]}})"));
    const HttpResult missing = postForm(u"/v1/otp/request"_s, {{u"key"_s, Key}});
    QCOMPARE(missing.status, 400);
    const QJsonObject error = missing.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toInt(), 400);
    QCOMPARE(firstError(error).value(u"detail"_s).toObject(),
             (QJsonObject{{u"secret"_s, u"required"_s}, {u"msisdn"_s, u"required"_s}}));
}

void TestSandboxServer::health()
{
    issue();
    issue();
    const HttpResult result = get(*m_manager, url(u"/health"_s));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, QByteArray("application/json; charset=utf-8"));
    const QJsonObject body = result.json();
    QCOMPARE(body.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(body.value(u"version"_s).toString(), QString::fromLatin1(OTP_VERSION_STRING));
    QCOMPARE(body.value(u"apps"_s).toInt(), 2);
    QCOMPARE(body.value(u"pendingTokens"_s).toInt(), 2);
    QCOMPARE(m_server->pendingTokenCount(), 2);

    m_clock->advance(std::chrono::minutes(6));
    QCOMPARE(get(*m_manager, url(u"/health"_s)).json().value(u"pendingTokens"_s).toInt(), 0);
}

void TestSandboxServer::unknownPathIs404()
{
    const HttpResult result = get(*m_manager, url(u"/v3/otp/request"_s));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(result.body, ErrorCatalog::exampleBody(*ErrorCatalog::byRow(5)));
    QCOMPARE(result.json().value(u"error"_s).toObject().value(u"name"_s).toString(),
             u"ERROR_NOT_FOUND"_s);
    QCOMPARE(postForm(u"/v2/otp/request/"_s, {}).status, 404);
}

void TestSandboxServer::wrongMethodIs405()
{
    const HttpResult getRequest = get(*m_manager, url(u"/v2/otp/request"_s));
    QCOMPARE(getRequest.status, 405);
    QCOMPARE(getRequest.allow, QByteArray("POST"));
    QCOMPARE(getRequest.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(getRequest.body, ErrorCatalog::exampleBody(*ErrorCatalog::byRow(4)));

    const HttpResult putVerify
        = send(*m_manager, url(u"/v1/otp/verify"_s), "PUT", "application/json", "{}");
    QCOMPARE(putVerify.status, 405);
    QCOMPARE(putVerify.allow, QByteArray("POST"));

    const HttpResult postHealth = postForm(u"/health"_s, {});
    QCOMPARE(postHealth.status, 405);
    QCOMPARE(postHealth.allow, QByteArray("GET"));
}

void TestSandboxServer::bodyOverLimitIs413()
{
    const QByteArray padding(64 * 1024, 'a');
    // Exactly 64 KiB is still read (and rejected for its fields, not its size).
    const QByteArray atLimit = "key=" + padding.left(64 * 1024 - 4);
    QCOMPARE(atLimit.size(), 64 * 1024);
    QCOMPARE(
        post(*m_manager, url(u"/v2/otp/request"_s), "application/x-www-form-urlencoded", atLimit)
            .status,
        400);

    const HttpResult over = post(*m_manager, url(u"/v2/otp/request"_s),
                                 "application/x-www-form-urlencoded", atLimit + 'a');
    QCOMPARE(over.status, 413);
    QCOMPARE(over.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(
        over.body,
        QByteArray(
            R"({"code":413,"errors":[{"message":"Request body is too large.","detail":{"maxBytes":65536}}]})"));
    QVERIFY(m_server->inbox().isEmpty());
    // The server goes on serving.
    QCOMPARE(issue().token.size(), 32);
}

void TestSandboxServer::inboxAndSignalCarryRenderedTemplate()
{
    QSignalSpy delivered(m_server.get(), &SandboxServer::smsDelivered);
    const Issued issued = issue();
    QTRY_COMPARE(delivered.size(), 1);
    const OtpMessage message = delivered.first().first().value<OtpMessage>();
    QCOMPARE(message.token, issued.token);
    QCOMPARE(message.refno, issued.refno);
    QCOMPARE(message.appId, m_app.config.id);
    QCOMPARE(message.appName, u"Shop"_s);
    QCOMPARE(message.msisdn, u"+66812345678"_s);
    QCOMPARE(message.code.size(), 6);
    QCOMPARE(message.text,
             u"Shop: your code is "_s + message.code + u" (ref "_s + issued.refno + u')');
    QCOMPARE(message.createdAt, m_clock->now());
    QCOMPARE(message.expiresAt, m_clock->now().addSecs(300));
    QCOMPARE(message.state, OtpMessage::State::Pending);
    QCOMPARE(m_server->inbox(), QList<OtpMessage>{message});
}

void TestSandboxServer::stateChangesAreSignalled()
{
    QSignalSpy changed(m_server.get(), &SandboxServer::messageStateChanged);
    const Issued verified = issue();
    const Issued burned = issue();
    const Issued expired = issue();
    QCOMPARE(verify(verified.token, verified.message.code).status, 200);
    for (int i = 0; i < 5; ++i)
        verify(burned.token, u"x"_s);
    m_clock->advance(std::chrono::minutes(5));
    QCOMPARE(verify(expired.token, expired.message.code).status, 400);

    QTRY_COMPARE(changed.size(), 3);
    QHash<QString, OtpMessage::State> states;
    for (const QList<QVariant> &args : changed)
        states.insert(args.at(0).toString(), args.at(1).value<OtpMessage::State>());
    QCOMPARE(states.value(verified.token), OtpMessage::State::Verified);
    QCOMPARE(states.value(burned.token), OtpMessage::State::Burned);
    QCOMPARE(states.value(expired.token), OtpMessage::State::Expired);

    const QList<OtpMessage> inbox = m_server->inbox();
    QCOMPARE(inbox.size(), 3);
    QCOMPARE(inbox.at(0).state, OtpMessage::State::Verified);
    QCOMPARE(inbox.at(1).state, OtpMessage::State::Burned);
    QCOMPARE(inbox.at(2).state, OtpMessage::State::Expired);
}

void TestSandboxServer::expiryIsSignalledWithoutAVerify()
{
    QSignalSpy changed(m_server.get(), &SandboxServer::messageStateChanged);
    const Issued issued = issue();
    m_clock->advance(std::chrono::minutes(5));
    // The housekeeping timer (20 ms here) notices it.
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toString(), issued.token);
    QCOMPARE(changed.first().at(1).value<OtpMessage::State>(), OtpMessage::State::Expired);
    QCOMPARE(m_server->inbox().first().state, OtpMessage::State::Expired);
    QCOMPARE(m_server->pendingTokenCount(), 0);
}

void TestSandboxServer::tokenCapDropsOldest()
{
    m_server->stop();
    SandboxServerOptions options;
    options.maxPendingTokens = 3;
    QVERIFY(start(options).ok());
    QSignalSpy changed(m_server.get(), &SandboxServer::messageStateChanged);

    QList<Issued> issued;
    for (int i = 0; i < 5; ++i)
        issued.append(issue());
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toString(), issued.at(0).token);
    QCOMPARE(changed.at(0).at(1).value<OtpMessage::State>(), OtpMessage::State::Evicted);
    QCOMPARE(changed.at(1).at(0).toString(), issued.at(1).token);
    QCOMPARE(m_server->pendingTokenCount(), 3);

    // Dropped tokens are unknown now; the three newest still work.
    QCOMPARE(firstError(verify(issued.at(0).token, issued.at(0).message.code).json())
                 .value(u"message"_s)
                 .toString(),
             u"Code is invalid."_s);
    for (int i = 2; i < 5; ++i)
        QCOMPARE(verify(issued.at(i).token, issued.at(i).message.code).status, 200);
}

void TestSandboxServer::appsCanBeReplacedWhileRunning()
{
    const Issued before = issue();
    QVERIFY(!before.token.isEmpty());
    m_server->setApps({m_otherApp});
    QCOMPARE(m_server->apps(), QList<SandboxApp>{m_otherApp});
    QCOMPARE(postForm(u"/v2/otp/request"_s,
                      {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, Phone}})
                 .status,
             400);
    QVERIFY(!issue(OtherKey, OtherSecret).token.isEmpty());

    // Back again, with the same id: its token is still good.
    m_server->setApps({m_app, m_otherApp});
    QCOMPARE(verify(before.token, before.message.code).status, 200);
}

void TestSandboxServer::appsWithoutIdsDoNotShareTokens()
{
    SandboxApp first = m_app;
    SandboxApp second = m_otherApp;
    first.config.id = QUuid();
    second.config.id = QUuid();
    m_server->setApps({first, second});
    const Issued issued = issue();
    QVERIFY(!issued.message.appId.isNull());
    QCOMPARE(firstError(verify(issued.token, issued.message.code, OtherKey, OtherSecret).json())
                 .value(u"message"_s)
                 .toString(),
             u"Code is invalid."_s);
    QCOMPARE(verify(issued.token, issued.message.code).status, 200);
}

void TestSandboxServer::requestLogNeverHoldsTheSecret()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    issue();
    postForm(u"/v2/otp/request"_s,
             {{u"key"_s, Key}, {u"secret"_s, u"wrong"_s}, {u"msisdn"_s, Phone}});
    QTRY_COMPARE(handled.size(), 2);
    const auto first = handled.at(0).first().value<SandboxRequestRecord>();
    QCOMPARE(first.method, u"POST"_s);
    QCOMPARE(first.path, u"/v2/otp/request"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.remoteAddress, u"127.0.0.1"_s);
    QVERIFY(first.elapsedMs >= 0);
    QCOMPARE(handled.at(1).first().value<SandboxRequestRecord>().status, 400);
    for (const QList<QVariant> &args : handled) {
        const auto record = args.first().value<SandboxRequestRecord>();
        const QString all = record.method + record.path + record.remoteAddress;
        QVERIFY(!all.contains(Secret));
    }
}

void TestSandboxServer::portInUseIsAClearError()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    SandboxServer second;
    SandboxServerOptions options;
    options.port = occupier.serverPort();
    QSignalSpy errors(&second, &SandboxServer::error);
    const Result<SandboxListening> result = second.start(options);
    QVERIFY(!result.ok());
    QVERIFY(!second.isRunning());
    QCOMPARE(result.error,
             u"Port %1 is already in use; choose another port or stop the other program."_s.arg(
                 occupier.serverPort()));
    QCOMPARE(errors.size(), 1);
}

void TestSandboxServer::nonLoopbackNeedsPermission()
{
    SandboxServer second;
    SandboxServerOptions options;
    options.bindAddress = QHostAddress(QHostAddress::AnyIPv4);
    options.port = 0;
    const Result<SandboxListening> result = second.start(options);
    QVERIFY(!result.ok());
    QVERIFY(!second.isRunning());
    QVERIFY2(result.error.contains(u"0.0.0.0"_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"loopback"_s));

    // Loopback addresses other than 127.0.0.1 need nothing.
    options.bindAddress = QHostAddress(u"127.0.0.2"_s);
    const Result<SandboxListening> loopback = second.start(options);
    QVERIFY2(loopback.ok(), qPrintable(loopback.error));
    QVERIFY(loopback.value.warning.isEmpty());
}

void TestSandboxServer::stopAndStartAgain()
{
    QSignalSpy stopped(m_server.get(), &SandboxServer::stopped);
    const Issued issued = issue();
    const QUrl oldUrl = m_server->url();
    m_server->stop();
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!m_server->isRunning());
    QVERIFY(get(*m_manager, oldUrl.resolved(QUrl(u"/health"_s)), 3000).error
            != QNetworkReply::NoError);

    // The inbox is kept; tokens are not, and nobody kept them: the message says so.
    QCOMPARE(m_server->inbox().size(), 1);
    QCOMPARE(m_server->inbox().first().state, OtpMessage::State::Lost);
    QVERIFY(start().ok());
    QCOMPARE(verify(issued.token, issued.message.code).status, 400);
    QCOMPARE(m_server->start().ok(), false); // already running
}

void TestSandboxServer::tokensChangedReportsEachTokenAsItStands()
{
    QSignalSpy changed(m_server.get(), &SandboxServer::tokensChanged);
    const Issued issued = issue();
    QCOMPARE(verify(issued.token, u"000000"_s).status, 400);
    QCOMPARE(verify(u"x"_s.repeated(32), u"000000"_s).status, 400); // unknown: nothing
    QCOMPARE(verify(issued.token, issued.message.code).status, 200);
    QTRY_COMPARE(changed.size(), 3);
    QList<SandboxToken> seen;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto held = args.at(0).value<QList<SandboxToken>>();
        QCOMPARE(held.size(), 1);
        QVERIFY(args.at(1).toStringList().isEmpty());
        seen << held.first();
    }
    SandboxToken expected{issued.token,
                          m_app.config.id,
                          issued.message.code,
                          0,
                          issued.message.expiresAt.toMSecsSinceEpoch(),
                          OtpMessage::State::Pending};
    QCOMPARE(seen.at(0), expected);
    expected.attempts = 1;
    QCOMPARE(seen.at(1), expected);
    expected.state = OtpMessage::State::Verified;
    QCOMPARE(seen.at(2), expected);
}

void TestSandboxServer::restoredTokensAreServedByTheNextRun()
{
    QSignalSpy changed(m_server.get(), &SandboxServer::tokensChanged); // an owner keeps them
    const Issued kept = issue();
    const Issued notKept = issue();
    QCOMPARE(verify(kept.token, u"000000"_s).status, 400);
    QTRY_COMPARE(changed.size(), 3);
    const SandboxToken last = changed.last().at(0).value<QList<SandboxToken>>().first();
    QCOMPARE(last.attempts, 1);
    QVERIFY(!m_server->restoreTokens({last})); // not while running
    m_server->stop();
    QCOMPARE(m_server->inbox().at(0).state, OtpMessage::State::Pending); // kept, as said

    connect(m_server.get(), &SandboxServer::aboutToStart, this,
            [this, last] { QVERIFY(m_server->restoreTokens({last})); });
    QVERIFY(start().ok());
    QCOMPARE(m_server->pendingTokenCount(), 1);
    // What was handed back is served; what was not reads Lost.
    QCOMPARE(m_server->inbox().at(0).state, OtpMessage::State::Pending);
    QCOMPARE(m_server->inbox().at(1).state, OtpMessage::State::Lost);
    QCOMPARE(verify(notKept.token, notKept.message.code).status, 400);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(verify(kept.token, u"000000"_s).status, 400);
    QCOMPARE(verify(kept.token, kept.message.code).status, 200); // 4 wrong so far
    QTRY_COMPARE(m_server->inbox().at(0).state, OtpMessage::State::Verified);
}

void TestSandboxServer::destroyWhileRunning()
{
    // Requests in flight, a delayed answer pending, an open idle connection: destruction
    // must still be clean (run under ASan in CI).
    QVERIFY(m_server->setFaults(SandboxFaults::latency(5000)));
    QNetworkReply *reply = m_manager->post(
        [&] {
            QNetworkRequest request(url(u"/v2/otp/request"_s));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("application/x-www-form-urlencoded"));
            return request;
        }(),
        formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, Phone}}));
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    QTRY_VERIFY(m_server->inbox().size() == 1); // processed, answer held back
    m_server.reset();
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    reply->deleteLater();
    QCOMPARE(handled.size(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
// otpctl's mode: no thread of its own, every event delivered on the caller's thread while the
// answer is being made; delayed answers and shutdown work the same.
void TestSandboxServer::servesOnTheCallersThread()
{
    m_server->stop();
    SandboxServerOptions options;
    options.ownThread = false;
    QVERIFY(start(options).ok());
    QVERIFY(m_server->findChildren<QThread *>().isEmpty());

    QList<QThread *> emittedOn;
    connect(m_server.get(), &SandboxServer::smsDelivered, this,
            [&emittedOn] { emittedOn.append(QThread::currentThread()); });
    connect(m_server.get(), &SandboxServer::requestHandled, this,
            [&emittedOn] { emittedOn.append(QThread::currentThread()); });
    const Issued issued = issue();
    QVERIFY(!issued.token.isEmpty());
    QCOMPARE(issued.message.code.size(), 6);
    QCOMPARE(emittedOn, (QList<QThread *>{QThread::currentThread(), QThread::currentThread()}));

    QVERIFY(m_server->setFaults(SandboxFaults::latency(50)));
    QElapsedTimer elapsed;
    elapsed.start();
    const HttpResult verified = verify(issued.token, issued.message.code);
    QCOMPARE(verified.status, 200);
    QVERIFY(elapsed.elapsed() >= 50);
    QCOMPARE(verify(issued.token, issued.message.code).status, 400); // used up

    // Stopping with a delayed answer pending closes that connection; starting again works.
    QVERIFY(m_server->setFaults(SandboxFaults::latency(5000)));
    QNetworkRequest request(url(u"/v2/otp/request"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    QNetworkReply *pending = m_manager->post(
        request, formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, Phone}}));
    QTest::qWait(100);
    m_server->stop();
    QTRY_VERIFY(pending->isFinished());
    QVERIFY(pending->error() != QNetworkReply::NoError);
    pending->deleteLater();
    m_server->clearFaults();
    QVERIFY(start(options).ok());
    QCOMPARE(get(*m_manager, url(u"/health"_s)).status, 200);
}

#include "tst_sandboxserver.moc"

#include "SandboxTestSupport.h"
#include "api/ErrorCatalog.h"
#include "api/ErrorLookup.h"
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SeededRandomSource.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SandboxTest;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;
const QString OtherKey = u"6543210987654321"_s;
const QString FixedCodeNumber = u"0800000001"_s;
const QString FixedCode = u"123456"_s;
const QString ByNameNumber = u"0800000002"_s;
const QString ByStatusCodeNumber = u"0800000003"_s;
const QString ByMessageNumber = u"0800000004"_s;
const QString DropNumber = u"0800000005"_s;

SandboxApp appWithTestNumbers()
{
    SandboxApp app = makeApp(u"Shop"_s, Key, Secret);
    app.config.testNumbers = {TestNumber{u"+66800000001"_s, FixedCode, {}},
                              TestNumber{u"+66800000002"_s, {}, u"ERROR_IP_NOT_ALLOWED"_s},
                              TestNumber{u"+66800000003"_s, {}, u"116"_s},
                              TestNumber{u"+66800000004"_s, {}, u"Token is expire."_s},
                              TestNumber{u"+66800000005"_s, {}, u"drop"_s}};
    return app;
}

} // namespace

// Test numbers end to end, through real sockets, in both threading modes: a fixed code that is
// delivered and verifies like any other, and each kind of forced failure answered exactly as
// the fault injection answers it.
class TestSandboxTestNumbers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void fixedCodeIsDeliveredAndVerifies();
    void fixedCodeIsOnlyForItsApp();
    void failureAnswersAsTheFaultInjection_data();
    void failureAnswersAsTheFaultInjection();
    void dropClosesWithoutAnswer();
    void appsCountTheirTestNumbers();

private:
    QUrl url(const QString &path) const { return m_server->url().resolved(QUrl(path)); }
    HttpResult request(const QString &msisdn, const QString &key = Key,
                       const QString &version = u"v2"_s);
    HttpResult verify(const QString &token, const QString &pin);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestSandboxTestNumbers::initTestCase_data()
{
    QTest::addColumn<bool>("ownThread");
    QTest::newRow("own thread (GUI)") << true;
    QTest::newRow("caller's thread (otpctl)") << false;
}

void TestSandboxTestNumbers::init()
{
    QFETCH_GLOBAL(bool, ownThread);
    m_server = std::make_unique<SandboxServer>(std::make_shared<ManualClock>(),
                                               std::make_shared<SeededRandomSource>(7));
    m_server->setApps({appWithTestNumbers(), makeApp(u"Other"_s, OtherKey, Secret)});
    SandboxServerOptions options;
    options.port = 0;
    options.ownThread = ownThread;
    const Result<SandboxListening> started = m_server->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error));
    m_manager = makeManager();
}

void TestSandboxTestNumbers::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

HttpResult TestSandboxTestNumbers::request(const QString &msisdn, const QString &key,
                                           const QString &version)
{
    return post(*m_manager, url(u"/"_s + version + u"/otp/request"_s),
                "application/x-www-form-urlencoded",
                formBody({{u"key"_s, key}, {u"secret"_s, Secret}, {u"msisdn"_s, msisdn}}));
}

HttpResult TestSandboxTestNumbers::verify(const QString &token, const QString &pin)
{
    return post(
        *m_manager, url(u"/v2/otp/verify"_s), "application/x-www-form-urlencoded",
        formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"token"_s, token}, {u"pin"_s, pin}}));
}

void TestSandboxTestNumbers::fixedCodeIsDeliveredAndVerifies()
{
    QSignalSpy delivered(m_server.get(), &SandboxServer::smsDelivered);
    // Any form of the number is that number.
    const HttpResult first = request(u"+66 80 000 0001"_s);
    const HttpResult second = request(FixedCodeNumber);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QTRY_COMPARE(delivered.size(), 2);

    // Token and refno are drawn as for any number; only the code is fixed, and the SMS
    // carries it.
    const QList<OtpMessage> inbox = m_server->inbox();
    QCOMPARE(inbox.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const OtpMessage &message = inbox.at(i);
        QCOMPARE(message.code, FixedCode);
        QCOMPARE(message.msisdn, u"+66800000001"_s);
        QVERIFY(message.text.contains(FixedCode));
        QCOMPARE(message.token, (i == 0 ? first : second).json().value(u"token"_s).toString());
        QCOMPARE(message.refno.size(), 5);
    }
    QVERIFY(inbox.at(0).token != inbox.at(1).token);

    // It verifies like any other code: a wrong PIN counts, the right one is correct once.
    const QString token = inbox.at(0).token;
    QCOMPARE(verify(token, u"654321"_s)
                 .json()
                 .value(u"errors"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"message"_s)
                 .toString(),
             u"Code is invalid."_s);
    const HttpResult correct = verify(token, FixedCode);
    QCOMPARE(correct.status, 200);
    QCOMPARE(correct.json().value(u"message"_s).toString(), u"Code is correct."_s);
    QCOMPARE(verify(token, FixedCode).status, 400); // used up
}

void TestSandboxTestNumbers::fixedCodeIsOnlyForItsApp()
{
    // The other app has no test numbers: the same number gets random codes there.
    QSignalSpy delivered(m_server.get(), &SandboxServer::smsDelivered);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(request(FixedCodeNumber, OtherKey).status, 200);
    QTRY_COMPARE(delivered.size(), 3);
    QSet<QString> codes;
    for (const OtpMessage &message : m_server->inbox())
        codes.insert(message.code);
    QCOMPARE(codes.size(), 3);
    QVERIFY(!codes.contains(FixedCode));
}

void TestSandboxTestNumbers::failureAnswersAsTheFaultInjection_data()
{
    QTest::addColumn<QString>("msisdn");
    QTest::addColumn<QString>("fail");
    QTest::addColumn<QString>("version");
    QTest::newRow("by name") << ByNameNumber << u"ERROR_IP_NOT_ALLOWED"_s << u"v2"_s;
    QTest::newRow("by status code") << ByStatusCodeNumber << u"116"_s << u"v2"_s;
    QTest::newRow("by message") << ByMessageNumber << u"Token is expire."_s << u"v2"_s;
    QTest::newRow("by message, v1 wraps it") << ByMessageNumber << u"Token is expire."_s << u"v1"_s;
}

void TestSandboxTestNumbers::failureAnswersAsTheFaultInjection()
{
    QFETCH(QString, msisdn);
    QFETCH(QString, fail);
    QFETCH(QString, version);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const HttpResult forced = request(msisdn, Key, version);
    const std::optional<ErrorEntry> entry = ErrorLookup::catalogEntry(fail);
    QVERIFY(entry.has_value());
    QCOMPARE(forced.status, entry->httpStatus);
    QCOMPARE(forced.contentType, QByteArray("application/json; charset=utf-8"));

    // The very answer the fault injection gives for that row, to any number.
    QVERIFY(m_server->setFaults(SandboxFaults::error(entry->row)));
    const HttpResult injected = request(u"0812345678"_s, Key, version);
    m_server->clearFaults();
    QCOMPARE(forced.status, injected.status);
    QCOMPARE(forced.body, injected.body);
    if (version == u"v2")
        QCOMPARE(forced.body, ErrorCatalog::exampleBody(*entry));

    // No token, no SMS.
    QTRY_COMPARE(handled.size(), 2);
    QVERIFY(m_server->inbox().isEmpty());
    QCOMPARE(m_server->pendingTokenCount(), 0);
}

void TestSandboxTestNumbers::dropClosesWithoutAnswer()
{
    // Raw: QNetworkAccessManager resends a request whose connection closed without an answer.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
    QVERIFY(socket.waitForConnected(5000));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(
        rawPost("/v2/otp/request", "application/x-www-form-urlencoded",
                formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, DropNumber}})));
    QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState || !disconnected.isEmpty());
    QCOMPARE(socket.readAll(), QByteArray());
    QVERIFY(m_server->inbox().isEmpty());

    // The next request, for another number, is answered as usual.
    QCOMPARE(request(u"0812345678"_s).status, 200);
}

void TestSandboxTestNumbers::appsCountTheirTestNumbers()
{
    const QList<SandboxApp> apps = m_server->apps();
    QCOMPARE(apps.size(), 2);
    QCOMPARE(apps.at(0).testNumberCount(), 5);
    QCOMPARE(apps.at(1).testNumberCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxTestNumbers)
#include "tst_sandboxtestnumbers.moc"

#include "SandboxTestSupport.h"
#include "api/ErrorCatalog.h"
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SeededRandomSource.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SandboxTest;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;

} // namespace

// Fault injection end to end: latency, catalog errors (always, next N, a fraction) and dropped
// connections, set while the server runs.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void latencyDelaysWithoutBlockingOthers();
    void jitterAddsOnTop();
    void everyCatalogEntryAlways_data();
    void everyCatalogEntryAlways();
    void otpRowsAreWrappedOnV1();
    void errorForTheNextRequests();
    void errorForAFraction();
    void fractionIsRepeatableWithASeed();
    void dropClosesWithoutAnswer();
    void dropTheNextRequestOnly();
    void healthIsNeverFaulted();
    void invalidFaultsAreRefused_data();
    void invalidFaultsAreRefused();

private:
    QUrl url(const QString &path) const { return m_server->url().resolved(QUrl(path)); }
    HttpResult request(const QString &version = u"v2"_s);
    QList<bool> fractionPattern(quint32 seed, double fraction, int requests);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestSandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>(std::make_shared<ManualClock>(),
                                               std::make_shared<SeededRandomSource>(11));
    m_server->setApps({makeApp(u"Shop"_s, Key, Secret)});
    SandboxServerOptions options;
    options.port = 0;
    const Result<SandboxListening> started = m_server->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error));
    m_manager = makeManager();
}

void TestSandboxFaults::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

HttpResult TestSandboxFaults::request(const QString &version)
{
    return post(*m_manager, url(u"/"_s + version + u"/otp/request"_s),
                "application/x-www-form-urlencoded",
                formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
}

void TestSandboxFaults::latencyDelaysWithoutBlockingOthers()
{
    constexpr int LatencyMs = 400;
    QVERIFY(m_server->setFaults(SandboxFaults::latency(LatencyMs)));

    QElapsedTimer timer;
    timer.start();
    QNetworkRequest slowRequest(url(u"/v2/otp/request"_s));
    slowRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *slow = m_manager->post(
        slowRequest,
        formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
    QSignalSpy slowFinished(slow, &QNetworkReply::finished);

    // The request is processed at once; only its answer waits. Meanwhile another connection
    // is served: the server thread is not blocked.
    QTRY_COMPARE(m_server->inbox().size(), 1);
    auto other = makeManager();
    const HttpResult health = get(*other, url(u"/health"_s));
    QCOMPARE(health.status, 200);
    QVERIFY(slowFinished.isEmpty());

    QVERIFY(slowFinished.wait(10000));
    QVERIFY(timer.elapsed() >= LatencyMs);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    slow->deleteLater();

    QVERIFY(request().elapsedMs >= LatencyMs);
    m_server->clearFaults();
    QCOMPARE(request().status, 200);
}

void TestSandboxFaults::jitterAddsOnTop()
{
    QVERIFY(m_server->setFaults(SandboxFaults::latency(100, 100)));
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    for (int i = 0; i < 4; ++i) {
        const HttpResult result = request();
        QCOMPARE(result.status, 200);
        QVERIFY(result.elapsedMs >= 100);
    }
    QTRY_COMPARE(handled.size(), 4);
    for (const QList<QVariant> &args : handled)
        QVERIFY(args.first().value<SandboxRequestRecord>().elapsedMs >= 100.0);
}

void TestSandboxFaults::everyCatalogEntryAlways_data()
{
    QTest::addColumn<int>("row");
    for (const ErrorEntry &entry : ErrorCatalog::entries())
        QTest::newRow(qPrintable(u"%1 %2"_s.arg(entry.row).arg(entry.displayName()))) << entry.row;
}

void TestSandboxFaults::everyCatalogEntryAlways()
{
    QFETCH(int, row);
    const ErrorEntry entry = *ErrorCatalog::byRow(row);
    QVERIFY(m_server->setFaults(SandboxFaults::error(row)));

    for (int i = 0; i < 2; ++i) {
        const HttpResult result = request();
        QCOMPARE(result.status, entry.httpStatus);
        QCOMPARE(result.body, ErrorCatalog::exampleBody(entry));
        QCOMPARE(result.contentType, QByteArray("application/json; charset=utf-8"));
    }
    // The fault replaces the answer: nothing was processed.
    QVERIFY(m_server->inbox().isEmpty());
}

void TestSandboxFaults::otpRowsAreWrappedOnV1()
{
    QVERIFY(m_server->setFaults(SandboxFaults::error(62)));
    const HttpResult expired = request(u"v1"_s);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.body,
             QByteArray(R"({"error":{"code":400,"errors":[{"message":"Token is expire."}]}})"));

    QVERIFY(m_server->setFaults(SandboxFaults::error(1)));
    const HttpResult success = request(u"v1"_s);
    QCOMPARE(success.status, 200);
    QCOMPARE(success.body,
             QByteArray(R"({"data":{"status":"success","message":"Code is correct."}})"));

    // SMS-API rows look the same on both paths.
    QVERIFY(m_server->setFaults(SandboxFaults::error(41)));
    const HttpResult credit = request(u"v1"_s);
    QCOMPARE(credit.status, 423);
    QCOMPARE(credit.body, ErrorCatalog::exampleBody(*ErrorCatalog::byRow(41)));
    QCOMPARE(credit.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), 116);
}

void TestSandboxFaults::errorForTheNextRequests()
{
    QVERIFY(m_server->setFaults(
        SandboxFaults::error(29, SandboxFaults::Scope::NextRequests, 3))); // IP not allowed
    for (int i = 0; i < 3; ++i) {
        const HttpResult result = request();
        QCOMPARE(result.status, 403);
        QCOMPARE(result.json().value(u"error"_s).toObject().value(u"name"_s).toString(),
                 u"ERROR_IP_NOT_ALLOWED"_s);
        QCOMPARE(m_server->faults().count, 2 - i);
    }
    QCOMPARE(request().status, 200);
    QCOMPARE(request().status, 200);
    QCOMPARE(m_server->inbox().size(), 2);
}

QList<bool> TestSandboxFaults::fractionPattern(quint32 seed, double fraction, int requests)
{
    SandboxServer server(std::make_shared<ManualClock>(),
                         std::make_shared<SeededRandomSource>(seed));
    server.setApps({makeApp(u"Shop"_s, Key, Secret)});
    SandboxServerOptions options;
    options.port = 0;
    const Result<SandboxListening> started = server.start(options);
    if (!started.ok())
        return {};
    server.setFaults(SandboxFaults::error(3, SandboxFaults::Scope::Fraction, 0, fraction));
    QList<bool> hits;
    for (int i = 0; i < requests; ++i) {
        const HttpResult result = post(
            *m_manager, started.value.url.resolved(QUrl(u"/v2/otp/request"_s)),
            "application/x-www-form-urlencoded",
            formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
        if (result.status != 200 && result.status != 500)
            return {};
        hits.append(result.status == 500); // row 3: ERROR_SYSTEM_FAILURE
    }
    return hits;
}

void TestSandboxFaults::errorForAFraction()
{
    const QList<bool> none = fractionPattern(5, 0.0, 30);
    QCOMPARE(none.size(), 30);
    QCOMPARE(none.count(true), 0);

    const QList<bool> all = fractionPattern(5, 1.0, 30);
    QCOMPARE(all.size(), 30);
    QCOMPARE(all.count(true), 30);

    const QList<bool> some = fractionPattern(5, 0.3, 200);
    QCOMPARE(some.size(), 200);
    // Binomial(200, 0.3): mean 60, sd 6.5; the bounds are > 4 sd away.
    QVERIFY2(some.count(true) >= 32 && some.count(true) <= 88,
             qPrintable(QString::number(some.count(true))));
}

void TestSandboxFaults::fractionIsRepeatableWithASeed()
{
    const QList<bool> first = fractionPattern(99, 0.5, 40);
    const QList<bool> second = fractionPattern(99, 0.5, 40);
    QCOMPARE(first.size(), 40);
    QCOMPARE(first, second);
    QVERIFY(first.count(true) > 0 && first.count(true) < 40);
}

void TestSandboxFaults::dropClosesWithoutAnswer()
{
    QVERIFY(m_server->setFaults(SandboxFaults::drop()));
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);

    const HttpResult result = request();
    QVERIFY(result.finished);
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(result.body.isEmpty());

    // Raw: not a single byte comes back, and the connection closes.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(rawPost(
        "/v2/otp/request", "application/x-www-form-urlencoded",
        formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}})));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState || !disconnected.isEmpty());
    QCOMPARE(socket.readAll(), QByteArray());

    QTRY_VERIFY(!handled.isEmpty());
    QCOMPARE(handled.first().first().value<SandboxRequestRecord>().status, 0);
    QVERIFY(m_server->inbox().isEmpty());
}

void TestSandboxFaults::dropTheNextRequestOnly()
{
    // Raw sockets: QNetworkAccessManager silently resends a request whose connection closed
    // without an answer, which would hide a single drop.
    QVERIFY(m_server->setFaults(SandboxFaults::drop(SandboxFaults::Scope::NextRequests, 1)));
    const quint16 port = quint16(m_server->url().port());
    const QByteArray call = rawPost(
        "/v2/otp/request", "application/x-www-form-urlencoded",
        formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
    QCOMPARE(rawExchange(port, call), QByteArray());
    QVERIFY(rawExchange(port, call).startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(m_server->faults().count, 0);
}

void TestSandboxFaults::healthIsNeverFaulted()
{
    QVERIFY(m_server->setFaults(SandboxFaults::drop()));
    QCOMPARE(get(*m_manager, url(u"/health"_s)).status, 200);
    QVERIFY(m_server->setFaults(SandboxFaults::error(3)));
    QCOMPARE(get(*m_manager, url(u"/health"_s)).status, 200);
    QCOMPARE(get(*m_manager, url(u"/nowhere"_s)).status, 404);
}

void TestSandboxFaults::invalidFaultsAreRefused_data()
{
    QTest::addColumn<SandboxFaults>("faults");
    QTest::newRow("row 0") << SandboxFaults::error(0);
    QTest::newRow("row 64") << SandboxFaults::error(64);
    QTest::newRow("fraction above 1")
        << SandboxFaults::error(3, SandboxFaults::Scope::Fraction, 0, 1.5);
    QTest::newRow("negative fraction")
        << SandboxFaults::drop(SandboxFaults::Scope::Fraction, 0, -0.1);
    QTest::newRow("negative count") << SandboxFaults::drop(SandboxFaults::Scope::NextRequests, -1);
    QTest::newRow("negative latency") << SandboxFaults::latency(-1);
    QTest::newRow("latency too long") << SandboxFaults::latency(SandboxFaults::MaxLatencyMs + 1);
}

void TestSandboxFaults::invalidFaultsAreRefused()
{
    QFETCH(SandboxFaults, faults);
    const SandboxFaults before = SandboxFaults::latency(1);
    QVERIFY(m_server->setFaults(before));
    QVERIFY(!faults.problem().isEmpty());
    QVERIFY(!m_server->setFaults(faults));
    QCOMPARE(m_server->faults(), before);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"

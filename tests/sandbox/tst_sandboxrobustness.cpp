#include "SandboxTestSupport.h"
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SeededRandomSource.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SandboxTest;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;

QByteArray validCall()
{
    return rawPost(
        "/v2/otp/request", "application/x-www-form-urlencoded",
        formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
}

} // namespace

// What a hostile or broken client does to the socket must never stop the sandbox serving
// others: garbage, half-open connections, endless request lines and bodies, pipelining.
class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void garbageBurstDoesNotStopServing();
    void endlessRequestLineIsCutOff();
    void hugeBodyIsCutOffWith413();
    void pipelinedAnswersKeepRequestOrder();
    void connectionCloseIsHonoured();
    void idleConnectionsAreClosed();
    void clientVanishingMidRequestIsHarmless();

private:
    quint16 port() const { return quint16(m_server->url().port()); }
    std::unique_ptr<QTcpSocket> connectRaw();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestSandboxRobustness::init()
{
    m_server = std::make_unique<SandboxServer>(std::make_shared<ManualClock>(),
                                               std::make_shared<SeededRandomSource>(3));
    m_server->setApps({makeApp(u"Shop"_s, Key, Secret)});
    SandboxServerOptions options;
    options.port = 0;
    options.idleTimeoutMs = 300;
    options.housekeepingIntervalMs = 50;
    const Result<SandboxListening> started = m_server->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error));
    m_manager = makeManager();
}

void TestSandboxRobustness::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

std::unique_ptr<QTcpSocket> TestSandboxRobustness::connectRaw()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port());
    if (!socket->waitForConnected(5000))
        return {};
    return socket;
}

void TestSandboxRobustness::garbageBurstDoesNotStopServing()
{
    QRandomGenerator random(42);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 60; ++i) {
        auto socket = connectRaw();
        QVERIFY(socket);
        switch (i % 4) {
        case 0: { // random bytes
            QByteArray bytes(int(random.bounded(1, 4096)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            socket->write(bytes);
            break;
        }
        case 1: // half-open: connected, silent
            break;
        case 2: // a request line that never ends
            socket->write("GET /v2/otp/request?" + QByteArray(2000, 'a'));
            break;
        case 3: // headers that never end, and a body promised but never sent
            socket->write(
                "POST /v2/otp/request HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\nkey=");
            break;
        }
        socket->flush();
        sockets.push_back(std::move(socket));
    }

    // With all of them still open, a normal client is served at once.
    QElapsedTimer timer;
    timer.start();
    const HttpResult result
        = post(*m_manager, m_server->url().resolved(QUrl(u"/v2/otp/request"_s)),
               "application/x-www-form-urlencoded",
               formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
    QCOMPARE(result.status, 200);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(rawExchange(port(), validCall()).startsWith("HTTP/1.1 200 OK\r\n"));

    // And the junk goes away: the parser rejects garbage, the idle timeout closes the rest.
    for (const auto &socket : sockets)
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 10000);
}

void TestSandboxRobustness::endlessRequestLineIsCutOff()
{
    auto socket = connectRaw();
    QVERIFY(socket);
    QByteArray received;
    connect(socket.get(), &QTcpSocket::readyRead, this, [&] { received += socket->readAll(); });
    // 200 KiB with no line end: the server stops listening past its request line limit.
    for (int i = 0; i < 200 && socket->state() == QAbstractSocket::ConnectedState; ++i)
        socket->write("GET /" + QByteArray(1024, 'a'));
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("}"), 10000);
    QVERIFY2(received.startsWith("HTTP/1.1 414 URI Too Long\r\n"), received.constData());
    QVERIFY(received.contains("Connection: close\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(rawExchange(port(), validCall()).startsWith("HTTP/1.1 200 OK\r\n"));
}

void TestSandboxRobustness::hugeBodyIsCutOffWith413()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    auto socket = connectRaw();
    QVERIFY(socket);
    QByteArray received;
    connect(socket.get(), &QTcpSocket::readyRead, this, [&] { received += socket->readAll(); });
    socket->write("POST /v2/otp/request HTTP/1.1\r\nHost: x\r\n"
                  "Content-Type: application/x-www-form-urlencoded\r\n"
                  "Content-Length: 10485760\r\n\r\n");
    // 1 MiB of a promised 10 MiB body.
    for (int i = 0; i < 16; ++i)
        socket->write(QByteArray(64 * 1024, 'a'));
    QTRY_VERIFY_WITH_TIMEOUT(received.endsWith("}]}"), 10000);
    QVERIFY2(received.startsWith("HTTP/1.1 413 Payload Too Large\r\n"), received.constData());
    QCOMPARE(
        bodyOf(received),
        QByteArray(
            R"({"code":413,"errors":[{"message":"Request body is too large.","detail":{"maxBytes":65536}}]})"));
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_VERIFY(!handled.isEmpty());
    QCOMPARE(handled.first().first().value<SandboxRequestRecord>().status, 413);
    QVERIFY(m_server->inbox().isEmpty());
    QVERIFY(rawExchange(port(), validCall()).startsWith("HTTP/1.1 200 OK\r\n"));
}

void TestSandboxRobustness::pipelinedAnswersKeepRequestOrder()
{
    // The OTP call is held back 300 ms, the health check behind it is not: its answer must
    // still come second.
    QVERIFY(m_server->setFaults(SandboxFaults::latency(300)));
    auto socket = connectRaw();
    QVERIFY(socket);
    QByteArray received;
    connect(socket.get(), &QTcpSocket::readyRead, this, [&] { received += socket->readAll(); });
    socket->write(validCall() + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n" + validCall());
    QTRY_COMPARE_WITH_TIMEOUT(received.count("HTTP/1.1 200 OK"), 3, 10000);
    const qsizetype first = received.indexOf("\"token\"");
    const qsizetype second = received.indexOf("\"pendingTokens\"");
    const qsizetype third = received.lastIndexOf("\"token\"");
    QVERIFY(first >= 0 && second > first && third > second);
}

void TestSandboxRobustness::connectionCloseIsHonoured()
{
    auto socket = connectRaw();
    QVERIFY(socket);
    QByteArray received;
    connect(socket.get(), &QTcpSocket::readyRead, this, [&] { received += socket->readAll(); });
    socket->write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    received += socket->readAll();
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.contains("\r\nConnection: close\r\n"));
}

void TestSandboxRobustness::idleConnectionsAreClosed()
{
    auto silent = connectRaw();
    QVERIFY(silent);
    auto keptAlive = connectRaw();
    QVERIFY(keptAlive);
    keptAlive->write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(silent->state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(keptAlive->state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(keptAlive->readAll().startsWith("HTTP/1.1 200 OK\r\n"));
}

void TestSandboxRobustness::clientVanishingMidRequestIsHarmless()
{
    for (int i = 0; i < 20; ++i) {
        auto socket = connectRaw();
        QVERIFY(socket);
        const QByteArray call = validCall();
        socket->write(call.left(call.size() / 2 + i));
        socket->flush();
        socket->abort();
    }
    QVERIFY(m_server->setFaults(SandboxFaults::latency(200)));
    for (int i = 0; i < 5; ++i) { // gone while its answer is delayed
        auto socket = connectRaw();
        QVERIFY(socket);
        socket->write(validCall());
        socket->flush();
        QTRY_COMPARE(m_server->inbox().size(), i + 1);
        socket->abort();
    }
    m_server->clearFaults();
    QVERIFY(rawExchange(port(), validCall()).startsWith("HTTP/1.1 200 OK\r\n"));
}

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandboxrobustness.moc"

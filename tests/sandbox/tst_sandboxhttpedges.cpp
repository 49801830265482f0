#include "SandboxTestSupport.h"
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SeededRandomSource.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>

using namespace Qt::Literals::StringLiterals;
using namespace SandboxTest;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;
const QByteArray Form = "application/x-www-form-urlencoded";

QByteArray validCall()
{
    return rawPost(
        "/v2/otp/request", Form,
        formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
}

QByteArray postWithLength(const QByteArray &path, const QByteArray &contentLength)
{
    return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + Form
        + "\r\nContent-Length: " + contentLength + "\r\n\r\n"
        + formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}});
}

// Every warning Qt prints while a test runs (from any thread).
QMutex warningsMutex;
QStringList warnings;
QtMessageHandler previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg) {
        const QMutexLocker lock(&warningsMutex);
        warnings.append(message);
    }
    previousHandler(type, context, message);
}

} // namespace

// The HTTP edges of the sandbox (docs/sandbox.md, "Limits and hostile clients"): clients that
// half-close, broken framing, oversized request lines and headers, slow clients, reading after
// a close. Each on a real socket, in both threading modes where the event loop matters.
class TestSandboxHttpEdges : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void halfCloseStillGetsTheAnswers_data();
    void halfCloseStillGetsTheAnswers();
    void brokenContentLengthIs400AndClose_data();
    void brokenContentLengthIs400AndClose();
    void contentLengthOverLimitIs413AtOnce();
    void longUrlOrHeadersGet414Or431_data();
    void longUrlOrHeadersGet414Or431();
    void requestsBeforeABrokenOneAreAnsweredFirst();
    void slowRequestsMeetTheDeadline_data();
    void slowRequestsMeetTheDeadline();
    void noReadAfterCloseUnderABurst_data();
    void noReadAfterCloseUnderABurst();
    void secretsAreComparedExactlyAsSent_data();
    void secretsAreComparedExactlyAsSent();

private:
    void startServer(bool ownThread, int requestDeadlineMs = 10000);
    quint16 port() const { return quint16(m_server->url().port()); }
    std::unique_ptr<QTcpSocket> connectRaw(QByteArray *received);

    std::unique_ptr<SandboxServer> m_server;
};

void TestSandboxHttpEdges::startServer(bool ownThread, int requestDeadlineMs)
{
    m_server = std::make_unique<SandboxServer>(std::make_shared<ManualClock>(),
                                               std::make_shared<SeededRandomSource>(5));
    m_server->setApps({makeApp(u"Shop"_s, Key, Secret)});
    SandboxServerOptions options;
    options.port = 0;
    options.ownThread = ownThread;
    options.requestDeadlineMs = requestDeadlineMs;
    options.housekeepingIntervalMs = 50;
    const Result<SandboxListening> started = m_server->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error));
}

void TestSandboxHttpEdges::cleanup()
{
    m_server.reset();
}

std::unique_ptr<QTcpSocket> TestSandboxHttpEdges::connectRaw(QByteArray *received)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port());
    if (!socket->waitForConnected(5000))
        return {};
    QTcpSocket *raw = socket.get();
    connect(raw, &QTcpSocket::readyRead, raw, [raw, received] { *received += raw->readAll(); });
    return socket;
}

void TestSandboxHttpEdges::halfCloseStillGetsTheAnswers_data()
{
    QTest::addColumn<bool>("ownThread");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("rounds");
    for (const bool ownThread : {true, false}) {
        const QByteArray mode = ownThread ? "own thread" : "caller's thread";
        QTest::newRow(QByteArray(mode + ", one request").constData()) << ownThread << 0 << 1 << 20;
        QTest::newRow(QByteArray(mode + ", two pipelined").constData())
            << ownThread << 0 << 2 << 10;
        QTest::newRow(QByteArray(mode + ", answer delayed").constData())
            << ownThread << 150 << 1 << 3;
    }
}

// Send the request, then shutdown(SHUT_WR) at once, as some clients and proxies do.
void TestSandboxHttpEdges::halfCloseStillGetsTheAnswers()
{
    QFETCH(bool, ownThread);
    QFETCH(int, latencyMs);
    QFETCH(int, requests);
    QFETCH(int, rounds);
    startServer(ownThread);
    if (latencyMs > 0)
        QVERIFY(m_server->setFaults(SandboxFaults::latency(latencyMs)));

    for (int round = 0; round < rounds; ++round) {
        QByteArray received;
        auto socket = connectRaw(&received);
        QVERIFY(socket);
        QByteArray calls;
        for (int i = 0; i < requests; ++i)
            calls += validCall();
        socket->write(calls);
        QVERIFY(socket->waitForBytesWritten(5000));
        QCOMPARE(::shutdown(int(socket->socketDescriptor()), SHUT_WR), 0);
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
        received += socket->readAll();
        QCOMPARE(received.count("HTTP/1.1 200 OK\r\n"), requests);
        QCOMPARE(received.count("\"token\""), requests);
    }
    QCOMPARE(m_server->inbox().size(), rounds * requests);
}

void TestSandboxHttpEdges::brokenContentLengthIs400AndClose_data()
{
    QTest::addColumn<QByteArray>("contentLength");
    for (const char *value : {"-1", "abc", "1e3", "99999999999999999999", "4294967296", " 12 3"})
        QTest::newRow(value) << QByteArray(value);
}

void TestSandboxHttpEdges::brokenContentLengthIs400AndClose()
{
    QFETCH(QByteArray, contentLength);
    startServer(true);
    QByteArray received;
    auto socket = connectRaw(&received);
    QVERIFY(socket);
    socket->write(postWithLength("/v2/otp/request", contentLength));
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY2(received.startsWith("HTTP/1.1 400 Bad Request\r\n"), received.constData());
    QVERIFY(received.contains("\r\nConnection: close\r\n"));
    QCOMPARE(
        bodyOf(received),
        R"({"code":400,"errors":[{"message":"Content-Length must be digits only, at most 4294967295.","detail":{"contentLength":")"
            + contentLength.trimmed() + R"("}}]})");
    QVERIFY(m_server->inbox().isEmpty());
}

void TestSandboxHttpEdges::contentLengthOverLimitIs413AtOnce()
{
    startServer(true);
    QByteArray received;
    auto socket = connectRaw(&received);
    QVERIFY(socket);
    QElapsedTimer timer;
    timer.start();
    socket->write("POST /v1/otp/request HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(received.endsWith("}}"), 5000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(received.startsWith("HTTP/1.1 413 Payload Too Large\r\n"), received.constData());
    QVERIFY(received.contains("\r\nConnection: close\r\n"));
    QCOMPARE(
        bodyOf(received),
        QByteArray(
            R"({"error":{"code":413,"errors":[{"message":"Request body is too large.","detail":{"maxBytes":65536}}]}})"));
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestSandboxHttpEdges::longUrlOrHeadersGet414Or431_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("body");
    const QByteArray big(80 * 1024, 'a');
    const QByteArray uriBody
        = R"({"code":414,"errors":[{"message":"Request URL is too long.","detail":{"maxBytes":8192}}]})";
    const QByteArray headersDetail
        = R"("detail":{"maxBytes":16384,"maxFieldBytes":8192,"maxFields":100}}]})";
    QTest::newRow("URL of 80 KiB") << "GET /v2/otp/request?" + big + " HTTP/1.1\r\n\r\n"
                                   << QByteArray("HTTP/1.1 414 URI Too Long") << uriBody;
    QTest::newRow("URL of 80 KiB, no line end")
        << "GET /" + big << QByteArray("HTTP/1.1 414 URI Too Long") << uriBody;
    QTest::newRow("header of 80 KiB")
        << "POST /v2/otp/request HTTP/1.1\r\nX-Big: " + big + "\r\n\r\n"
        << QByteArray("HTTP/1.1 431 Request Header Fields Too Large")
        << R"({"code":431,"errors":[{"message":"Request headers are too large.",)" + headersDetail;
    QTest::newRow("header of 80 KiB on /v1")
        << "POST /v1/otp/verify HTTP/1.1\r\nX-Big: " + big + "\r\n\r\n"
        << QByteArray("HTTP/1.1 431 Request Header Fields Too Large")
        << R"({"error":{"code":431,"errors":[{"message":"Request headers are too large.",)"
            + headersDetail + '}';
    QTest::newRow("header line without a colon")
        << QByteArray("POST /v2/otp/request HTTP/1.1\r\nContent-Length 5\r\n\r\n")
        << QByteArray("HTTP/1.1 400 Bad Request")
        << QByteArray(R"({"code":400,"errors":[{"message":"Malformed request headers."}]})");
}

void TestSandboxHttpEdges::longUrlOrHeadersGet414Or431()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, body);
    startServer(true);
    QByteArray received;
    auto socket = connectRaw(&received);
    QVERIFY(socket);
    socket->write(request);
    QTRY_VERIFY_WITH_TIMEOUT(!bodyOf(received).isEmpty(), 5000);
    QVERIFY2(received.startsWith(QByteArray(statusLine + "\r\n")), received.left(200).constData());
    QVERIFY(received.contains("\r\nConnection: close\r\n"));
    QCOMPARE(bodyOf(received), body);
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(rawExchange(port(), validCall()).startsWith("HTTP/1.1 200 OK\r\n"));
}

void TestSandboxHttpEdges::requestsBeforeABrokenOneAreAnsweredFirst()
{
    startServer(true);
    QByteArray received;
    auto socket = connectRaw(&received);
    QVERIFY(socket);
    socket->write(validCall() + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
                  + postWithLength("/v2/otp/request", "abc"));
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    const qsizetype token = received.indexOf("\"token\"");
    const qsizetype health = received.indexOf("\"pendingTokens\"");
    const qsizetype refused = received.indexOf("HTTP/1.1 400 Bad Request");
    QVERIFY2(token > 0 && health > token && refused > health, received.constData());
    QCOMPARE(m_server->inbox().size(), 1);
}

void TestSandboxHttpEdges::slowRequestsMeetTheDeadline_data()
{
    QTest::addColumn<bool>("ownThread");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<char>("trickle");
    QTest::addColumn<bool>("answered");
    for (const bool ownThread : {true, false}) {
        const QByteArray mode = ownThread ? "own thread" : "caller's thread";
        QTest::newRow(QByteArray(mode + ", a header byte at a time").constData())
            << ownThread << QByteArray("POST /v2/otp/request HTTP/1.1\r\nX-Slow: ") << 'a' << true;
        QTest::newRow(QByteArray(mode + ", garbage without a line end").constData())
            << ownThread << QByteArray("\x16\x03\x01") << 'z' << true;
        QTest::newRow(QByteArray(mode + ", line ends only").constData())
            << ownThread << QByteArray("\r\n") << '\n'
            << false;
    }
}

// One byte every 100 ms: never idle, never done. With a 500 ms deadline the connection is
// answered 408 (if a request had begun) and closed, long before the idle timeout (30 s).
void TestSandboxHttpEdges::slowRequestsMeetTheDeadline()
{
    QFETCH(bool, ownThread);
    QFETCH(QByteArray, start);
    QFETCH(char, trickle);
    QFETCH(bool, answered);
    constexpr int DeadlineMs = 500;
    startServer(ownThread, DeadlineMs);
    QByteArray received;
    auto socket = connectRaw(&received);
    QVERIFY(socket);
    QElapsedTimer timer;
    timer.start();
    socket->write(start);
    while (socket->state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        QTest::qWait(100);
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->write(QByteArray(1, trickle));
    }
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    // The deadline, plus a housekeeping tick, plus the second that lets a client read a refusal.
    QVERIFY2(timer.elapsed() >= DeadlineMs && timer.elapsed() < DeadlineMs + 2000,
             qPrintable(QString::number(timer.elapsed())));
    if (!answered) {
        QVERIFY(received.isEmpty());
        return;
    }
    QVERIFY2(received.startsWith("HTTP/1.1 408 Request Timeout\r\n"), received.constData());
    QCOMPARE(
        bodyOf(received),
        QByteArray(
            R"({"code":408,"errors":[{"message":"The request did not arrive in time.","detail":{"deadlineMs":500}}]})"));
}

void TestSandboxHttpEdges::noReadAfterCloseUnderABurst_data()
{
    QTest::addColumn<bool>("ownThread");
    QTest::newRow("own thread") << true;
    QTest::newRow("caller's thread") << false;
}

// Clients that go away early, right after a request and the start of the next, or that ask for
// "Connection: close" with more behind it: the server must not read a closed socket.
void TestSandboxHttpEdges::noReadAfterCloseUnderABurst()
{
    QFETCH(bool, ownThread);
    startServer(ownThread);
    const QByteArray closing = rawPost(
        "/v2/otp/request", Form,
        formBody({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}),
        "Connection: close\r\n");
    const QByteArray health = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
    {
        const QMutexLocker lock(&warningsMutex);
        warnings.clear();
    }
    previousHandler = qInstallMessageHandler(recordWarnings);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 20; ++i) { // the client stays; the server closes after the 2nd answer
        QByteArray received;
        auto socket = connectRaw(&received);
        QVERIFY(socket);
        socket->write(health + closing + health + health);
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(received.count("HTTP/1.1 200 OK"), 2);
    }
    for (int i = 0; i < 150; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket->waitForConnected(5000));
        switch (i % 3) {
        case 0: // the first answer is still being written when the connection closes
            socket->write(health + closing + health);
            break;
        case 1:
            socket->write(validCall() + health.left(10));
            break;
        case 2: // many answers to write to a client that is gone: a write fails midway
            socket->write(health.repeated(20) + validCall());
            break;
        }
        socket->flush();
        if (i % 2 == 0)
            socket->abort();
        else
            socket->disconnectFromHost();
        sockets.push_back(std::move(socket));
        if (i % 10 == 0)
            QTest::qWait(5);
    }
    QTest::qWait(1000);
    qInstallMessageHandler(previousHandler);
    const QMutexLocker lock(&warningsMutex);
    QVERIFY2(warnings.filter(u"device not open"_s).isEmpty(), qPrintable(warnings.join(u'\n')));
    QByteArray received; // still serving (not rawExchange: it would block the caller's thread)
    auto socket = connectRaw(&received);
    QVERIFY(socket);
    socket->write(validCall());
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("\"token\""), 5000);
}

void TestSandboxHttpEdges::secretsAreComparedExactlyAsSent_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    const QString bom = QString(QChar(0xFEFF));
    const Fields withBomSecret{
        {u"key"_s, Key}, {u"secret"_s, bom + Secret}, {u"msisdn"_s, u"0812345678"_s}};
    const Fields withBomKey{
        {u"key"_s, bom + Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}};
    QTest::newRow("form, secret %EF%BB%BF…") << Form << formBody(withBomSecret);
    QTest::newRow("form, secret raw BOM")
        << Form
        << "key=" + Key.toUtf8() + "&secret=\xEF\xBB\xBF" + Secret.toUtf8() + "&msisdn=0812345678";
    QTest::newRow("form, key %EF%BB%BF…") << Form << formBody(withBomKey);
    QTest::newRow("multipart, secret")
        << multipartContentType("XyZ") << multipartBody(withBomSecret, "XyZ");
    QTest::newRow("multipart, key")
        << multipartContentType("XyZ") << multipartBody(withBomKey, "XyZ");
    QTest::newRow("json, secret raw BOM")
        << QByteArray("application/json") << jsonBody(withBomSecret);
    QTest::newRow("json, secret \\ufeff") << QByteArray("application/json")
                                          << R"({"key":")" + Key.toUtf8() + R"(","secret":"\ufeff)"
            + Secret.toUtf8() + R"(","msisdn":"0812345678"})";
}

// A secret or key with a byte order mark in front is another secret: refused in every format.
void TestSandboxHttpEdges::secretsAreComparedExactlyAsSent()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    startServer(true);
    const QByteArray answer = rawExchange(port(), rawPost("/v2/otp/request", contentType, body));
    QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.constData());
    QCOMPARE(bodyOf(answer),
             QByteArray(R"({"code":400,"errors":[{"message":"Application not found."}]})"));
    QVERIFY(m_server->inbox().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxHttpEdges)
#include "tst_sandboxhttpedges.moc"

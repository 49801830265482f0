#include "TestCertificate.h"
#include "api/OtpClient.h"
#include "api/SecretMasker.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = OtpResult::Outcome;
using Reason = OtpResult::Reason;

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;

QByteArray httpResponse(const QByteArray &statusLine, const QByteArray &body,
                        const QByteArray &contentType = "application/json")
{
    QByteArray response = "HTTP/1.1 " + statusLine + "\r\n";
    if (!contentType.isEmpty())
        response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return response;
}

// Closes with a TCP RST instead of a FIN: SO_LINGER on, with a zero timeout.
void resetConnection(QTcpSocket *socket)
{
    struct linger option {
        1, 0
    };
    ::setsockopt(socket->socketDescriptor(), SOL_SOCKET, SO_LINGER,
                 reinterpret_cast<const char *>(&option), sizeof option);
    socket->abort();
}

// A TCP server on 127.0.0.1 that reads one complete HTTP request at a time and hands it to a
// handler, which writes the exact bytes of the case.
class RawServer : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    explicit RawServer(Handler handler, QTcpServer *server = nullptr)
        : m_server(server ? server : new QTcpServer), m_handler(std::move(handler))
    {
        m_server->setParent(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on 127.0.0.1");
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->serverPort())); }
    quint16 port() const { return m_server->serverPort(); }
    int connections() const { return m_connections; }
    QList<QByteArray> requests() const { return m_requests; }

private:
    void accept(QTcpSocket *socket)
    {
        ++m_connections;
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const QByteArray request = buffer->left(headerEnd + 4 + length);
            buffer->remove(0, request.size());
            m_requests << request;
            m_handler(socket, request);
        });
    }

    QTcpServer *m_server;
    Handler m_handler;
    int m_connections = 0;
    QList<QByteArray> m_requests;
};

RawServer::Handler replyWith(const QByteArray &bytes)
{
    return [bytes](QTcpSocket *socket, const QByteArray &) { socket->write(bytes); };
}

OtpResult waitFor(OtpCall *call, int timeoutMs = 15000)
{
    QSignalSpy finished(call, &OtpCall::finished);
    if (!finished.wait(timeoutMs) || finished.size() != 1)
        qFatal("the call did not finish");
    return finished.at(0).at(0).value<OtpResult>();
}

OtpCallOptions withTimeout(int ms)
{
    OtpCallOptions options;
    options.timeoutMs = ms;
    return options;
}

} // namespace

// The client against a raw TCP server on 127.0.0.1 that sends the exact bytes of every bad
// answer the issue lists; each must give the right outcome and a summary that says what failed.
class TestOtpClientRaw : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<OtpResult>(); }

    void badAnswers_data();
    void badAnswers();
    void connectionRefused();
    void neverAnswersTimesOut();
    void trickleTimesOutOnTheWholeCall();
    void redirectIsReportedNotFollowed();
    void tenMiBAnnouncedStopsAtOnce();
    void tenMiBWithoutLengthStopsAtOneMiB();
    void recordShowsExactlyWhatWasSent_data();
    void recordShowsExactlyWhatWasSent();
    void echoedSecretIsMaskedInTheRecord();
    void phaseTimesAreInOrder();
    void cancelStopsTheCall();
    void deletingACallAbortsItSilently();
    void insecureUrlIsRefusedBeforeSending();
    void tlsErrorIsReportedAndNeverIgnored();
    void callsRunConcurrently();
};

void TestOtpClientRaw::badAnswers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("reset"); // RST after the bytes instead of leaving the socket open
    QTest::addColumn<bool>("close"); // FIN after the bytes
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("summaryPart");

    const int request = int(OtpOperation::Request);
    const int verify = int(OtpOperation::Verify);
    QTest::newRow("success") << httpResponse(
        "200 OK", R"({"status":"success","token":"tok","refno":"T3A57"})")
                             << false << false << request << int(Outcome::Success)
                             << int(Reason::None) << 200 << u"reference T3A57"_s;
    QTest::newRow("empty body") << httpResponse("200 OK", {}) << false << false << request
                                << int(Outcome::InvalidResponse) << int(Reason::EmptyBody) << 200
                                << u"HTTP 200 with an empty body"_s;
    QTest::newRow("html 502") << httpResponse(
        "502 Bad Gateway",
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>"
        "\r\n</body>\r\n</html>\r\n",
        "text/html") << false << false
                              << request << int(Outcome::InvalidResponse) << int(Reason::HtmlPage)
                              << 502 << u"HTTP 502 with an HTML page (“502 Bad Gateway”)"_s;
    QTest::newRow("truncated json")
        << httpResponse("200 OK", R"({"status":"success","token":"abc","ref)") << false << false
        << request << int(Outcome::InvalidResponse) << int(Reason::NotJson) << 200
        << u"not valid JSON"_s;
    QTest::newRow("wrong types") << httpResponse(
        "200 OK", R"({"status":"success","token":5,"refno":"T3A57"})")
                                 << false << false << request << int(Outcome::InvalidResponse)
                                 << int(Reason::MissingField) << 200
                                 << u"“token” is missing or not a string"_s;
    QTest::newRow("200 with an error body")
        << httpResponse("200 OK", R"({"code":400,"errors":[{"message":"Code is invalid."}]})")
        << false << false << verify << int(Outcome::ApiError) << int(Reason::CatalogError) << 200
        << u"Code is invalid. The PIN does not match"_s;
    QTest::newRow("5xx without body")
        << httpResponse("503 Service Unavailable", {}, {}) << false << false << request
        << int(Outcome::InvalidResponse) << int(Reason::EmptyBody) << 503
        << u"HTTP 503 with an empty body"_s;
    QTest::newRow("invalid utf-8")
        << httpResponse("200 OK", "{\"status\":\"success\",\"token\":\"\xc3\x28\xff\"}") << false
        << false << request << int(Outcome::InvalidResponse) << int(Reason::InvalidUtf8) << 200
        << u"not valid UTF-8"_s;
    QTest::newRow("headers, no body, close")
        << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"_ba
        << false << true << request << int(Outcome::TransportError) << int(Reason::ConnectionClosed)
        << 200 << u"closed after HTTP 200 and 0 bytes"_s;
    QTest::newRow("reset mid-body")
        << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
           R"({"status":"success","tok)"_ba
        << true << false << request << int(Outcome::TransportError) << int(Reason::ConnectionClosed)
        << 200 << u"before the whole answer arrived"_s;
    QTest::newRow("reset before the status line")
        << QByteArray() << true << false << request << int(Outcome::TransportError)
        << int(Reason::ConnectionClosed) << 0 << u"closed before an answer arrived"_s;
    QTest::newRow("api error") << httpResponse(
        "400 Bad Request", R"({"code":400,"errors":[{"message":"Token is expire."}]})")
                               << false << false << verify << int(Outcome::ApiError)
                               << int(Reason::CatalogError) << 400
                               << u"Token is expire. The code expired"_s;
}

void TestOtpClientRaw::badAnswers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, reset);
    QFETCH(bool, close);
    QFETCH(int, operation);
    QFETCH(int, outcome);
    QFETCH(int, reason);
    QFETCH(int, status);
    QFETCH(QString, summaryPart);

    RawServer server([bytes, reset, close](QTcpSocket *socket, const QByteArray &) {
        socket->write(bytes);
        socket->flush();
        if (reset) {
            // Let the bytes leave first, so the reset really comes mid-answer.
            QTimer::singleShot(100, socket, [socket] { resetConnection(socket); });
        } else if (close) {
            socket->disconnectFromHost();
        }
    });
    OtpClient client;
    OtpCall *call = OtpOperation(operation) == OtpOperation::Request
        ? client.requestAt(server.url(), Key, Secret, u"0812345678"_s, withTimeout(5000))
        : client.verifyAt(server.url(), Key, Secret, u"tok"_s, u"123456"_s, withTimeout(5000));
    const OtpResult result = waitFor(call);

    QCOMPARE(enumId(result.reason), enumId(Reason(reason)));
    QCOMPARE(enumId(result.outcome), enumId(Outcome(outcome)));
    QCOMPARE(result.httpStatus, status);
    QVERIFY2(result.summary().contains(summaryPart), qPrintable(result.summary()));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().first().contains(Secret.toUtf8())); // sent for real ...
    QVERIFY(!result.record.toJsonBytes().contains(Secret.toUtf8())); // ... never recorded
    QVERIFY(!result.toJson().value(u"summary"_s).toString().isEmpty());
    QVERIFY(result.record.finishedMs.has_value());
}

void TestOtpClientRaw::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago, now with nothing behind it
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    OtpClient client;
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(port));
    const OtpResult result = waitFor(client.requestAt(url, Key, Secret, u"0812345678"_s));
    QCOMPARE(result.outcome, Outcome::TransportError);
    QCOMPARE(result.reason, Reason::ConnectionRefused);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(!result.record.hasResponse);
    QVERIFY2(result.summary().startsWith(u"Connection refused at 127.0.0.1:%1"_s.arg(port)),
             qPrintable(result.summary()));
    QVERIFY(!result.record.error.isEmpty());
}

void TestOtpClientRaw::neverAnswersTimesOut()
{
    RawServer server([](QTcpSocket *, const QByteArray &) {}); // reads, never answers
    OtpClient client;
    QElapsedTimer timer;
    timer.start();
    const OtpResult result
        = waitFor(client.requestAt(server.url(), Key, Secret, u"0812345678"_s, withTimeout(1000)));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(result.outcome, Outcome::Timeout);
    QCOMPARE(result.reason, Reason::Timeout);
    QVERIFY2(elapsed >= 950 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QVERIFY2(result.summary().startsWith(u"Timeout after 1 s: 127.0.0.1:%1 accepted the request "
                                         "but did not answer"_s.arg(server.port())),
             qPrintable(result.summary()));
    QVERIFY(result.record.requestSentMs);
    QVERIFY(!result.record.hasResponse);
}

void TestOtpClientRaw::trickleTimesOutOnTheWholeCall()
{
    // A valid answer, one byte every 100 ms: an inactivity timeout would never fire.
    const QByteArray answer = httpResponse(
        "200 OK", R"({"status":"success","token":"0123456789abcdef","refno":"T3A57"})");
    RawServer server([answer](QTcpSocket *socket, const QByteArray &) {
        auto *timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, answer, position] {
            if (*position < answer.size())
                socket->write(answer.mid((*position)++, 1));
        });
        timer->start(100);
    });
    OtpClient client;
    QElapsedTimer timer;
    timer.start();
    const OtpResult result
        = waitFor(client.requestAt(server.url(), Key, Secret, u"0812345678"_s, withTimeout(1000)));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(result.outcome, Outcome::Timeout);
    // The whole answer would take about 10 s; the call ended at its 1 s limit.
    QVERIFY(answer.size() * 100 > 8000);
    QVERIFY2(elapsed < 4000, qPrintable(QString::number(elapsed)));
    QVERIFY2(result.summary().contains(u"Timeout after 1 s"_s), qPrintable(result.summary()));
}

void TestOtpClientRaw::redirectIsReportedNotFollowed()
{
    RawServer *self = nullptr;
    RawServer server([&self](QTcpSocket *socket, const QByteArray &) {
        const QByteArray location = self->url().toString().toUtf8() + "/moved/v2/otp/request";
        socket->write("HTTP/1.1 302 Found\r\nLocation: " + location
                      + "\r\nContent-Length: 0\r\n\r\n");
    });
    self = &server;
    OtpClient client;
    const OtpResult result = waitFor(client.requestAt(server.url(), Key, Secret, u"0812345678"_s));
    QTest::qWait(200); // room for a follow-up request that must not come
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(result.outcome, Outcome::InvalidResponse);
    QCOMPARE(result.reason, Reason::Redirect);
    QCOMPARE(result.httpStatus, 302);
    const QString location = server.url().toString() + u"/moved/v2/otp/request"_s;
    QCOMPARE(result.problem, location);
    QVERIFY2(result.summary().contains(u"HTTP 302 redirect to %1, not followed"_s.arg(location)),
             qPrintable(result.summary()));
    QCOMPARE(result.record.responseHeader("Location"), location.toUtf8());
}

void TestOtpClientRaw::tenMiBAnnouncedStopsAtOnce()
{
    const QByteArray body(10 * 1024 * 1024, 'x');
    RawServer server(replyWith(httpResponse("200 OK", body)));
    OtpClient client;
    const OtpResult result = waitFor(client.requestAt(server.url(), Key, Secret, u"0812345678"_s));
    QCOMPARE(result.outcome, Outcome::InvalidResponse);
    QCOMPARE(result.reason, Reason::TooLarge);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.record.responseTruncated);
    QVERIFY(result.record.responseBody.size() <= ExchangeRecord::MaxBodySize);
    QVERIFY2(result.summary().contains(u"larger than 1,024 KiB, so reading stopped"_s),
             qPrintable(result.summary()));
    QVERIFY(result.record.error.contains(u"larger than 1 MiB"_s));
}

void TestOtpClientRaw::tenMiBWithoutLengthStopsAtOneMiB()
{
    // No Content-Length: the body runs until the close, so only counting can stop it.
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Connection: close\r\n\r\n";
    RawServer server([head](QTcpSocket *socket, const QByteArray &) {
        socket->write(head);
        socket->write(QByteArray(10 * 1024 * 1024, 'y'));
        socket->disconnectFromHost();
    });
    OtpClient client;
    const OtpResult result = waitFor(client.requestAt(server.url(), Key, Secret, u"0812345678"_s));
    QCOMPARE(result.reason, Reason::TooLarge);
    QVERIFY(result.record.responseTruncated);
    QCOMPARE(result.record.responseBody.size(), ExchangeRecord::MaxBodySize);
    QVERIFY(result.record.responseBodySize > ExchangeRecord::MaxBodySize);
    // Reading stopped one byte past the cap, not at the end of the 10 MiB.
    QCOMPARE(result.record.responseBodySize, ExchangeRecord::MaxBodySize + 1);
    QCOMPARE(result.record.responseBody, QByteArray(ExchangeRecord::MaxBodySize, 'y'));
}

void TestOtpClientRaw::recordShowsExactlyWhatWasSent_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("version");
    QTest::newRow("v2 form") << int(BodyFormat::Form) << int(ApiVersion::V2);
    QTest::newRow("v1 json") << int(BodyFormat::Json) << int(ApiVersion::V1);
}

void TestOtpClientRaw::recordShowsExactlyWhatWasSent()
{
    QFETCH(int, format);
    QFETCH(int, version);
    RawServer server(replyWith(httpResponse("200 OK", R"({"status":"success","token":"t"})")));
    OtpClient client;
    OtpCallOptions options;
    options.bodyFormat = BodyFormat(format);
    options.version = ApiVersion(version);
    const OtpResult result
        = waitFor(client.requestAt(server.url(), Key, Secret, u"+66812345678"_s, options));
    QCOMPARE(result.outcome, Outcome::Success);

    // The request as it arrived, byte for byte, against the record.
    const QByteArray wire = server.requests().first();
    const qsizetype headerEnd = wire.indexOf("\r\n\r\n");
    QList<QByteArray> lines = wire.left(headerEnd).split('\n');
    const QByteArray requestLine = lines.takeFirst().trimmed();
    QCOMPARE(requestLine, "POST " + result.record.url.path().toUtf8() + " HTTP/1.1");
    QCOMPARE(result.record.url.path(), u"/%1/otp/request"_s.arg(enumId(options.version)));
    QList<ExchangeRecord::Header> sent;
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        sent << ExchangeRecord::Header{line.left(colon), line.mid(colon + 1).trimmed()};
    }
    QCOMPARE(result.record.requestHeaders, sent);
    QCOMPARE(result.record.requestHeader("User-Agent"), "OTP-Manager/" OTP_VERSION_STRING);
    QCOMPARE(result.record.requestHeader("Accept"), "application/json");

    const QByteArray body = wire.mid(headerEnd + 4);
    QCOMPARE(result.record.requestBodySize, body.size());
    if (BodyFormat(format) == BodyFormat::Form) {
        QCOMPARE(body,
                 "key=" + Key.toUtf8() + "&secret=" + Secret.toUtf8() + "&msisdn=%2B66812345678");
        QCOMPARE(result.record.requestBody,
                 "key=" + Key.toUtf8() + "&secret=" + SecretMasker::maskUtf8()
                     + "&msisdn=%2B66812345678");
        QCOMPARE(result.record.requestContentType(), "application/x-www-form-urlencoded");
    } else {
        QCOMPARE(body,
                 R"({"key":")" + Key.toUtf8() + R"(","secret":")" + Secret.toUtf8()
                     + R"(","msisdn":"+66812345678"})");
        QCOMPARE(result.record.requestBody,
                 R"({"key":")" + Key.toUtf8() + R"(","secret":")" + SecretMasker::maskUtf8()
                     + R"(","msisdn":"+66812345678"})");
        QCOMPARE(result.record.requestContentType(), "application/json");
    }
    QCOMPARE(result.record.responseBody, R"({"status":"success","token":"t"})"_ba);
    QCOMPARE(result.record.status, 200);
    QCOMPARE(result.record.reasonPhrase, "OK"_ba);
    QCOMPARE(result.record.httpVersion, u"HTTP/1.1"_s);
    QCOMPARE(result.record.responseHeader("content-length"), "32"_ba);
}

void TestOtpClientRaw::echoedSecretIsMaskedInTheRecord()
{
    // A mock that reflects the request (some do): the secret must not reach the record.
    RawServer server([](QTcpSocket *socket, const QByteArray &request) {
        const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
        socket->write("HTTP/1.1 400 Bad Request\r\nX-Echo: " + body
                      + "\r\nContent-Type: text/plain\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    OtpClient client;
    const OtpResult result = waitFor(client.requestAt(server.url(), Key, Secret, u"0812345678"_s));
    QCOMPARE(result.outcome, Outcome::InvalidResponse);
    QVERIFY(!result.record.toJsonBytes().contains(Secret.toUtf8()));
    QVERIFY(result.record.responseBody.contains(SecretMasker::maskUtf8()));
    QVERIFY(result.record.responseHeader("X-Echo").contains(SecretMasker::maskUtf8()));
    QVERIFY(!result.summary().contains(Secret));
}

void TestOtpClientRaw::phaseTimesAreInOrder()
{
    RawServer server([](QTcpSocket *socket, const QByteArray &) {
        // Headers at once, the body 200 ms later: "receive" is measurable.
        const QByteArray body = R"({"status":"success","token":"t","refno":"R"})";
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\n\r\n");
        socket->flush();
        QTimer::singleShot(200, socket, [socket, body] { socket->write(body); });
    });
    OtpClient client;
    const OtpResult result = waitFor(client.requestAt(server.url(), Key, Secret, u"0812345678"_s));
    const ExchangeRecord &record = result.record;
    QCOMPARE(result.outcome, Outcome::Success);
    QVERIFY(record.connectingMs && record.requestSentMs && record.headersReceivedMs
            && record.finishedMs);
    QVERIFY(!record.encryptedMs); // plain http
    QVERIFY(*record.connectingMs <= *record.requestSentMs);
    QVERIFY(*record.requestSentMs <= *record.headersReceivedMs);
    QVERIFY2(*record.finishedMs - *record.headersReceivedMs >= 150,
             qPrintable(QString::number(*record.finishedMs - *record.headersReceivedMs)));
    QCOMPARE(result.latencyMs(), record.finishedMs);
    QVERIFY(qAbs(record.startedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
}

void TestOtpClientRaw::cancelStopsTheCall()
{
    RawServer server([](QTcpSocket *, const QByteArray &) {});
    OtpClient client;
    OtpCall *call = client.requestAt(server.url(), Key, Secret, u"0812345678"_s);
    QPointer<OtpCall> guard(call);
    QSignalSpy finished(call, &OtpCall::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    call->cancel();
    QCOMPARE(finished.size(), 1); // at once
    const OtpResult result = finished.at(0).at(0).value<OtpResult>();
    QCOMPARE(result.outcome, Outcome::Cancelled);
    QVERIFY(result.summary().startsWith(u"Cancelled"_s));
    QTRY_VERIFY(guard.isNull()); // deletes itself after finishing
}

void TestOtpClientRaw::deletingACallAbortsItSilently()
{
    RawServer server([](QTcpSocket *, const QByteArray &) {});
    OtpClient client;
    OtpCall *call = client.requestAt(server.url(), Key, Secret, u"0812345678"_s);
    QSignalSpy finished(call, &OtpCall::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    delete call;
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0);
}

void TestOtpClientRaw::insecureUrlIsRefusedBeforeSending()
{
    OtpClient client;
    OtpAppConfig app;
    app.name = u"Staging"_s;
    app.environment = Environment::Custom;
    app.appKey = Key;
    app.baseUrl = QUrl(u"http://staging.example.com"_s);
    OtpCall *call = client.request(app, Secret, u"0812345678"_s);
    QSignalSpy finished(call, &OtpCall::finished);
    QCOMPARE(finished.size(), 0); // never from inside request()
    QVERIFY(finished.wait(5000));
    const OtpResult result = finished.at(0).at(0).value<OtpResult>();
    QCOMPARE(result.outcome, Outcome::TransportError);
    QCOMPARE(result.reason, Reason::RefusedUrl);
    QVERIFY2(result.summary().contains(u"would travel unencrypted"_s),
             qPrintable(result.summary()));
    QVERIFY(!result.record.requestSentMs);
    QVERIFY(!result.record.toJsonBytes().contains(Secret.toUtf8()));

    // A Sandbox app while the sandbox is not running.
    app.environment = Environment::Sandbox;
    const OtpResult sandbox = waitFor(client.request(app, Secret, u"0812345678"_s));
    QCOMPARE(sandbox.reason, Reason::RefusedUrl);
    QVERIFY(sandbox.summary().contains(u"sandbox is not running"_s));
}

void TestOtpClientRaw::tlsErrorIsReportedAndNeverIgnored()
{
    auto *sslServer = new QSslServer;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(QByteArray(TestCertificate::CertificatePem)));
    configuration.setPrivateKey(QSslKey(QByteArray(TestCertificate::PrivateKeyPem), QSsl::Rsa));
    QVERIFY(!configuration.localCertificate().isNull());
    QVERIFY(!configuration.privateKey().isNull());
    sslServer->setSslConfiguration(configuration);
    RawServer server(replyWith(httpResponse("200 OK", R"({"status":"success","token":"t"})")),
                     sslServer);

    OtpClient client;
    const QUrl url(u"https://127.0.0.1:%1"_s.arg(server.port()));
    const OtpResult result = waitFor(client.requestAt(url, Key, Secret, u"0812345678"_s));
    QCOMPARE(result.outcome, Outcome::TransportError);
    QCOMPARE(result.reason, Reason::TlsError);
    QCOMPARE(server.requests().size(), 0); // nothing was sent over the untrusted connection
    QVERIFY(!result.record.tlsErrors.isEmpty());
    const QString summary = result.summary();
    QVERIFY2(summary.startsWith(u"TLS problem with 127.0.0.1:%1: "_s.arg(server.port())),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"self signed"_s, Qt::CaseInsensitive)
                 || summary.contains(u"self-signed"_s, Qt::CaseInsensitive),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"otp-test.invalid"_s), qPrintable(summary)); // which certificate
    QVERIFY(!result.record.hasResponse);
}

void TestOtpClientRaw::callsRunConcurrently()
{
    // Ten calls against a server that answers each after 300 ms: together they take about
    // 300 ms (Qt opens up to six connections per host), not 3 s.
    RawServer server([](QTcpSocket *socket, const QByteArray &) {
        QTimer::singleShot(300, socket, [socket] {
            socket->write(httpResponse("200 OK", R"({"status":"success","token":"t"})"));
        });
    });
    OtpClient client;
    QList<OtpResult> results;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i) {
        OtpCall *call = client.requestAt(server.url(), Key, Secret, u"0812345678"_s);
        connect(call, &OtpCall::finished, this, [&results](const OtpResult &r) { results << r; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 10, 10000);
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    for (const OtpResult &result : std::as_const(results))
        QCOMPARE(result.outcome, Outcome::Success);
}

QTEST_GUILESS_MAIN(TestOtpClientRaw)
#include "tst_otpclientraw.moc"

#include "sandbox/SandboxRequestFraming.h"

#include <QTest>

using Problem = SandboxRequestFraming::Problem;
Q_DECLARE_METATYPE(SandboxRequestFraming::Problem)

namespace {

QByteArray post(const QByteArray &contentLength, const QByteArray &body = {})
{
    return "POST /v2/otp/request HTTP/1.1\r\nHost: x\r\nContent-Length: " + contentLength
        + "\r\n\r\n" + body;
}

QByteArray withHeaders(const QByteArray &headers)
{
    return "GET /health HTTP/1.1\r\n" + headers + "\r\n";
}

} // namespace

// Where requests begin and end on a connection, and which heads are refused, exactly as Qt
// HttpServer 6.4's parser frames them: the bytes come whole and one by one.
class TestSandboxRequestFraming : public QObject
{
    Q_OBJECT

private slots:
    void framesLikeQtsParser_data();
    void framesLikeQtsParser();
    void chunkedBodyEndsWhenTheParserSaysSo();
    void eachRequestIsCountedWhenItBegins();
};

void TestSandboxRequestFraming::framesLikeQtsParser_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<int>("completed");
    QTest::addColumn<bool>("inRequest");

    const QByteArray get = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
    QTest::newRow("GET") << get << Problem::None << 1 << false;
    QTest::newRow("LF only") << QByteArray("GET /health HTTP/1.1\nHost: x\n\n") << Problem::None
                             << 1 << false;
    QTest::newRow("no header at all")
        << QByteArray("GET / HTTP/1.1\r\n\r\n") << Problem::None << 1 << false;
    QTest::newRow("POST with body") << post("5", "key=a") << Problem::None << 1 << false;
    QTest::newRow("body not all there") << post("5", "key") << Problem::None << 0 << true;
    QTest::newRow("pipelined, line ends between")
        << get + "\r\n" + post("3", "a=b") + get << Problem::None << 3 << false;
    QTest::newRow("head cut off") << QByteArray("POST / HTTP/1.1\r\nHost") << Problem::None << 0
                                  << true;
    QTest::newRow("Content-Length 0") << post("0") << Problem::None << 1 << false;
    QTest::newRow("Content-Length with spaces")
        << post(" 3 ", "a=b") << Problem::None << 1 << false;
    QTest::newRow("Content-Length repeated, same")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\ncontent-length: 3\r\n\r\na=b")
        << Problem::None << 1 << false;
    QTest::newRow("at the body limit")
        << post("65536", QByteArray(65536, 'a')) << Problem::None << 1 << false;

    QTest::newRow("Content-Length -1") << post("-1") << Problem::BadContentLength << 0 << false;
    QTest::newRow("Content-Length abc") << post("abc") << Problem::BadContentLength << 0 << false;
    QTest::newRow("Content-Length 1e3") << post("1e3") << Problem::BadContentLength << 0 << false;
    QTest::newRow("Content-Length +5") << post("+5") << Problem::BadContentLength << 0 << false;
    QTest::newRow("Content-Length empty") << post("") << Problem::BadContentLength << 0 << false;
    QTest::newRow("Content-Length 2^32")
        << post("4294967296") << Problem::BadContentLength << 0 << false;
    QTest::newRow("Content-Length 20 digits")
        << post("99999999999999999999") << Problem::BadContentLength << 0 << false;
    QTest::newRow("Content-Length list") << post("3, 3") << Problem::BadContentLength << 0 << false;
    QTest::newRow("Content-Length repeated, different")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\na=b")
        << Problem::BadContentLength << 0 << false;
    QTest::newRow("Content-Length 10 MiB")
        << post("10485760") << Problem::BodyTooLarge << 0 << false;
    QTest::newRow("Content-Length 2^32 - 1")
        << post("4294967295") << Problem::BodyTooLarge << 0 << false;
    QTest::newRow("over the body limit by one")
        << post("65537") << Problem::BodyTooLarge << 0 << false;

    const QByteArray longPath = "/" + QByteArray(SandboxRequestFraming::MaxRequestLineBytes, 'a');
    QTest::newRow("URL of 8 KiB") << "GET " + longPath + " HTTP/1.1\r\n\r\n"
                                  << Problem::UriTooLong << 0 << false;
    QTest::newRow("URL of 80 KiB, no line end yet")
        << "GET /" + QByteArray(80 * 1024, 'a') << Problem::UriTooLong << 0 << false;
    QTest::newRow("header section of 80 KiB")
        << withHeaders("X-A: " + QByteArray(80 * 1024, 'a') + "\r\n") << Problem::HeadersTooLarge
        << 0 << false;
    QTest::newRow("one field over 8 KiB")
        << withHeaders("X-A: " + QByteArray(8 * 1024, 'a') + "\r\n") << Problem::HeadersTooLarge
        << 0 << false;
    QByteArray fields;
    for (int i = 0; i <= SandboxRequestFraming::MaxFields; ++i)
        fields += "X-" + QByteArray::number(i) + ": a\r\n";
    QTest::newRow("101 fields") << withHeaders(fields) << Problem::HeadersTooLarge << 0 << false;
    QTest::newRow("100 fields") << withHeaders(fields.left(fields.lastIndexOf("X-")))
                                << Problem::None << 1 << false;
    QTest::newRow("a line without a colon")
        << withHeaders("Host x\r\n") << Problem::MalformedHead << 0 << false;
    QTest::newRow("a space in a field name")
        << withHeaders("Content Length: 3\r\n") << Problem::MalformedHead << 0 << false;
    QTest::newRow("continuation line is part of the field")
        << withHeaders("X-A: a\r\n b\r\n") << Problem::None << 1 << false;
}

void TestSandboxRequestFraming::framesLikeQtsParser()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Problem, problem);
    QFETCH(int, completed);
    QFETCH(bool, inRequest);

    SandboxRequestFraming whole;
    QCOMPARE(whole.feed(bytes), problem);
    QCOMPARE(whole.completedRequests(), quint64(completed));
    QCOMPARE(whole.inRequest(), inRequest);

    SandboxRequestFraming byteByByte;
    for (const char c : bytes)
        byteByByte.feed(QByteArrayView(&c, 1));
    QCOMPARE(byteByByte.problem(), problem);
    QCOMPARE(byteByByte.completedRequests(), quint64(completed));
}

void TestSandboxRequestFraming::chunkedBodyEndsWhenTheParserSaysSo()
{
    SandboxRequestFraming framing;
    framing.feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 99\r\n\r\n"
                 "3\r\na=b\r\n0\r\n\r\n");
    QCOMPARE(framing.problem(), Problem::None); // chunked wins over Content-Length, as in Qt
    QVERIFY(framing.inChunkedBody());
    QCOMPARE(framing.completedRequests(), quint64(0));
    framing.restart();
    QCOMPARE(framing.completedRequests(), quint64(1));
    QCOMPARE(framing.feed(post("abc")), Problem::BadContentLength);

    // A broken Content-Length is refused even beside a chunked Transfer-Encoding.
    SandboxRequestFraming both;
    QCOMPARE(both.feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: abc\r\n"
                       "\r\n"),
             Problem::BadContentLength);

    SandboxRequestFraming endless;
    endless.feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    QCOMPARE(endless.feed(QByteArray(SandboxRequestFraming::MaxBodyBytes
                                         + SandboxRequestFraming::MaxChunkFramingBytes + 1,
                                     'a')),
             Problem::BodyTooLarge);
}

void TestSandboxRequestFraming::eachRequestIsCountedWhenItBegins()
{
    SandboxRequestFraming framing;
    QVERIFY(!framing.inRequest());
    framing.feed("\r\n");
    QCOMPARE(framing.begunRequests(), quint64(1));
    QVERIFY(framing.inRequest());
    QVERIFY(framing.onlyBlankSoFar());
    framing.feed("GET /v1/otp/verify?x=1 HTTP/1.1\r\n");
    QVERIFY(!framing.onlyBlankSoFar());
    QCOMPARE(framing.target(), QByteArray("/v1/otp/verify?x=1"));
    framing.feed("\r\nG");
    QCOMPARE(framing.completedRequests(), quint64(1));
    QCOMPARE(framing.begunRequests(), quint64(2));
    QVERIFY(framing.inRequest());
}

QTEST_GUILESS_MAIN(TestSandboxRequestFraming)
#include "tst_sandboxrequestframing.moc"

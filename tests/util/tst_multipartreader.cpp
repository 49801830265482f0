// multipart/form-data as the sandbox server accepts it and the secret masker finds the parts:
// every framing the server takes, and what is still found in a body it rejects.
#include "util/MultipartReader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMultipartReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
};

void TestMultipartReader::read_data()
{
    QTest::addColumn<QByteArray>("boundary");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("parts"); // name=content
    QTest::addColumn<bool>("wellFormed");
    const QByteArray b = "XyZ";
    QTest::newRow("php curl")
        << b
        << "--XyZ\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\n1\r\n"
           "--XyZ\r\nContent-Disposition: form-data; name=\"secret\"\r\n\r\n"
           "s3\r\n--XyZ--\r\n"_ba
        << QStringList{u"key=1"_s, u"secret=s3"_s} << true;
    QTest::newRow("bare LF, unquoted name")
        << b << "--XyZ\ncontent-disposition: form-data; name=secret\n\nabc\n--XyZ--\n"_ba
        << QStringList{u"secret=abc"_s} << true;
    QTest::newRow("headers in LF, empty line in CRLF")
        << b << "--XyZ\nContent-Disposition: form-data; name=secret\n\r\nabc\r\n--XyZ--"_ba
        << QStringList{u"secret=abc"_s} << true;
    QTest::newRow("header name in capitals, other headers")
        << b
        << "--XyZ\r\nContent-Type: text/plain\r\nCONTENT-DISPOSITION: FORM-DATA; "
           "NAME=\"secret\"\r\nX-A: b\r\n\r\nabc\r\n--XyZ--"_ba
        << QStringList{u"secret=abc"_s} << true;
    QTest::newRow("preamble, padding, epilogue")
        << b
        << "preamble\r\n--XyZ \t\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n"
           "--XyZ--\r\nepilogue --XyZ"_ba
        << QStringList{u"a=1"_s} << true;
    QTest::newRow("content with line breaks and dashes")
        << b
        << "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--\r\n-XyZ\r\n--XyZ--"_ba
        << QStringList{u"a=1\r\n--\r\n-XyZ"_s} << true;
    QTest::newRow("empty content")
        << b << "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n\r\n--XyZ--"_ba
        << QStringList{u"a="_s} << true;
    QTest::newRow("delimiter right after the empty line")
        << b << "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n--XyZ--"_ba
        << QStringList{u"a="_s} << true;
    QTest::newRow("a delimiter inside a line is preamble")
        << b << "x--XyZ\r\n\r\n1\r\n--XyZ--"_ba << QStringList() << true;
    QTest::newRow("closed at once") << b << "--XyZ--"_ba << QStringList() << true;

    // Rejected by the server; what the masker still finds.
    QTest::newRow("cut off: the part runs to the end")
        << b << "--XyZ\r\nContent-Disposition: form-data; name=secret\r\n\r\nabc"_ba
        << QStringList{u"secret=abc"_s} << false;
    QTest::newRow("junk after a delimiter: on at the next one")
        << b
        << "--XyZjunk\r\n\r\n1\r\n--XyZ\r\nContent-Disposition: form-data; name=secret\r\n\r\n"
           "abc\r\n--XyZ--"_ba
        << QStringList{u"secret=abc"_s} << false;
    QTest::newRow("part without a name")
        << b
        << "--XyZ\r\nContent-Disposition: form-data\r\n\r\n1\r\n--XyZ\r\nContent-Disposition: "
           "form-data; name=secret\r\n\r\nabc\r\n--XyZ--"_ba
        << QStringList{u"=1"_s, u"secret=abc"_s} << false;
    QTest::newRow("headers never end")
        << b << "--XyZ\r\nContent-Disposition: form-data; name=secret"_ba << QStringList() << false;
    QTest::newRow("no delimiter") << b << "secret=abc"_ba << QStringList() << false;
    QTest::newRow("no boundary") << QByteArray() << "--\r\n\r\n1\r\n----"_ba << QStringList()
                                 << false;
    QTest::newRow("boundary over 70")
        << QByteArray(71, 'b') << "--" + QByteArray(71, 'b') + "--" << QStringList() << false;
    QTest::newRow("only a delimiter") << b << "--XyZ"_ba << QStringList() << false;
}

void TestMultipartReader::read()
{
    QFETCH(QByteArray, boundary);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, parts);
    QFETCH(bool, wellFormed);
    const MultipartReader::Parts read = MultipartReader::read(body, boundary);
    QStringList found;
    for (const MultipartReader::Part &part : read.parts) {
        QVERIFY(part.contentStart <= part.contentEnd);
        QVERIFY(part.contentEnd <= body.size());
        found << QString::fromUtf8(
            part.name + '=' + body.sliced(part.contentStart, part.contentEnd - part.contentStart));
    }
    QCOMPARE(found, parts);
    QCOMPARE(read.wellFormed, wellFormed);
}

QTEST_GUILESS_MAIN(TestMultipartReader)
#include "tst_multipartreader.moc"

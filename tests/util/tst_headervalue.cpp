// Content-Type and Content-Disposition as the sandbox server and the secret masker both read
// them: a boundary or a part name read differently would let a secret slip past the masker.
#include "util/HeaderValue.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestHeaderValue : public QObject
{
    Q_OBJECT

private slots:
    void mediaType_data();
    void mediaType();
    void parameter_data();
    void parameter();
};

void TestHeaderValue::mediaType_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("mediaType");
    QTest::newRow("plain") << "application/json"_ba
                           << "application/json"_ba;
    QTest::newRow("spaces and case") << "  Multipart/Form-Data ;  Boundary = abc "_ba
                                     << "multipart/form-data"_ba;
    QTest::newRow("tab") << "\tapplication/json\t; charset=utf-8"_ba
                         << "application/json"_ba;
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("parameters only") << "; boundary=x"_ba << QByteArray();
}

void TestHeaderValue::mediaType()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, mediaType);
    QCOMPARE(HeaderValue::mediaType(header), mediaType);
}

void TestHeaderValue::parameter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    const QByteArray boundary = "boundary";
    QTest::newRow("token") << "multipart/form-data; boundary=abc"_ba << boundary << "abc"_ba;
    QTest::newRow("spaces and case")
        << "  Multipart/Form-Data ;  Boundary = abc "_ba << boundary << "abc"_ba;
    QTest::newRow("quoted with ';' and space")
        << "multipart/form-data; charset=x; boundary=\"a;b c\""_ba << boundary << "a;b c"_ba;
    QTest::newRow("quoted-pair") << R"(form-data; name="a\"b\\c\d")"_ba
                                 << "name"_ba
                                 << R"(a"b\cd)"_ba;
    QTest::newRow("escaped letters") << R"(form-data; name="s\e\c\r\e\t")"_ba
                                     << "name"_ba
                                     << "secret"_ba;
    QTest::newRow("the name inside another quoted value is not a parameter")
        << R"(form-data; filename="x; name=evil"; name="secret")"_ba
        << "name"_ba
        << "secret"_ba;
    QTest::newRow("a parameter without '=' is skipped") << "form-data; flag; name=secret"_ba
                                                        << "name"_ba
                                                        << "secret"_ba;
    QTest::newRow("first of two wins") << "form-data; name=a; name=b"_ba
                                       << "name"_ba
                                       << "a"_ba;
    QTest::newRow("upper-case name") << "FORM-DATA; NAME=\"secret\""_ba
                                     << "name"_ba
                                     << "secret"_ba;
    QTest::newRow("junk after the closing quote") << "form-data; name=\"a\"junk; x=1"_ba
                                                  << "name"_ba
                                                  << "a"_ba;
    QTest::newRow("unterminated quote runs to the end") << "form-data; name=\"a;b"_ba
                                                        << "name"_ba
                                                        << "a;b"_ba;
    QTest::newRow("quote inside a token") << "form-data; name=se\"cret"_ba
                                          << "name"_ba
                                          << "se\"cret"_ba;
    QTest::newRow("empty quoted") << "form-data; name=\"\""_ba
                                  << "name"_ba << QByteArray();
    QTest::newRow("nothing after '='") << "form-data; name="_ba
                                       << "name"_ba << QByteArray();
    QTest::newRow("other parameters only")
        << "multipart/form-data; charset=utf-8"_ba << boundary << QByteArray();
    QTest::newRow("a similar name") << "form-data; filename=x"_ba
                                    << "name"_ba << QByteArray();
    QTest::newRow("no parameters") << "form-data"_ba
                                   << "name"_ba << QByteArray();
    QTest::newRow("empty") << QByteArray() << boundary << QByteArray();
}

void TestHeaderValue::parameter()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QCOMPARE(HeaderValue::parameter(header, name), value);
}

QTEST_GUILESS_MAIN(TestHeaderValue)
#include "tst_headervalue.moc"

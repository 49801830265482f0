#include "sandbox/SandboxRequestParser.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Parser = SandboxRequestParser;
using Fields = QHash<QString, QString>;

Q_DECLARE_METATYPE(SandboxRequestParser::BodyProblem)

// The three body encodings real clients use, and what counts as malformed in each.
class TestSandboxRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void phpCurlMultipart();
    void jsonFieldTypes();
};

void TestSandboxRequestParser::parse_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<Parser::BodyProblem>("problem");

    const auto ok = Parser::BodyProblem::None;
    const QByteArray form = "application/x-www-form-urlencoded";

    QTest::newRow("form") << form << QByteArray("key=a&secret=b&msisdn=0812345678")
                          << Fields{{u"key"_s, u"a"_s},
                                    {u"secret"_s, u"b"_s},
                                    {u"msisdn"_s, u"0812345678"_s}}
                          << ok;
    QTest::newRow("form escapes") << form << QByteArray("msisdn=%2B66+81+234+5678&t=%E0%B8%81")
                                  << Fields{{u"msisdn"_s, u"+66 81 234 5678"_s}, {u"t"_s, u"ก"_s}}
                                  << ok;
    QTest::newRow("form repeated: last wins")
        << form << QByteArray("key=a&key=b") << Fields{{u"key"_s, u"b"_s}} << ok;
    QTest::newRow("form empty pairs and bare name")
        << form << QByteArray("&&key&pin=1&") << Fields{{u"key"_s, QString()}, {u"pin"_s, u"1"_s}}
        << ok;
    QTest::newRow("form charset parameter")
        << QByteArray("Application/X-WWW-Form-Urlencoded; charset=UTF-8") << QByteArray("a=1")
        << Fields{{u"a"_s, u"1"_s}} << ok;
    QTest::newRow("form broken escape")
        << form << QByteArray("a=%4") << Fields{} << Parser::BodyProblem::MalformedForm;
    QTest::newRow("form bad hex") << form << QByteArray("a=%g1") << Fields{}
                                  << Parser::BodyProblem::MalformedForm;
    QTest::newRow("form not UTF-8")
        << form << QByteArray("a=%C3%28") << Fields{} << Parser::BodyProblem::MalformedForm;

    QTest::newRow("json") << QByteArray("application/json")
                          << QByteArray(R"({"key":"a","pin":"0123"})")
                          << Fields{{u"key"_s, u"a"_s}, {u"pin"_s, u"0123"_s}} << ok;
    QTest::newRow("json with charset")
        << QByteArray("application/json; charset=utf-8") << QByteArray(R"( {"key" : "ก"} )")
        << Fields{{u"key"_s, u"ก"_s}} << ok;
    QTest::newRow("json vendor type")
        << QByteArray("application/vnd.api+json") << QByteArray(R"({"key":"a"})")
        << Fields{{u"key"_s, u"a"_s}} << ok;
    QTest::newRow("json truncated") << QByteArray("application/json") << QByteArray(R"({"key":)")
                                    << Fields{} << Parser::BodyProblem::MalformedJson;
    QTest::newRow("json empty") << QByteArray("application/json") << QByteArray() << Fields{}
                                << Parser::BodyProblem::MalformedJson;
    QTest::newRow("json string root") << QByteArray("application/json") << QByteArray(R"("key")")
                                      << Fields{} << Parser::BodyProblem::MalformedJson;

    QTest::newRow("no type, form body")
        << QByteArray() << QByteArray("a=1") << Fields{{u"a"_s, u"1"_s}} << ok;
    QTest::newRow("no type, JSON body")
        << QByteArray() << QByteArray(R"(  {"a":"1"})") << Fields{{u"a"_s, u"1"_s}} << ok;
    QTest::newRow("no type, no body") << QByteArray() << QByteArray() << Fields{} << ok;
    QTest::newRow("text/plain") << QByteArray("text/plain") << QByteArray("a=1") << Fields{}
                                << Parser::BodyProblem::UnsupportedContentType;
    QTest::newRow("xml") << QByteArray("application/xml") << QByteArray("<a/>") << Fields{}
                         << Parser::BodyProblem::UnsupportedContentType;

    const QByteArray multipart = "multipart/form-data; boundary=XyZ";
    QTest::newRow("multipart LF only")
        << multipart
        << QByteArray("--XyZ\nContent-Disposition: form-data; name=\"a\"\n\n1\n--XyZ--\n")
        << Fields{{u"a"_s, u"1"_s}} << ok;
    QTest::newRow("multipart preamble, epilogue, empty value, quoted name")
        << QByteArray("multipart/form-data; boundary=\"XyZ\"")
        << QByteArray(
               "preamble\r\n--XyZ\r\ncontent-disposition: form-data; name=\"a\\\"b\"\r\n\r\n\r\n"
               "--XyZ\r\nContent-Disposition: form-data; name=pin\r\nContent-Type: "
               "text/plain\r\n\r\n"
               "12\r\n34\r\n--XyZ--\r\nepilogue")
        << Fields{{u"a\"b"_s, QString()}, {u"pin"_s, u"12\r\n34"_s}} << ok;
    QTest::newRow("multipart file part")
        << multipart
        << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"f\"; "
                      "filename=\"a;b.txt\"\r\n\r\nhello\r\n--XyZ--\r\n")
        << Fields{{u"f"_s, u"hello"_s}} << ok;
    QTest::newRow("multipart name after a quoted ';' and a bare parameter")
        << multipart
        << QByteArray("--XyZ\r\nContent-Disposition: form-data; filename=\"x; name=y\"; flag; "
                      "NAME=\"s\\ecret\"\r\n\r\n1\r\n--XyZ--\r\n")
        << Fields{{u"secret"_s, u"1"_s}} << ok;
    QTest::newRow("multipart headers end in LF, empty line in CRLF")
        << multipart
        << QByteArray("--XyZ\nContent-Disposition: form-data; name=a\n\r\n1\r\n--XyZ--")
        << Fields{{u"a"_s, u"1"_s}} << ok;
    QTest::newRow("multipart boundary quoted with ';'")
        << QByteArray("multipart/form-data; charset=\"x;boundary=no\"; boundary=\"a;b\"")
        << QByteArray("--a;b\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--a;b--")
        << Fields{{u"a"_s, u"1"_s}} << ok;
    QTest::newRow("multipart part without name")
        << multipart
        << QByteArray("--XyZ\r\nContent-Disposition: form-data\r\n\r\n1\r\n--XyZ--\r\n") << Fields{}
        << Parser::BodyProblem::MalformedMultipart;
    QTest::newRow("multipart no delimiter")
        << multipart << QByteArray("a=1") << Fields{} << Parser::BodyProblem::MalformedMultipart;
    QTest::newRow("multipart headers never end")
        << multipart << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"a\"")
        << Fields{} << Parser::BodyProblem::MalformedMultipart;
    QTest::newRow("multipart garbage after delimiter")
        << multipart << QByteArray("--XyZjunk\r\n\r\n1\r\n--XyZ--") << Fields{}
        << Parser::BodyProblem::MalformedMultipart;
    // Every value exactly as sent: a byte order mark in front is part of it (Qt's UTF-8 and JSON
    // decoding alone would drop it), in every body format, names included.
    const QByteArray bom = "\xef\xbb\xbf";
    QTest::newRow("form, escaped BOM")
        << form << QByteArray("secret=%EF%BB%BFb&%EF%BB%BFkey=a")
        << Fields{{u"secret"_s, u"\ufeffb"_s}, {u"\ufeffkey"_s, u"a"_s}} << ok;
    QTest::newRow("form, raw BOM")
        << form << "secret=" + bom + "b" << Fields{{u"secret"_s, u"\ufeffb"_s}} << ok;
    QTest::newRow("json, raw BOM")
        << QByteArray("application/json")
        << "{\"secret\":\"" + bom + "b\",\"" + bom + "key\":\"a\"}"
        << Fields{{u"secret"_s, u"\ufeffb"_s}, {u"\ufeffkey"_s, u"a"_s}} << ok;
    QTest::newRow("json, escaped BOM")
        << QByteArray("application/json") << QByteArray(R"({"secret":"\ufeffb"})")
        << Fields{{u"secret"_s, u"\ufeffb"_s}} << ok;
    QTest::newRow("multipart, BOM")
        << QByteArray("multipart/form-data; boundary=B")
        << "--B\r\nContent-Disposition: form-data; name=secret\r\n\r\n" + bom
            + "b\r\n--B\r\nContent-Disposition: form-data; name=\"" + bom
            + "key\"\r\n\r\na\r\n--B--"
        << Fields{{u"secret"_s, u"\ufeffb"_s}, {u"\ufeffkey"_s, u"a"_s}} << ok;
    QTest::newRow("multipart boundary too long")
        << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'b')) << QByteArray("x")
        << Fields{} << Parser::BodyProblem::MalformedMultipart;
}

void TestSandboxRequestParser::parse()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Fields, fields);
    QFETCH(Parser::BodyProblem, problem);

    const Parser::ParsedBody result = Parser::parse(contentType, body);
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.fields, fields);
    QVERIFY(result.invalidFields.isEmpty());
}

void TestSandboxRequestParser::phpCurlMultipart()
{
    // Captured shape of PHP 8 / libcurl 7.88: curl_setopt($ch, CURLOPT_POSTFIELDS,
    // ['key' => ..., 'secret' => ..., 'msisdn' => ...]).
    const QByteArray contentType
        = "multipart/form-data; boundary=------------------------0b6e1a8a4f2f7c3d";
    const QByteArray body = "--------------------------0b6e1a8a4f2f7c3d\r\n"
                            "Content-Disposition: form-data; name=\"key\"\r\n"
                            "\r\n"
                            "1234567890123456\r\n"
                            "--------------------------0b6e1a8a4f2f7c3d\r\n"
                            "Content-Disposition: form-data; name=\"secret\"\r\n"
                            "\r\n"
                            "0123456789abcdef0123456789abcdef\r\n"
                            "--------------------------0b6e1a8a4f2f7c3d\r\n"
                            "Content-Disposition: form-data; name=\"msisdn\"\r\n"
                            "\r\n"
                            "0812345678\r\n"
                            "--------------------------0b6e1a8a4f2f7c3d--\r\n";
    const Parser::ParsedBody result = Parser::parse(contentType, body);
    QVERIFY(result.ok());
    QCOMPARE(result.fields,
             (Fields{{u"key"_s, u"1234567890123456"_s},
                     {u"secret"_s, u"0123456789abcdef0123456789abcdef"_s},
                     {u"msisdn"_s, u"0812345678"_s}}));
}

void TestSandboxRequestParser::jsonFieldTypes()
{
    const Parser::ParsedBody result = Parser::parseJson(
        R"({"msisdn":66812345678,"pin":123456,"f":1.5,"big":1e300,"b":true,"a":[1],"o":{},"n":null,"s":"x"})");
    QVERIFY(result.ok());
    QCOMPARE(result.fields,
             (Fields{{u"msisdn"_s, u"66812345678"_s}, {u"pin"_s, u"123456"_s}, {u"s"_s, u"x"_s}}));
    QCOMPARE(result.invalidFields, (QSet<QString>{u"f"_s, u"big"_s, u"b"_s, u"a"_s, u"o"_s}));
}

QTEST_GUILESS_MAIN(TestSandboxRequestParser)
#include "tst_sandboxrequestparser.moc"

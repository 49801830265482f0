#include "api/SecretMasker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Secret = u"0123456789abcdef0123456789abcdef"_s;
const QByteArray Mask = u"••••••••"_s.toUtf8();

} // namespace

class TestSecretMasker : public QObject
{
    Q_OBJECT

private slots:
    void maskIsEightBullets();
    void form_data();
    void form();
    void json_data();
    void json();
    void multipart_data();
    void multipart();
    void bodyByContentType_data();
    void bodyByContentType();
    void occurrencesInEveryEncoding_data();
    void occurrencesInEveryEncoding();
    void shortSecretsAreLeftToTheFieldRules();
    void hostileInputNeverCrashes_data();
    void hostileInputNeverCrashes();
};

void TestSecretMasker::maskIsEightBullets()
{
    QCOMPARE(SecretMasker::mask().size(), 8);
    QCOMPARE(SecretMasker::mask(), QString(8, QChar(0x2022)));
    QCOMPARE(SecretMasker::maskUtf8(), Mask);
}

void TestSecretMasker::form_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("middle") << "key=1234&secret=abc%2Bdef&msisdn=%2B66812345678"_ba
                            << "key=1234&secret=" + Mask + "&msisdn=%2B66812345678";
    QTest::newRow("first") << "secret=s3cr3t&key=1"_ba
                           << "secret=" + Mask + "&key=1";
    QTest::newRow("last") << "key=1&secret=s3cr3t"_ba
                          << "key=1&secret=" + Mask;
    QTest::newRow("empty value") << "key=1&secret=&pin=1"_ba
                                 << "key=1&secret=" + Mask + "&pin=1";
    QTest::newRow("no value") << "key=1&secret"_ba
                              << "key=1&secret=" + Mask;
    QTest::newRow("escaped name") << "key=1&s%65cret=x"_ba
                                  << "key=1&s%65cret=" + Mask;
    QTest::newRow("upper case name") << "SECRET=x"_ba
                                     << "SECRET=" + Mask;
    QTest::newRow("twice") << "secret=a&secret=b"_ba
                           << "secret=" + Mask + "&secret=" + Mask;
    QTest::newRow("similar names stay") << "secretary=x&my_secret=y"_ba
                                        << "secretary=x&my_secret=y"_ba;
    QTest::newRow("no secret") << "key=1&msisdn=0812345678"_ba
                               << "key=1&msisdn=0812345678"_ba;
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestSecretMasker::form()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(SecretMasker::maskForm(body), expected);
}

void TestSecretMasker::json_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("compact") << R"({"key":"1","secret":"abc","msisdn":"+66812345678"})"_ba
                             << R"({"key":"1","secret":")" + Mask + R"(","msisdn":"+66812345678"})";
    QTest::newRow("spaces kept") << "{ \"secret\" :\n \"a\\\"b\" , \"pin\": \"1\" }"_ba
                                 << "{ \"secret\" :\n \"" + Mask + "\" , \"pin\": \"1\" }";
    QTest::newRow("nested") << R"({"auth":{"secret":"abc"},"list":[{"secret":"d"}]})"_ba
                            << R"({"auth":{"secret":")" + Mask + R"("},"list":[{"secret":")" + Mask
            + R"("}]})";
    QTest::newRow("number value") << R"({"secret":12345,"key":"1"})"_ba
                                  << R"({"secret":")" + Mask + R"(","key":"1"})";
    QTest::newRow("escaped key") << R"({"secr\u0065t":"abc"})"_ba
                                 << R"({"secr\u0065t":")" + Mask + R"("})";
    QTest::newRow("value named secret stays") << R"({"name":"secret","x":"secret"})"_ba
                                              << R"({"name":"secret","x":"secret"})"_ba;
    QTest::newRow("object value scanned") << R"({"secret":{"secret":"x"}})"_ba
                                          << R"({"secret":{"secret":")" + Mask + R"("}})";
    QTest::newRow("truncated value") << R"({"secret":"abc)"_ba
                                     << R"({"secret":")" + Mask + "\"";
    QTest::newRow("not json") << "secret=abc"_ba
                              << "secret=abc"_ba;
}

void TestSecretMasker::json()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(SecretMasker::maskJson(body), expected);
}

void TestSecretMasker::multipart_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray part = "--XyZ\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\n1234\r\n"
                            "--XyZ\r\nContent-Disposition: form-data; name=\"secret\"\r\n\r\n";
    const QByteArray tail = "\r\n--XyZ\r\nContent-Disposition: form-data; "
                            "name=\"msisdn\"\r\n\r\n0812345678\r\n--XyZ--\r\n";
    QTest::newRow("php curl") << part + "0123456789abcdef" + tail << part + Mask + tail;
    QTest::newRow("empty secret") << part + tail << part + Mask + tail;
    const QByteArray lf = "--XyZ\nContent-Disposition: form-data; name=secret\n\nabc\n--XyZ--\n";
    QTest::newRow("bare LF, unquoted name")
        << lf << "--XyZ\nContent-Disposition: form-data; name=secret\n\n" + Mask + "\n--XyZ--\n";
    const QByteArray cut = "--XyZ\r\nContent-Disposition: form-data; name=\"secret\"\r\n\r\nabc";
    QTest::newRow("cut off") << cut
                             << "--XyZ\r\nContent-Disposition: form-data; name=\"secret\"\r\n\r\n"
            + Mask;
    QTest::newRow("no secret part") << "--XyZ\r\nContent-Disposition: form-data; "
                                       "name=\"key\"\r\n\r\n1\r\n--XyZ--\r\n"_ba
                                    << "--XyZ\r\nContent-Disposition: form-data; "
                                       "name=\"key\"\r\n\r\n1\r\n--XyZ--\r\n"_ba;
}

void TestSecretMasker::multipart()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(SecretMasker::maskMultipart(body, "XyZ"), expected);
}

void TestSecretMasker::bodyByContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("form") << "application/x-www-form-urlencoded"_ba
                          << "secret=abc"_ba
                          << "secret=" + Mask;
    QTest::newRow("form with charset") << "Application/X-WWW-Form-Urlencoded; charset=UTF-8"_ba
                                       << "secret=abc"_ba
                                       << "secret=" + Mask;
    QTest::newRow("json") << "application/json"_ba
                          << R"({"secret":"abc"})"_ba
                          << R"({"secret":")" + Mask + "\"}";
    QTest::newRow("multipart") << "multipart/form-data; boundary=\"b1\""_ba
                               << "--b1\r\nContent-Disposition: form-data; "
                                  "name=\"secret\"\r\n\r\nabc\r\n--b1--\r\n"_ba
                               << "--b1\r\nContent-Disposition: form-data; name=\"secret\"\r\n\r\n"
            + Mask + "\r\n--b1--\r\n";
    QTest::newRow("unknown type, json body") << "text/plain"_ba
                                             << R"({"secret":"abc"})"_ba
                                             << R"({"secret":")" + Mask + "\"}";
    QTest::newRow("no type, form body") << QByteArray() << "key=1&secret=abc"_ba
                                        << "key=1&secret=" + Mask;
}

void TestSecretMasker::bodyByContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(SecretMasker::maskBody(body, contentType), expected);
}

void TestSecretMasker::occurrencesInEveryEncoding_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("raw") << Secret << "echo: " + Secret.toUtf8() + " end"
                         << "echo: " + Mask + " end";
    QTest::newRow("percent") << u"a+b/c d"_s << "x=a%2Bb%2Fc%20d"_ba
                             << "x=" + Mask;
    QTest::newRow("form space") << u"a+b/c d"_s << "x=a%2Bb%2Fc+d"_ba
                                << "x=" + Mask;
    QTest::newRow("json escaped") << u"qu\"ote\\d"_s << R"({"echo":"qu\"ote\\d"})"_ba
                                  << R"({"echo":")" + Mask + "\"}";
    QTest::newRow("thai") << u"รหัสลับ"_s << u"รหัสลับ"_s.toUtf8() << Mask;
    QTest::newRow("several") << Secret << Secret.toUtf8() + "|" + Secret.toUtf8()
                             << Mask + "|" + Mask;
}

void TestSecretMasker::occurrencesInEveryEncoding()
{
    QFETCH(QString, secret);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(SecretMasker::maskOccurrences(data, secret), expected);
    QCOMPARE(SecretMasker::maskOccurrences(QString::fromUtf8(data), secret),
             QString::fromUtf8(expected));
    // Field masking then occurrences: the secret is gone from a body of any format.
    QVERIFY(!SecretMasker::maskBody(data, "text/plain", secret).contains(secret.toUtf8()));
}

void TestSecretMasker::shortSecretsAreLeftToTheFieldRules()
{
    QCOMPARE(SecretMasker::maskOccurrences("banana"_ba, u"an"_s), "banana"_ba);
    QCOMPARE(SecretMasker::maskBody("k=banana&secret=an"_ba, "application/x-www-form-urlencoded",
                                    u"an"_s),
             "k=banana&secret=" + Mask);
    QCOMPARE(SecretMasker::maskOccurrences("x"_ba, QString()), "x"_ba);
}

void TestSecretMasker::hostileInputNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("lone quote") << "\""_ba;
    QTest::newRow("key at end") << "{\"secret\""_ba;
    QTest::newRow("colon at end") << "{\"secret\":"_ba;
    QTest::newRow("space at end") << "{\"secret\":   "_ba;
    QTest::newRow("backslash at end") << "{\"secret\":\"\\"_ba;
    QTest::newRow("only boundary") << "--XyZ"_ba;
    QTest::newRow("boundary and dashes") << "--XyZ--"_ba;
    QTest::newRow("binary") << QByteArray("\0\xff\xfe\"secret\":\"\x80\"", 16);
    QTest::newRow("deep") << QByteArray(100000, '[');
    QTest::newRow("many ampersands") << QByteArray(100000, '&');
}

void TestSecretMasker::hostileInputNeverCrashes()
{
    QFETCH(QByteArray, body);
    for (const QByteArray &type : {"application/json"_ba, "application/x-www-form-urlencoded"_ba,
                                   "multipart/form-data; boundary=XyZ"_ba, QByteArray()}) {
        const QByteArray masked = SecretMasker::maskBody(body, type, Secret);
        QVERIFY(masked.size() <= body.size() + 4 * Mask.size());
    }
}

QTEST_GUILESS_MAIN(TestSecretMasker)
#include "tst_secretmasker.moc"

// JsonText is the one JSON string escaper: hand-built bodies (the sandbox's answers, the
// client's JSON requests, otpctl's event lines, the error catalog's examples) must be byte for
// byte what QJsonDocument would write, and names must decode as Qt's parser reads them.
#include "util/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// What QJsonDocument::toJson(Compact) writes for the string, quotes included.
QByteArray qtString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2); // ["..."] -> "..."
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void stringLikeQt_data();
    void stringLikeQt();
    void everyUtf16UnitLikeQt();
    void appendsInPlace();
    void escapedIsTheInside();
    void readString_data();
    void readString();
    void parseDocumentKeepsEveryByteOrderMark();
};

void TestJsonText::stringLikeQt_data()
{
    QTest::addColumn<QString>("text");
    QString ascii;
    for (char16_t c = 0; c < 0x80; ++c)
        ascii += QChar(c);
    QTest::newRow("empty") << QString();
    QTest::newRow("every ASCII character") << ascii;
    QTest::newRow("short escapes") << u"\"\\\b\f\n\r\t"_s;
    QTest::newRow("slash stays") << u"a/b</script>"_s;
    QTest::newRow("thai") << u"รหัส OTP ของคุณคือ 123456"_s;
    QTest::newRow("latin-1 and U+2028") << u"café\u00a0\u2028\ufeff"_s;
    QTest::newRow("astral") << u"ok \U0001F600 \U00010348"_s;
    QTest::newRow("lone high surrogate") << QString(QChar(0xd83d)) + u"x"_s;
    QTest::newRow("lone low surrogate at the end") << u"x"_s + QChar(0xde00);
    QTest::newRow("pair in the wrong order") << QString(QChar(0xde00)) + QChar(0xd83d);
    QTest::newRow("high surrogate at the end") << u"x"_s + QChar(0xdbff);
}

void TestJsonText::stringLikeQt()
{
    QFETCH(QString, text);
    QCOMPARE(JsonText::string(text), qtString(text));
}

void TestJsonText::everyUtf16UnitLikeQt()
{
    for (uint unit = 0; unit <= 0xffff; ++unit) {
        const QString text = u"a"_s + QChar(char16_t(unit)) + u"z"_s;
        const QByteArray ours = JsonText::string(text);
        if (ours != qtString(text))
            QFAIL(qPrintable(u"U+%1: %2 instead of %3"_s.arg(unit, 4, 16, QChar(u'0'))
                                 .arg(QString::fromLatin1(ours.toHex()),
                                      QString::fromLatin1(qtString(text).toHex()))));
    }
}

// JsonLine writes two event lines per sandbox request: appending must not reallocate when the
// buffer has room, and must keep what is already there.
void TestJsonText::appendsInPlace()
{
    QByteArray out;
    out.reserve(256);
    out.append("{\"a\":");
    const char *const buffer = out.constData();
    JsonText::appendString(out, u"รหัส \"1\""_s);
    out.append(",\"b\":");
    JsonText::appendString(out, QString());
    QCOMPARE(out.constData(), buffer);
    QCOMPARE(out, "{\"a\":\"" + u"รหัส"_s.toUtf8() + " \\\"1\\\"\",\"b\":\"\"");
}

void TestJsonText::escapedIsTheInside()
{
    const QString text = u"qu\"ote\\ ก \U0001F600"_s;
    const QByteArray quoted = JsonText::string(text);
    QCOMPARE(JsonText::escaped(text), quoted.sliced(1, quoted.size() - 2));
    QCOMPARE(JsonText::escaped(QString()), QByteArray());
}

void TestJsonText::readString_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "\"secret\""_ba << true << u"secret"_s;
    QTest::newRow("unicode escape") << R"("secr\u0065t")"_ba << true << u"secret"_s;
    QTest::newRow("every escape") << R"("\"\\\/\b\f\n\r\t")"_ba << true << u"\"\\/\b\f\n\r\t"_s;
    QTest::newRow("surrogate pair escape") << R"("\ud83d\ude00")"_ba << true << u"\U0001F600"_s;
    QTest::newRow("utf-8") << u"\"รหัส\""_s.toUtf8() << true << u"รหัส"_s;
    QTest::newRow("empty string") << "\"\""_ba << true << QString();
    QTest::newRow("unterminated") << "\"abc"_ba << false << QString();
    QTest::newRow("escaped closing quote") << R"("abc\")"_ba << false << QString();
    // Qt's parser reads an unknown escape as the character itself; so does the sandbox.
    QTest::newRow("unknown escape") << R"("secr\et")"_ba << true << u"secret"_s;
    QTest::newRow("cut-off unicode escape") << R"("\u00")"_ba << false << QString();
    QTest::newRow("two strings") << R"("a","b")"_ba << false << QString();
    QTest::newRow("number") << "12"_ba << false << QString();
    QTest::newRow("nothing") << QByteArray() << false << QString();
    // Qt's parser alone drops a raw BOM at the start of a string.
    QTest::newRow("raw BOM first") << "\"\xef\xbb\xbf"_ba + "secret\"" << true << u"\ufeffsecret"_s;
    QTest::newRow("escaped BOM first") << R"("\ufeffsecret")"_ba << true << u"\ufeffsecret"_s;
    QTest::newRow("raw BOM after an escaped backslash")
        << "\"\\\\\xef\xbb\xbf"_ba + "\"" << true << u"\\\ufeff"_s;
}

void TestJsonText::parseDocumentKeepsEveryByteOrderMark()
{
    const QByteArray bom = "\xef\xbb\xbf";
    const QByteArray json = bom + R"({")" + bom + R"(key":")" + bom + R"(a","b":")" + bom + bom
        + R"(","c":"x)" + bom + R"("})";
    const QJsonDocument document = JsonText::parseDocument(json);
    QVERIFY(document.isObject()); // the document's own BOM is skipped, as before
    const QJsonObject object = document.object();
    QCOMPARE(object.value(u"\ufeffkey"_s).toString(), u"\ufeffa"_s);
    QCOMPARE(object.value(u"b"_s).toString(), u"\ufeff\ufeff"_s);
    QCOMPARE(object.value(u"c"_s).toString(), u"x\ufeff"_s);
    QJsonParseError error{};
    JsonText::parseDocument(QByteArray(R"({"a":1})" + bom), &error);
    QVERIFY(error.error != QJsonParseError::NoError); // outside a string it is still an error
}

void TestJsonText::readString()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, valid);
    QFETCH(QString, text);
    const std::optional<QString> read = JsonText::readString(token);
    QCOMPARE(read.has_value(), valid);
    if (valid)
        QCOMPARE(*read, text);
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"

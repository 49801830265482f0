// JsonLine writes otpctl's event lines by hand (for speed): every line must still be JSON that
// any parser reads back to the same values, strings and timestamps byte for byte as Qt writes
// them.
#include "util/JsonLine.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestJsonLine : public QObject
{
    Q_OBJECT

private slots:
    void textsReadBackUnchanged_data();
    void textsReadBackUnchanged();
    void bytesLikeQt_data();
    void bytesLikeQt();
    void numbersAndOrder();
    void utcTimesMatchQt_data();
    void utcTimesMatchQt();
    void otherTimesFallBackToQt();
    void objectsNestAndLiteralsAreJson();
};

namespace {

QJsonObject parse(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << line << error.errorString();
    return document.object();
}

} // namespace

void TestJsonLine::textsReadBackUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << u"Your code is 123456 (Ref: AB1CD)."_s;
    QTest::newRow("thai") << u"รหัส OTP ของคุณคือ 123456 (อ้างอิง: AB1CD)"_s;
    QTest::newRow("quote and backslash") << uR"(say "hi" \ C:\path\)"_s;
    QTest::newRow("newlines and tab") << u"line 1\nline 2\r\n\tend"_s;
    QTest::newRow("escape at both ends") << u"\"middle\""_s;
    QTest::newRow("control characters") << QString::fromUtf16(u"\u0001a\u001fb\u0000c", 7);
    QTest::newRow("emoji") << u"ok \U0001F600 done"_s;
}

void TestJsonLine::textsReadBackUnchanged()
{
    QFETCH(QString, text);
    const QByteArray line = JsonLine().add("event", u"sms"_s).add("text", text).finish();
    QVERIFY(line.endsWith("}\n"));
    QCOMPARE(line.count('\n'), 1); // one line whatever the text holds
    const QJsonObject object = parse(line);
    QCOMPARE(object.value(u"event"_s).toString(), u"sms"_s);
    QCOMPARE(object.value(u"text"_s).toString(), text);
}

void TestJsonLine::bytesLikeQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << u"abc 123"_s;
    QTest::newRow("two-byte") << u"café ñ"_s;
    QTest::newRow("thai") << u"รหัส ๑๒๓"_s;
    QTest::newRow("astral") << u"\U0001F600\U00010348"_s;
    QTest::newRow("lone high surrogate") << QString(QChar(0xd83d)) + u"x"_s;
    QTest::newRow("lone low surrogate at the end") << u"x"_s + QChar(0xde00);
    QTest::newRow("U+FFFF and U+0800") << QString(QChar(0xffff)) + QChar(0x0800);
    QTest::newRow("backspace, form feed, DEL") << u"a\bb\fc\u007fd"_s;
    QTest::newRow("quote, backslash, slash") << uR"("\/)"_s;
}

// Every text comes out exactly as QJsonDocument writes it (JsonText's promise), lone
// surrogates included (\udXXX: the line reads back to the same text).
void TestJsonLine::bytesLikeQt()
{
    QFETCH(QString, text);
    const QByteArray qt = QJsonDocument(QJsonObject{{u"t"_s, text}}).toJson(QJsonDocument::Compact);
    QCOMPARE(JsonLine().add("t", text).finish(), qt + '\n');
    QCOMPARE(parse(JsonLine().add("t", text).finish()).value(u"t"_s).toString(), text);
}

void TestJsonLine::numbersAndOrder()
{
    const QByteArray line = JsonLine()
                                .add("event", u"request"_s)
                                .add("status", qint64(400))
                                .add("big", qint64(-9007199254740991))
                                .add("ms", 1.23456, 2)
                                .finish();
    QCOMPARE(line,
             R"({"event":"request","status":400,"big":-9007199254740991,"ms":1.23})"
             "\n"_ba);
    QCOMPARE(JsonLine().finish(), "{}\n"_ba);
}

void TestJsonLine::utcTimesMatchQt_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("a millisecond before the epoch") << qint64(-1);
    QTest::newRow("2026-11-25 with ms")
        << QDateTime(QDate(2026, 11, 25), QTime(21, 5, 9, 7), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("leap day 2024")
        << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("2000-03-01")
        << QDateTime(QDate(2000, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("1900-02-28")
        << QDateTime(QDate(1900, 2, 28), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("9999-12-31")
        << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    // Every day boundary and a few odd instants over 30 years, both sides of the epoch.
    for (qint64 step = 0; step < 400; ++step) {
        const qint64 msecs = -473040000000 + step * 2365200000 + step * 7919;
        QTest::newRow(qPrintable(u"sweep %1"_s.arg(step))) << msecs;
    }
}

void TestJsonLine::utcTimesMatchQt()
{
    QFETCH(qint64, msecs);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    const QByteArray line = JsonLine().add("at", time).finish();
    QCOMPARE(line, "{\"at\":\""_ba + time.toString(Qt::ISODateWithMs).toLatin1() + "\"}\n");
}

void TestJsonLine::otherTimesFallBackToQt()
{
    const QDateTime offset(QDate(2026, 11, 25), QTime(9, 15), Qt::OffsetFromUTC, 7 * 3600);
    QCOMPARE(parse(JsonLine().add("at", offset).finish()).value(u"at"_s).toString(),
             offset.toString(Qt::ISODateWithMs));
    QCOMPARE(parse(JsonLine().add("at", QDateTime()).finish()).value(u"at"_s).toString(),
             QString());
    const QDateTime farFuture = QDateTime(QDate(12000, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(parse(JsonLine().add("at", farFuture).finish()).value(u"at"_s).toString(),
             farFuture.toString(Qt::ISODateWithMs));
}

void TestJsonLine::objectsNestAndLiteralsAreJson()
{
    const QByteArray inner = JsonLine().add("a", qint64(1)).finishObject();
    QCOMPARE(inner, R"({"a":1})"_ba); // no newline: a body or a value
    const QByteArray outer = JsonLine()
                                 .addBool("yes", true)
                                 .addBool("no", false)
                                 .addNull("none")
                                 .addRaw("inner", inner)
                                 .addRaw("list", "[1,2]")
                                 .finishObject();
    QCOMPARE(outer, R"({"yes":true,"no":false,"none":null,"inner":{"a":1},"list":[1,2]})"_ba);
    const QJsonObject read = parse(outer);
    QCOMPARE(read.value(u"inner"_s).toObject().value(u"a"_s).toInt(), 1);
    QVERIFY(read.value(u"none"_s).isNull());
}

QTEST_GUILESS_MAIN(TestJsonLine)
#include "tst_jsonline.moc"

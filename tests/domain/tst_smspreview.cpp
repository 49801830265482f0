#include "domain/MessageTemplate.h"
#include "domain/SmsCounter.h"
#include "domain/SmsPreview.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(SmsEncoding)
Q_DECLARE_METATYPE(Language)

class Tst_SmsPreview : public QObject
{
    Q_OBJECT

private slots:
    void sampleCode_data();
    void sampleCode();
    void sampleRefLooksLikeTheService();
    void englishDefault();
    void thaiDefault();
    void digitsChangeTextAndCount_data();
    void digitsChangeTextAndCount();
    void longTemplateGoesMultiSegment();
    void emptyTemplate();
};

void Tst_SmsPreview::sampleCode_data()
{
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("expected");
    QTest::newRow("-3") << -3 << QString();
    QTest::newRow("0") << 0 << QString();
    QTest::newRow("1") << 1 << u"1"_s;
    QTest::newRow("4") << 4 << u"1234"_s;
    QTest::newRow("6") << 6 << u"123456"_s;
    QTest::newRow("8") << 8 << u"12345678"_s;
    QTest::newRow("10") << 10 << u"1234567890"_s;
    QTest::newRow("12 clamps to 10") << 12 << u"1234567890"_s;
}

void Tst_SmsPreview::sampleCode()
{
    QFETCH(int, digits);
    QFETCH(QString, expected);
    QCOMPARE(SmsPreview::sampleCode(digits), expected);
}

void Tst_SmsPreview::sampleRefLooksLikeTheService()
{
    const QString ref = SmsPreview::sampleRef();
    QCOMPARE(ref, u"T3A57"_s);
    QCOMPARE(ref.size(), 5);
    for (const QChar ch : ref)
        QVERIFY((ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9'));
}

void Tst_SmsPreview::englishDefault()
{
    const SmsPreview p
        = SmsPreview::build(MessageTemplate::defaultTemplate(Language::English), u"Shop"_s, 6, 5);
    QCOMPARE(p.text, u"Your Shop code is 123456 (Ref: T3A57). Valid for 5 minutes."_s);
    QCOMPARE(p.count.encoding, SmsEncoding::Gsm7);
    QCOMPARE(p.count.characters, 59);
    QCOMPARE(p.count.units, 59);
    QCOMPARE(p.count.segments, 1);
    QCOMPARE(p.count.unitsPerSegment, 160);
    QCOMPARE(p.count.remainingInSegment, 101);
}

void Tst_SmsPreview::thaiDefault()
{
    const SmsPreview p
        = SmsPreview::build(MessageTemplate::defaultTemplate(Language::Thai), u"Shop"_s, 6, 5);
    QCOMPARE(p.text, u"รหัส OTP ของ Shop คือ 123456 (Ref: T3A57) ใช้ได้ภายใน 5 นาที"_s);
    QCOMPARE(p.count.encoding, SmsEncoding::Ucs2);
    QCOMPARE(p.count.characters, 60);
    QCOMPARE(p.count.units, 60);
    QCOMPARE(p.count.segments, 1);
    QCOMPARE(p.count.unitsPerSegment, 70);
    QCOMPARE(p.count.remainingInSegment, 10);
}

void Tst_SmsPreview::digitsChangeTextAndCount_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("remaining");
    // English default with 6 digits is 59 septets, Thai default 60 UTF-16 units.
    QTest::newRow("en 4") << Language::English << 4 << u"1234"_s << 57 << 103;
    QTest::newRow("en 8") << Language::English << 8 << u"12345678"_s << 61 << 99;
    QTest::newRow("th 4") << Language::Thai << 4 << u"1234"_s << 58 << 12;
    QTest::newRow("th 8") << Language::Thai << 8 << u"12345678"_s << 62 << 8;
}

void Tst_SmsPreview::digitsChangeTextAndCount()
{
    QFETCH(Language, language);
    QFETCH(int, digits);
    QFETCH(QString, code);
    QFETCH(int, units);
    QFETCH(int, remaining);

    const QString templateText = MessageTemplate::defaultTemplate(language);
    const SmsPreview six = SmsPreview::build(templateText, u"Shop"_s, 6, 5);
    const SmsPreview p = SmsPreview::build(templateText, u"Shop"_s, digits, 5);
    QVERIFY(p.text != six.text);
    QVERIFY(p.text.contains(code));
    QCOMPARE(p.text.size() - six.text.size(), digits - 6);
    QCOMPARE(p.count.units, units);
    QCOMPARE(p.count.remainingInSegment, remaining);
    QCOMPARE(p.count.segments, 1);
}

void Tst_SmsPreview::longTemplateGoesMultiSegment()
{
    // A long app name pushes the Thai default past 70 units: 60 - 4 + 20 = 76 -> 2 x 67.
    const SmsPreview p = SmsPreview::build(MessageTemplate::defaultTemplate(Language::Thai),
                                           u"ร้านค้าออนไลน์ของเรา"_s, 6, 5);
    QCOMPARE(p.count.encoding, SmsEncoding::Ucs2);
    QCOMPARE(p.count.units, 76);
    QCOMPARE(p.count.segments, 2);
    QCOMPARE(p.count.unitsPerSegment, 67);
    QCOMPARE(p.count.remainingInSegment, 58);
}

void Tst_SmsPreview::emptyTemplate()
{
    const SmsPreview p = SmsPreview::build(QString(), u"Shop"_s, 6, 5);
    QVERIFY(p.text.isEmpty());
    QCOMPARE(p.count.encoding, SmsEncoding::Gsm7);
    QCOMPARE(p.count.segments, 0);
    QCOMPARE(p.count.remainingInSegment, 160);
}

QTEST_GUILESS_MAIN(Tst_SmsPreview)
#include "tst_smspreview.moc"

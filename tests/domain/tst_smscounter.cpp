#include "domain/SmsCounter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(SmsEncoding)

namespace {
// The basic table minus the 52 ASCII letters and 10 digits, in table order (0x1B is ESC).
const QString BasicSpecials
    = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà"_s;
const QString Extension = u"\f^{}\\[~]|€"_s;

QString repeat(const QString &s, int times)
{
    return s.repeated(times);
}
} // namespace

class Tst_SmsCounter : public QObject
{
    Q_OBJECT

private slots:
    void count_data();
    void count();
    void basicSpecialCharacters_data();
    void basicSpecialCharacters();
    void extensionCharacters_data();
    void extensionCharacters();
    void tablesHaveTheStandardSize();
    void wholeBasicTableIsOneSegment();
    void isGsm7_data();
    void isGsm7();
};

void Tst_SmsCounter::count_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SmsEncoding>("encoding");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("unitsPerSegment");
    QTest::addColumn<int>("remaining");

    const auto gsm = SmsEncoding::Gsm7;
    const auto ucs = SmsEncoding::Ucs2;
    const QString a = u"a"_s;
    const QString thai = u"ก"_s;
    const QString euro = u"€"_s;
    const QString emoji = u"😀"_s;

    // Plain GSM-7 around every boundary.
    QTest::newRow("empty") << QString() << gsm << 0 << 0 << 0 << 160 << 160;
    QTest::newRow("gsm 1") << repeat(a, 1) << gsm << 1 << 1 << 1 << 160 << 159;
    QTest::newRow("gsm 159") << repeat(a, 159) << gsm << 159 << 159 << 1 << 160 << 1;
    QTest::newRow("gsm 160") << repeat(a, 160) << gsm << 160 << 160 << 1 << 160 << 0;
    QTest::newRow("gsm 161") << repeat(a, 161) << gsm << 161 << 161 << 2 << 153 << 145;
    QTest::newRow("gsm 306") << repeat(a, 306) << gsm << 306 << 306 << 2 << 153 << 0;
    QTest::newRow("gsm 307") << repeat(a, 307) << gsm << 307 << 307 << 3 << 153 << 152;
    QTest::newRow("gsm 459") << repeat(a, 459) << gsm << 459 << 459 << 3 << 153 << 0;
    QTest::newRow("gsm 460") << repeat(a, 460) << gsm << 460 << 460 << 4 << 153 << 152;

    // Extension characters at the single-SMS boundary.
    QTest::newRow("158 + euro = 160 septets")
        << QString(repeat(a, 158) + euro) << gsm << 159 << 160 << 1 << 160 << 0;
    QTest::newRow("159 + euro = 161 septets")
        << QString(repeat(a, 159) + euro) << gsm << 160 << 161 << 2 << 153 << 145;
    // At the 153 boundary the escape sequence moves whole to part 2: 152 | 2+151 | 1.
    QTest::newRow("euro pair moves to part 2")
        << QString(repeat(a, 152) + euro + repeat(a, 152)) << gsm << 305 << 306 << 3 << 153 << 152;
    QTest::newRow("euro pair moves, short tail")
        << QString(repeat(a, 152) + euro + repeat(a, 10)) << gsm << 163 << 164 << 2 << 153 << 141;
    QTest::newRow("euro fits exactly at 153")
        << QString(repeat(a, 151) + euro + repeat(a, 10)) << gsm << 162 << 163 << 2 << 153 << 143;

    // Thai forces UCS-2.
    QTest::newRow("thai 70") << repeat(thai, 70) << ucs << 70 << 70 << 1 << 70 << 0;
    QTest::newRow("thai 71") << repeat(thai, 71) << ucs << 71 << 71 << 2 << 67 << 63;
    QTest::newRow("thai 134") << repeat(thai, 134) << ucs << 134 << 134 << 2 << 67 << 0;
    QTest::newRow("thai 135") << repeat(thai, 135) << ucs << 135 << 135 << 3 << 67 << 66;
    QTest::newRow("one thai in ascii")
        << u"Your code is 1234 ก"_s << ucs << 19 << 19 << 1 << 70 << 51;
    QTest::newRow("thai then 100 ascii")
        << QString(thai + repeat(a, 100)) << ucs << 101 << 101 << 2 << 67 << 33;

    // Outside the BMP: 1 character, 2 UTF-16 units, never split.
    QTest::newRow("emoji") << emoji << ucs << 1 << 2 << 1 << 70 << 68;
    QTest::newRow("emoji + 68 = 70 units")
        << QString(repeat(a, 68) + emoji) << ucs << 69 << 70 << 1 << 70 << 0;
    QTest::newRow("surrogate pair moves to part 2")
        << QString(repeat(a, 66) + emoji + repeat(a, 66)) << ucs << 133 << 134 << 3 << 67 << 66;
    QTest::newRow("surrogate pair moves, short tail")
        << QString(repeat(a, 66) + emoji + repeat(a, 10)) << ucs << 77 << 78 << 2 << 67 << 55;

    // Look-alikes that are not in the tables.
    QTest::newRow("lower c-cedilla") << u"ç"_s << ucs << 1 << 1 << 1 << 70 << 69;
    QTest::newRow("upper C-cedilla") << u"Ç"_s << gsm << 1 << 1 << 1 << 160 << 159;
    QTest::newRow("backtick") << u"`"_s << ucs << 1 << 1 << 1 << 70 << 69;
    QTest::newRow("euro") << euro << gsm << 1 << 2 << 1 << 160 << 158;
    QTest::newRow("ESC itself") << QString(QChar(0x1B)) << ucs << 1 << 1 << 1 << 70 << 69;
    QTest::newRow("tab") << u"\t"_s << ucs << 1 << 1 << 1 << 70 << 69;
    QTest::newRow("lone high surrogate")
        << QString(QChar(0xD83D)) << ucs << 1 << 1 << 1 << 70 << 69;
}

void Tst_SmsCounter::count()
{
    QFETCH(QString, text);
    QFETCH(SmsEncoding, encoding);
    QFETCH(int, characters);
    QFETCH(int, units);
    QFETCH(int, segments);
    QFETCH(int, unitsPerSegment);
    QFETCH(int, remaining);

    const SmsCount c = SmsCounter::count(text);
    QCOMPARE(c.encoding, encoding);
    QCOMPARE(c.characters, characters);
    QCOMPARE(c.units, units);
    QCOMPARE(c.segments, segments);
    QCOMPARE(c.unitsPerSegment, unitsPerSegment);
    QCOMPARE(c.remainingInSegment, remaining);
    QCOMPARE(c.isMultiSegment(), segments > 1);
    QCOMPARE(SmsCounter::isGsm7(text), encoding == SmsEncoding::Gsm7);
}

void Tst_SmsCounter::basicSpecialCharacters_data()
{
    QTest::addColumn<QString>("character");
    for (const QChar ch : BasicSpecials) {
        const QString s(ch);
        QTest::addRow("U+%04X", unsigned(ch.unicode())) << s;
    }
}

void Tst_SmsCounter::basicSpecialCharacters()
{
    QFETCH(QString, character);
    const char32_t cp = character.at(0).unicode();
    QVERIFY(SmsCounter::isGsm7Basic(cp));
    QVERIFY(!SmsCounter::isGsm7Extension(cp));
    const SmsCount c = SmsCounter::count(character);
    QCOMPARE(c.encoding, SmsEncoding::Gsm7);
    QCOMPARE(c.units, 1);
    QCOMPARE(c.characters, 1);
}

void Tst_SmsCounter::extensionCharacters_data()
{
    QTest::addColumn<QString>("character");
    for (const QChar ch : Extension)
        QTest::addRow("U+%04X", unsigned(ch.unicode())) << QString(ch);
}

void Tst_SmsCounter::extensionCharacters()
{
    QFETCH(QString, character);
    const char32_t cp = character.at(0).unicode();
    QVERIFY(SmsCounter::isGsm7Extension(cp));
    QVERIFY(!SmsCounter::isGsm7Basic(cp));
    const SmsCount c = SmsCounter::count(character);
    QCOMPARE(c.encoding, SmsEncoding::Gsm7);
    QCOMPARE(c.units, 2);
    QCOMPARE(c.characters, 1);
    QCOMPARE(c.remainingInSegment, 158);
}

void Tst_SmsCounter::tablesHaveTheStandardSize()
{
    // 128 basic positions minus ESC, and the 10 extension characters: nothing more anywhere
    // in Unicode (guards against a table entry slipping in by accident).
    int basic = 0;
    int extension = 0;
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        basic += SmsCounter::isGsm7Basic(cp) ? 1 : 0;
        extension += SmsCounter::isGsm7Extension(cp) ? 1 : 0;
    }
    QCOMPARE(basic, 127);
    QCOMPARE(extension, 10);
    QCOMPARE(int(BasicSpecials.size()) + 26 + 26 + 10, 127);
}

void Tst_SmsCounter::wholeBasicTableIsOneSegment()
{
    QString all = BasicSpecials;
    for (char16_t c = u'A'; c <= u'Z'; ++c)
        all.append(QChar(c));
    for (char16_t c = u'a'; c <= u'z'; ++c)
        all.append(QChar(c));
    for (char16_t c = u'0'; c <= u'9'; ++c)
        all.append(QChar(c));
    const SmsCount c = SmsCounter::count(all);
    QCOMPARE(c.encoding, SmsEncoding::Gsm7);
    QCOMPARE(c.units, 127);
    QCOMPARE(c.segments, 1);

    const SmsCount withExtension = SmsCounter::count(QString(all + Extension));
    QCOMPARE(withExtension.encoding, SmsEncoding::Gsm7);
    QCOMPARE(withExtension.characters, 137);
    QCOMPARE(withExtension.units, 147);
}

void Tst_SmsCounter::isGsm7_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("gsm7");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("ascii") << u"Your code is 123456"_s << true;
    QTest::newRow("brackets") << u"[x] {y} ~z~ a|b ^ \\"_s << true;
    QTest::newRow("thai") << u"รหัส"_s << false;
    QTest::newRow("emoji") << u"ok 😀"_s << false;
    QTest::newRow("greek lower-case") << u"δ"_s << false;
    QTest::newRow("greek look-alike capital A") << u"Α"_s << false;
    QTest::newRow("backtick") << u"a`b"_s << false;
}

void Tst_SmsCounter::isGsm7()
{
    QFETCH(QString, text);
    QFETCH(bool, gsm7);
    QCOMPARE(SmsCounter::isGsm7(text), gsm7);
}

QTEST_GUILESS_MAIN(Tst_SmsCounter)
#include "tst_smscounter.moc"

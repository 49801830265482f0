#include "util/DisplayWidth.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// otpctl's tables line up in a terminal when cells are padded by columns, not characters: a
// Thai app name has marks above and below its consonants that take no column.
class TestDisplayWidth : public QObject
{
    Q_OBJECT

private slots:
    void width_data();
    void width();
    void paddingLinesUpThaiNames();
    void widerTextIsNotCut();
};

void TestDisplayWidth::width_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("columns");
    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("ascii") << u"Shop login"_s << qsizetype(10);
    QTest::newRow("thai without marks") << u"ทดสอบ"_s << qsizetype(5);
    QTest::newRow("thai vowel above") << u"สวัสดี"_s << qsizetype(4);
    QTest::newRow("thai tone and sara am") << u"น้ำ"_s << qsizetype(2);
    QTest::newRow("thai vowel and tone stacked") << u"กี่"_s << qsizetype(1);
    QTest::newRow("thai vowel below") << u"ครู"_s << qsizetype(2);
    QTest::newRow("thai app name") << u"แอปทดสอบ ร้านค้า"_s << qsizetype(14);
    QTest::newRow("accent combining") << u"e\u0301"_s << qsizetype(1);
    QTest::newRow("zero width space") << u"a\u200Bb"_s << qsizetype(2);
    QTest::newRow("cjk wide") << u"日本"_s << qsizetype(4);
    QTest::newRow("emoji (surrogate pair)") << u"\U0001F600"_s << qsizetype(2);
}

void TestDisplayWidth::width()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, columns);
    QCOMPARE(DisplayWidth::of(text), columns);
}

void TestDisplayWidth::paddingLinesUpThaiNames()
{
    const QStringList names{u"Shop"_s, u"ร้านค้าออนไลน์"_s, u"น้ำดื่ม"_s};
    qsizetype widest = 0;
    for (const QString &name : names)
        widest = std::max(widest, DisplayWidth::of(name));
    QCOMPARE(widest, qsizetype(11));
    for (const QString &name : names) {
        const QString cell = DisplayWidth::padded(name, widest);
        QCOMPARE(DisplayWidth::of(cell), widest); // the next column starts at the same place
        QVERIFY(cell.startsWith(name));
    }
    QCOMPARE(DisplayWidth::padded(u"น้ำดื่ม"_s, 11), u"น้ำดื่ม"_s + QString(7, u' '));
}

void TestDisplayWidth::widerTextIsNotCut()
{
    QCOMPARE(DisplayWidth::padded(u"ทดสอบ"_s, 3), u"ทดสอบ"_s);
}

QTEST_GUILESS_MAIN(TestDisplayWidth)
#include "tst_displaywidth.moc"

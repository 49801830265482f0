// application/x-www-form-urlencoded as the sandbox server and the secret masker both read it:
// where a pair starts and ends, and what a name or value decodes to.
#include "util/FormEncoding.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFormEncoding : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void decode_data();
    void decode();
};

void TestFormEncoding::split_data()
{
    QTest::addColumn<QByteArray>("body");
    // name|value|start|end per pair
    QTest::addColumn<QStringList>("pairs");
    QTest::newRow("three pairs") << "key=a&secret=b&msisdn=1"_ba
                                 << QStringList{u"key|a|0|5"_s, u"secret|b|6|14"_s,
                                                u"msisdn|1|15|23"_s};
    QTest::newRow("value with '='") << "a=b=c"_ba << QStringList{u"a|b=c|0|5"_s};
    QTest::newRow("no '='") << "secret&x="_ba << QStringList{u"secret||0|6"_s, u"x||7|9"_s};
    QTest::newRow("empty pairs skipped")
        << "&&a=1&&b=2&"_ba << QStringList{u"a|1|2|5"_s, u"b|2|7|10"_s};
    QTest::newRow("encoded separators stay inside")
        << "a=%26%3D&b"_ba << QStringList{u"a|%26%3D|0|8"_s, u"b||9|10"_s};
    QTest::newRow("empty name") << "=1"_ba << QStringList{u"|1|0|2"_s};
    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("only ampersands") << "&&&"_ba << QStringList();
}

void TestFormEncoding::split()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, pairs);
    QStringList found;
    for (const FormEncoding::Pair &pair : FormEncoding::split(body)) {
        QCOMPARE(body.sliced(pair.start, pair.end - pair.start).startsWith(pair.name), true);
        found << QString::fromUtf8(pair.name) + u'|' + QString::fromUtf8(pair.value) + u'|'
                + QString::number(pair.start) + u'|' + QString::number(pair.end);
    }
    QCOMPARE(found, pairs);
}

void TestFormEncoding::decode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "secret"_ba << u"secret"_s << true;
    QTest::newRow("plus is a space") << "a+b++c"_ba << u"a b  c"_s << true;
    QTest::newRow("escapes, both cases") << "s%65cret%2b%2B"_ba << u"secret++"_s << true;
    QTest::newRow("every byte escaped") << "%73%65%63%72%65%74"_ba << u"secret"_s << true;
    QTest::newRow("utf-8") << "%E0%B8%81+ก"_ba << u"ก ก"_s << true;
    QTest::newRow("escaped percent") << "100%25"_ba << u"100%"_s << true;
    QTest::newRow("empty") << QByteArray() << QString() << true;
    // Values are taken exactly as sent: QString::fromUtf8() alone would drop a leading BOM.
    QTest::newRow("escaped BOM kept") << "%EF%BB%BFabc"_ba << u"\ufeffabc"_s << true;
    QTest::newRow("raw BOM kept") << "\xef\xbb\xbf"_ba + "abc" << u"\ufeffabc"_s << true;
    QTest::newRow("two BOMs kept") << "%EF%BB%BF%EF%BB%BF"_ba << u"\ufeff\ufeff"_s << true;
    QTest::newRow("BOM inside kept") << "a%EF%BB%BFb"_ba << u"a\ufeffb"_s << true;
    // Broken escapes stay as they are, and the text is marked invalid.
    QTest::newRow("cut-off escape") << "a%4"_ba << u"a%4"_s << false;
    QTest::newRow("lone percent") << "50%"_ba << u"50%"_s << false;
    QTest::newRow("bad hex") << "%g1x"_ba << u"%g1x"_s << false;
    QTest::newRow("percent before an escape") << "%%41"_ba << u"%A"_s << false;
    QTest::newRow("escaped bytes not UTF-8") << "%C3%28"_ba << u"\ufffd("_s << false;
    QTest::newRow("raw bytes not UTF-8") << "a\xff"_ba << u"a\ufffd"_s << false;
}

void TestFormEncoding::decode()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, decoded);
    QFETCH(bool, valid);
    const FormEncoding::Decoded result = FormEncoding::decode(text);
    QCOMPARE(result.text, decoded);
    QCOMPARE(result.valid, valid);
}

QTEST_GUILESS_MAIN(TestFormEncoding)
#include "tst_formencoding.moc"

#include "domain/Msisdn.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMsisdn : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void masked();
};

void TestMsisdn::accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("international");

    QTest::newRow("domestic 08") << u"0812345678"_s << u"+66812345678"_s;
    QTest::newRow("domestic 06") << u"0612345678"_s << u"+66612345678"_s;
    QTest::newRow("domestic 09") << u"0912345678"_s << u"+66912345678"_s;
    QTest::newRow("66 prefix") << u"66812345678"_s << u"+66812345678"_s;
    QTest::newRow("+66 prefix") << u"+66812345678"_s << u"+66812345678"_s;
    QTest::newRow("spaces") << u" 081 234 5678 "_s << u"+66812345678"_s;
    QTest::newRow("dashes") << u"081-234-5678"_s << u"+66812345678"_s;
    QTest::newRow("+66 with spaces") << u"+66 81 234 5678"_s << u"+66812345678"_s;
}

void TestMsisdn::accepted()
{
    QFETCH(QString, input);
    QFETCH(QString, international);
    const std::optional<Msisdn> msisdn = Msisdn::parse(input);
    QVERIFY(msisdn);
    QCOMPARE(msisdn->international(), international);
    QCOMPARE(msisdn->domestic(), u'0' + international.mid(3));
    QVERIFY(Msisdn::validate(input).isEmpty());
}

void TestMsisdn::rejected_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("landline 02") << u"021234567"_s;
    QTest::newRow("starts 07") << u"0712345678"_s;
    QTest::newRow("too short") << u"081234567"_s;
    QTest::newRow("too long") << u"08123456789"_s;
    QTest::newRow("letters") << u"08123abcde"_s;
    QTest::newRow("other country") << u"+6512345678"_s;
    QTest::newRow("66 with trunk zero") << u"660812345678"_s;
    QTest::newRow("parentheses") << u"(081)2345678"_s;
    QTest::newRow("thai digits") << u"๐๘๑๒๓๔๕๖๗๘"_s;
    QTest::newRow("plus only") << u"+"_s;
}

void TestMsisdn::rejected()
{
    QFETCH(QString, input);
    QVERIFY(!Msisdn::parse(input));
    const ValidationIssues issues = Msisdn::validate(input);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, ValidationField::Msisdn);
    QCOMPARE(issues.first().code, u"msisdn.invalid"_s);
    // The message tells the user which forms are accepted.
    QVERIFY(issues.first().message.contains(u"0812345678"_s));
    QVERIFY(issues.first().message.contains(u"+66812345678"_s));
}

void TestMsisdn::masked()
{
    QCOMPARE(Msisdn::parse(u"+66812345678"_s)->masked(), u"081***5678"_s);
}

QTEST_GUILESS_MAIN(TestMsisdn)
#include "tst_msisdn.moc"

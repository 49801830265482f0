#include "domain/ExpiryPeriod.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestExpiryPeriod : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void validate_data();
    void validate();
    void formatRoundTrips();
};

void TestExpiryPeriod::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes"); // -1: not HH:mm

    QTest::newRow("five minutes") << u"00:05"_s << 5;
    QTest::newRow("eleven hours") << u"11:00"_s << 660;
    QTest::newRow("surrounding spaces") << u" 01:30 "_s << 90;
    QTest::newRow("big hours still parse") << u"99:59"_s << 99 * 60 + 59;
    QTest::newRow("one-digit hour") << u"0:05"_s << -1;
    QTest::newRow("one-digit minute") << u"00:5"_s << -1;
    QTest::newRow("minutes 60") << u"00:60"_s << -1;
    QTest::newRow("dot separator") << u"00.05"_s << -1;
    QTest::newRow("plain number") << u"5"_s << -1;
    QTest::newRow("seconds") << u"00:05:00"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("letters") << u"ab:cd"_s << -1;
    QTest::newRow("thai digits") << u"๐๐:๐๕"_s << -1;
    QTest::newRow("negative") << u"-0:05"_s << -1;
}

void TestExpiryPeriod::parse()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    const std::optional<int> parsed = ExpiryPeriod::parse(text);
    QCOMPARE(parsed.value_or(-1), minutes);
}

void TestExpiryPeriod::validate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code"); // empty: valid

    QTest::newRow("00:04 too short") << u"00:04"_s << u"expiry.range"_s;
    QTest::newRow("00:05 shortest") << u"00:05"_s << QString();
    QTest::newRow("00:06") << u"00:06"_s << QString();
    QTest::newRow("10:59") << u"10:59"_s << QString();
    QTest::newRow("11:00 longest") << u"11:00"_s << QString();
    QTest::newRow("11:01 too long") << u"11:01"_s << u"expiry.range"_s;
    QTest::newRow("00:00") << u"00:00"_s << u"expiry.range"_s;
    QTest::newRow("24:00") << u"24:00"_s << u"expiry.range"_s;
    QTest::newRow("not HH:mm") << u"5 minutes"_s << u"expiry.format"_s;
    QTest::newRow("empty") << QString() << u"expiry.format"_s;
}

void TestExpiryPeriod::validate()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const ValidationIssues issues = ExpiryPeriod::validate(text);
    if (code.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, ValidationField::Expiry);
    QCOMPARE(issues.first().severity, ValidationIssue::Severity::Error);
    QCOMPARE(issues.first().code, code);
    // The vendor's error name is in the message, so users can match it to the API's answer.
    QVERIFY(issues.first().message.contains(code == u"expiry.format" ? u"ERROR_TTL_FORMAT"_s
                                                                     : u"ERROR_TTL)"_s));
}

void TestExpiryPeriod::formatRoundTrips()
{
    for (int minutes = 0; minutes <= 11 * 60; ++minutes)
        QCOMPARE(ExpiryPeriod::parse(ExpiryPeriod::format(minutes)).value_or(-1), minutes);
    QCOMPARE(ExpiryPeriod::format(5), u"00:05"_s);
    QCOMPARE(ExpiryPeriod::format(660), u"11:00"_s);
    QCOMPARE(ExpiryPeriod::format(-3), u"00:00"_s);
}

QTEST_GUILESS_MAIN(TestExpiryPeriod)
#include "tst_expiryperiod.moc"

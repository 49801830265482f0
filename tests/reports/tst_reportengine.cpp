#include "ReportTestStore.h"
#include "reports/ReportEngine.h"

#include <QTest>

using Table = ReportSql::Table;

namespace {
const QDateTime D0(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());

QDateTime at(int hours, int minutes = 0, int seconds = 0)
{
    return D0.addSecs(hours * 3600 + minutes * 60 + seconds);
}

// The day of D0 in UTC, judged at its end.
ReportQuery dayQuery(ReportSource source)
{
    ReportQuery query;
    query.from = D0;
    query.to = D0.addDays(1);
    query.now = query.to;
    query.source = source;
    query.timeZone = QTimeZone::utc();
    return query;
}

ReportSource sourceOf(Table table)
{
    return table == Table::Exchanges ? ReportSource::Calls : ReportSource::Sandbox;
}

// Eight OTPs and fifteen verify calls (fourteen in the period) whose fates are known:
// 3 verified (2 at the first try), 1 burned, 2 expired, 1 pending, 1 failed request, one verify
// with an unknown token, one OTP requested the day before and verified in the period.
void writeKnownDay(ReportTestStore &store)
{
    store.request(at(-1), u"T9"_s, u"success"_s, {}, 100); // the day before
    store.request(at(1), u"T1"_s); // verified at the first try, after 30 s
    store.verify(at(1, 0, 30), u"T1"_s, u"success"_s);
    store.request(at(2), u"T2"_s); // verified at the second try, after 40 s
    store.verify(at(2, 0, 10), u"T2"_s, u"Code is invalid."_s);
    store.verify(at(2, 0, 40), u"T2"_s, u"success"_s);
    store.request(at(3), u"T3"_s); // burned: five wrong PINs, then "expired"
    for (int i = 1; i <= 5; ++i)
        store.verify(at(3, 0, i), u"T3"_s, u"Code is invalid."_s);
    store.verify(at(3, 0, 6), u"T3"_s, u"Token is expire."_s);
    store.request(at(4), u"T4"_s); // never verified: expired at 04:05
    store.request(at(5), u"T5"_s); // the service says it expired
    store.verify(at(5, 10), u"T5"_s, u"Token is expire."_s);
    store.request(at(6), u"T6"_s); // verified after 20 s, then verified again
    store.verify(at(6, 0, 20), u"T6"_s, u"success"_s);
    store.verify(at(6, 0, 50), u"T6"_s, u"Token is expire."_s);
    store.request(at(7), u"T7"_s, u"Invalid Parameter."_s); // refused
    store.verify(at(8), u"UNKNOWN"_s, u"Code is invalid."_s); // no request issued it
    store.verify(at(9), u"T9"_s, u"success"_s); // the OTP of the day before
    store.request(at(23, 58), u"T8"_s); // still valid at the end of the day
}
} // namespace

class TestReportEngine : public QObject
{
    Q_OBJECT

private slots:
    void countsEveryFateByConstruction_data();
    void countsEveryFateByConstruction();
    void percentilesAreNearestRank();
    void seriesAndOutcomes();
    void oneAppOnly();
    void bothSourcesCountAConsoleCallToTheSandboxOnce();
    void emptyPeriod();
    void periodWithOneCall();
    void bucketEdgesAtLocalMidnight_data();
    void bucketEdgesAtLocalMidnight();
    void hourlyBucketsForTwoDays();
    void applyingNewCallsEqualsARun_data();
    void applyingNewCallsEqualsARun();
};

void TestReportEngine::countsEveryFateByConstruction_data()
{
    QTest::addColumn<Table>("table");
    QTest::newRow("calls (history)") << Table::Exchanges;
    QTest::newRow("sandbox traffic") << Table::SandboxTraffic;
}

void TestReportEngine::countsEveryFateByConstruction()
{
    QFETCH(Table, table);
    ReportTestStore store;
    store.setTable(table);
    writeKnownDay(store);

    const Result<ReportFigures> result
        = ReportEngine(store.database()).figures(dayQuery(sourceOf(table)));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ReportFigures &f = result.value;
    QCOMPARE(f.requested(), 8);
    QCOMPARE(f.delivered(), 7);
    QCOMPARE(f.fate(OtpFate::Failed), 1);
    QCOMPARE(f.fate(OtpFate::Verified), 3);
    QCOMPARE(f.fate(OtpFate::Burned), 1);
    QCOMPARE(f.fate(OtpFate::Expired), 2);
    QCOMPARE(f.fate(OtpFate::Pending), 1);
    QCOMPARE(f.attempted, 5); // T1, T2, T3, T5, T6
    QCOMPARE(f.firstTryVerified, 2); // T1, T6
    QCOMPARE(*f.firstTryRate(), 0.4);
    QCOMPARE(*f.overallRate(), 0.6);
    QCOMPARE(f.verifyCalls(), 14);
    QCOMPARE(f.unpairedVerifies, 1);
    QCOMPARE(f.timeToVerify.total(), 3);
    QCOMPARE(*f.timeToVerifyPercentileMs(0.5), 30000.0); // of 20 s, 30 s, 40 s
    QCOMPARE(*f.timeToVerifyPercentileMs(1.0), 40000.0);
    // Judged a minute after T8's request, T4 (04:05) expired; T8 stays pending.
    ReportQuery early = dayQuery(sourceOf(table));
    early.now = at(4, 4);
    const Result<ReportFigures> before = ReportEngine(store.database()).figures(early);
    QCOMPARE(before.value.fate(OtpFate::Expired), 1); // only T5: the service said so
    QCOMPARE(before.value.fate(OtpFate::Pending), 2);
}

void TestReportEngine::percentilesAreNearestRank()
{
    ReportTestStore store;
    writeKnownDay(store);
    const ReportFigures f
        = ReportEngine(store.database()).figures(dayQuery(ReportSource::Sandbox)).value;
    // 22 calls in the period with latencies 1..22 ms (T9's request, the day before, had 100).
    QCOMPARE(f.latency.total(), 22);
    QCOMPARE(*f.latencyPercentileMs(0.5), 11.0); // rank 11 of 22
    QCOMPARE(*f.latencyPercentileMs(0.95), 21.0); // rank ceil(20.9) = 21
    const QList<ReportFigures::HistogramBin> bins = f.latencyHistogram();
    QCOMPARE(bins.at(0).count, 0); // [0, 1)
    QCOMPARE(bins.at(1).count, 1); // [1, 2)
    QCOMPARE(bins.at(2).count, 3); // [2, 5)
    QCOMPARE(bins.at(3).count, 5); // [5, 10)
    QCOMPARE(bins.at(4).count, 10); // [10, 20)
    QCOMPARE(bins.at(5).count, 3); // [20, 50)
    qint64 total = 0;
    for (const auto &bin : bins)
        total += bin.count;
    QCOMPARE(total, 22);
}

void TestReportEngine::seriesAndOutcomes()
{
    ReportTestStore store;
    writeKnownDay(store);
    const ReportFigures f
        = ReportEngine(store.database()).figures(dayQuery(ReportSource::Sandbox)).value;
    QCOMPARE(f.query.bucket(), ReportBucket::Hour);
    QCOMPARE(f.series.size(), 24);
    const ReportFigures::Point three = f.series.value(f.query.bucketKey(at(3)));
    QCOMPARE(three.start, at(3));
    QCOMPARE(three.requests, 1);
    QCOMPARE(three.delivered, 1);
    QCOMPARE(three.verifyCalls, 6);
    QCOMPARE(three.verified, 0);
    QCOMPARE(f.series.value(f.query.bucketKey(at(9))).verified, 1);
    QCOMPARE(f.series.value(f.query.bucketKey(at(7))).delivered, 0);
    using Key = ReportFigures::OutcomeKey;
    QCOMPARE(f.outcomes.value(Key{OtpOperation::Verify, 400, u"Code is invalid."_s}), 7);
    QCOMPARE(f.outcomes.value(Key{OtpOperation::Verify, 200, u"success"_s}), 4);
    QCOMPARE(f.outcomes.value(Key{OtpOperation::Verify, 400, u"Token is expire."_s}), 3);
    QCOMPARE(f.outcomes.value(Key{OtpOperation::Request, 400, u"Invalid Parameter."_s}), 1);
    QCOMPARE(f.outcomes.value(Key{OtpOperation::Request, 200, u"success"_s}), 7);
}

void TestReportEngine::oneAppOnly()
{
    ReportTestStore store;
    writeKnownDay(store);
    const QUuid other = QUuid::createUuid();
    store.request(at(10), u"OTHER"_s, u"success"_s, other);
    store.verify(at(10, 1), u"OTHER"_s, u"success"_s, other);
    ReportQuery query = dayQuery(ReportSource::Sandbox);
    query.appId = other;
    const ReportFigures f = ReportEngine(store.database()).figures(query).value;
    QCOMPARE(f.requested(), 1);
    QCOMPARE(f.fate(OtpFate::Verified), 1);
    QCOMPARE(f.verifyCalls(), 1);
    query.appId = store.defaultApp;
    QCOMPARE(ReportEngine(store.database()).figures(query).value.requested(), 8);
}

void TestReportEngine::bothSourcesCountAConsoleCallToTheSandboxOnce()
{
    ReportTestStore store;
    writeKnownDay(store); // sandbox traffic
    store.setTable(Table::Exchanges);
    store.request(at(1), u"T1"_s); // the console's own row of the call the sandbox answered
    store.verify(at(1, 0, 30), u"T1"_s, u"success"_s);
    store.request(at(12), u"LIVE"_s); // a call to the real service
    const ReportFigures all
        = ReportEngine(store.database()).figures(dayQuery(ReportSource::All)).value;
    QCOMPARE(all.requested(), 9);
    QCOMPARE(all.fate(OtpFate::Verified), 3);
    QCOMPARE(all.verifyCalls(), 14);
    const ReportFigures calls
        = ReportEngine(store.database()).figures(dayQuery(ReportSource::Calls)).value;
    QCOMPARE(calls.requested(), 2);
    QCOMPARE(calls.fate(OtpFate::Verified), 1);
}

void TestReportEngine::emptyPeriod()
{
    ReportTestStore store;
    writeKnownDay(store);
    ReportQuery query = dayQuery(ReportSource::All);
    query.from = D0.addDays(10);
    query.to = D0.addDays(20);
    query.now = query.to;
    const ReportFigures f = ReportEngine(store.database()).figures(query).value;
    QCOMPARE(f.requested(), 0);
    QCOMPARE(f.verifyCalls(), 0);
    QVERIFY(!f.firstTryRate());
    QVERIFY(!f.overallRate());
    QVERIFY(!f.latencyPercentileMs(0.5));
    QVERIFY(!f.timeToVerifyPercentileMs(0.5));
    QCOMPARE(f.series.size(), 10); // every day, at zero
    QVERIFY(f.outcomes.isEmpty());
}

void TestReportEngine::periodWithOneCall()
{
    ReportTestStore store;
    store.request(at(5), u"ONLY"_s, u"success"_s, {}, 7.5);
    const ReportFigures f
        = ReportEngine(store.database()).figures(dayQuery(ReportSource::Sandbox)).value;
    QCOMPARE(f.requested(), 1);
    QCOMPARE(f.fate(OtpFate::Expired), 1);
    QCOMPARE(f.attempted, 0);
    QVERIFY(!f.overallRate());
    QCOMPARE(*f.latencyPercentileMs(0.5), 7.5);
    QCOMPARE(*f.latencyPercentileMs(0.95), 7.5);
}

void TestReportEngine::bucketEdgesAtLocalMidnight_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("lastOfDay"); // UTC instant of 23:59:59.999 local
    const QDateTime bangkokMidnight(QDate(2024, 5, 2), QTime(0, 0),
                                    QTimeZone(QByteArrayLiteral("Asia/Bangkok")));
    QTest::newRow("Asia/Bangkok") << QByteArrayLiteral("Asia/Bangkok")
                                  << bangkokMidnight.toUTC().addMSecs(-1);
    QTest::newRow("UTC") << QByteArrayLiteral("UTC") << D0.addDays(1).addMSecs(-1);
}

void TestReportEngine::bucketEdgesAtLocalMidnight()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, lastOfDay);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    ReportTestStore store;
    store.request(lastOfDay, u"BEFORE"_s); // the last millisecond of 1 May, local
    store.request(lastOfDay.addMSecs(1), u"AFTER"_s); // 2 May, 00:00:00.000 local

    ReportQuery query;
    query.timeZone = timeZone;
    query.from = QDateTime(QDate(2024, 4, 28), QTime(0, 0), timeZone).toUTC();
    query.to = QDateTime(QDate(2024, 5, 5), QTime(0, 0), timeZone).toUTC();
    query.source = ReportSource::Sandbox;
    const ReportFigures f = ReportEngine(store.database()).figures(query).value;
    QCOMPARE(f.query.bucket(), ReportBucket::Day);
    QCOMPARE(f.series.size(), 7);
    const QDateTime mayFirst = QDateTime(QDate(2024, 5, 1), QTime(0, 0), timeZone).toUTC();
    const QDateTime maySecond = QDateTime(QDate(2024, 5, 2), QTime(0, 0), timeZone).toUTC();
    for (const ReportFigures::Point &point : f.series) {
        const qint64 expected = point.start == mayFirst || point.start == maySecond ? 1 : 0;
        QVERIFY2(point.requests == expected, qPrintable(point.start.toString(Qt::ISODate)));
    }
    QCOMPARE(f.series.first().start, query.from);
}

void TestReportEngine::hourlyBucketsForTwoDays()
{
    const QTimeZone bangkok(QByteArrayLiteral("Asia/Bangkok"));
    ReportQuery query;
    query.timeZone = bangkok;
    query.from = QDateTime(QDate(2024, 5, 1), QTime(0, 0), bangkok).toUTC();
    query.to = query.from.addDays(2);
    QCOMPARE(query.bucket(), ReportBucket::Hour);
    QCOMPARE(query.bucketKeys().size(), 48);
    QCOMPARE(query.bucketStart(query.bucketKeys().first()), query.from);
    query.to = query.to.addSecs(1);
    QCOMPARE(query.bucket(), ReportBucket::Day);
}

void TestReportEngine::applyingNewCallsEqualsARun_data()
{
    countsEveryFateByConstruction_data();
}

void TestReportEngine::applyingNewCallsEqualsARun()
{
    QFETCH(Table, table);
    ReportTestStore store;
    store.setTable(table);
    writeKnownDay(store);
    const ReportQuery query = dayQuery(sourceOf(table));
    const ReportEngine engine(store.database());
    ReportFigures live = engine.figures(query).value;

    // Each new call moves the figures it touches, one at a time.
    const QList<qint64> ids{
        store.verify(at(23, 59), u"T8"_s, u"Code is invalid."_s), // pending, one wrong PIN
        store.verify(at(23, 59, 30), u"T8"_s, u"success"_s), // now verified, second try
        store.verify(at(23, 59, 40), u"NOPE"_s, u"Code is invalid."_s), // unknown token
        store.request(at(23, 59, 50), u"T10"_s), // a new OTP
        store.verify(at(23, 59, 55), u"T10"_s, u"success"_s), // verified at the first try
    };
    for (const qint64 id : ids)
        QVERIFY(engine.applyCall(&live, table, id).ok());

    const ReportFigures rerun = engine.figures(query).value;
    QCOMPARE(live.fate(OtpFate::Verified), 5);
    QCOMPARE(live.fate(OtpFate::Pending), 0);
    QCOMPARE(live.unpairedVerifies, 2);
    QCOMPARE(live.attempted, 7);
    QCOMPARE(live.firstTryVerified, 3);
    QVERIFY(live == rerun);
}

QTEST_GUILESS_MAIN(TestReportEngine)
#include "tst_reportengine.moc"

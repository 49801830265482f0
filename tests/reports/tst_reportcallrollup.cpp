#include "ReportTestStore.h"
#include "reports/ReportEngine.h"
#include "storage/ReportCallRollupSchema.h"
#include "storage/ReportOtpCountsSchema.h"
#include "storage/SchemaMigrations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using Table = ReportSql::Table;

namespace {
const QDateTime D0(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
const QUuid Shop = QUuid::fromString(u"22222222-2222-2222-2222-222222222222"_s);

QDateTime at(int hours, int minutes = 0, int seconds = 0, int ms = 0)
{
    return D0.addMSecs(((hours * 60LL + minutes) * 60 + seconds) * 1000 + ms);
}

ReportQuery query(const QDateTime &from, const QDateTime &to,
                  ReportSource source = ReportSource::All, const QTimeZone &zone = QTimeZone::utc())
{
    ReportQuery q;
    q.from = from;
    q.to = to;
    q.now = to;
    q.source = source;
    q.timeZone = zone;
    return q;
}

ReportFigures figures(Database &database, const ReportQuery &q, bool rollups)
{
    ReportEngine engine(database);
    engine.setUseRollups(rollups);
    const Result<ReportFigures> result = engine.figures(q);
    if (!result)
        qWarning("%s", qPrintable(result.error));
    return result.value;
}

// What a report reads from the rollups equals what it reads from the calls alone, for every
// source and for one app.
void checkBothWays(Database &database, ReportQuery q)
{
    for (const ReportSource source :
         {ReportSource::All, ReportSource::Calls, ReportSource::Sandbox}) {
        for (const std::optional<QUuid> &app : {std::optional<QUuid>(), std::optional(Shop)}) {
            q.source = source;
            q.appId = app;
            const ReportFigures rolled = figures(database, q, true);
            const ReportFigures read = figures(database, q, false);
            QCOMPARE(rolled.outcomes, read.outcomes);
            QCOMPARE(rolled.unpairedVerifies, read.unpairedVerifies);
            QCOMPARE(rolled.latency.steps(), read.latency.steps());
            QVERIFY(rolled == read);
        }
    }
}

QStringList lines(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return {query.lastError().text()};
    QStringList result;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        result << fields.join(u' ');
    }
    return result;
}

QStringList rollupRows(Database &database)
{
    return lines(database,
                 u"SELECT 'otps', * FROM report_otp_counts UNION ALL"
                 " SELECT 'calls', * FROM report_calls UNION ALL"
                 " SELECT 'latency', *, '', '', '' FROM report_latency"
                 " ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9"_s);
}

// The rollups as the triggers left them equal the rollups counted again from the calls and
// report_otps (the migration's fill), and hold no cell counted down to zero.
void checkRollupsRecount(Database &database)
{
    const QStringList kept = rollupRows(database);
    QCOMPARE(lines(database,
                   u"SELECT (SELECT COUNT(*) FROM report_calls WHERE calls <= 0)"
                   " + (SELECT COUNT(*) FROM report_latency WHERE calls <= 0)"
                   " + (SELECT COUNT(*) FROM report_otp_counts WHERE otps <= 0)"_s),
             QStringList{u"0"_s});
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"SAVEPOINT recount"_s));
    for (const QString &table : {u"report_calls"_s, u"report_latency"_s, u"report_otp_counts"_s})
        QVERIFY(query.exec(u"DELETE FROM "_s + table));
    const QStringList fills
        = ReportOtpCountsSchema::statements() + ReportCallRollupSchema::statements();
    for (const QString &statement : fills) {
        if (statement.startsWith(u"INSERT INTO report_"_s))
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    const QStringList recounted = rollupRows(database);
    QVERIFY(query.exec(u"ROLLBACK TO recount"_s));
    QVERIFY(query.exec(u"RELEASE recount"_s));
    QCOMPARE(kept, recounted);
}

qint64 sqlCount(Database &database, const QString &sql)
{
    return lines(database, sql).value(0).toLongLong();
}
} // namespace

class TestReportCallRollup : public QObject
{
    Q_OBJECT

private slots:
    void callsAtHourAndDayEdges_data();
    void callsAtHourAndDayEdges();
    void zonesWithHalfHourOffsetsReadTheCalls();
    void verifyInALaterBatch();
    void verifyStoredBeforeItsRequestIsPairedLater();
    void pruningMovesTheCounts();
    void openOtpsArePendingUntilTheirExpiry();
    void sandboxShadowsTheHistorysCallsOfItsTokens();
    void migrationFillsTheCountsFromStoredCalls();
};

void TestReportCallRollup::callsAtHourAndDayEdges_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("whole UTC days") << at(0) << at(72) << QByteArrayLiteral("UTC");
    QTest::newRow("half hours at both ends") << at(0, 30) << at(49, 30) << QByteArrayLiteral("UTC");
    QTest::newRow("one millisecond in")
        << at(0, 59, 59, 999) << at(72, 0, 0, 1) << QByteArrayLiteral("UTC");
    QTest::newRow("Bangkok days") << at(-7) << at(65) << QByteArrayLiteral("Asia/Bangkok");
    QTest::newRow("Bangkok hours") << at(-7) << at(17) << QByteArrayLiteral("Asia/Bangkok");
    QTest::newRow("within an hour") << at(1, 10) << at(1, 50) << QByteArrayLiteral("UTC");
    QTest::newRow("across a DST change")
        << QDateTime(QDate(2024, 3, 28), QTime(0, 0), QTimeZone::utc()) << at(0)
        << QByteArrayLiteral("Europe/Berlin");
}

// A call in the last millisecond of an hour or a day and one in the first of the next: each
// counted in its own hour and day, by the rollups for whole ones, from the calls at the edges.
void TestReportCallRollup::callsAtHourAndDayEdges()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QByteArray, zone);
    ReportTestStore store;
    for (const Table table : {Table::SandboxTraffic, Table::Exchanges}) {
        store.setTable(table);
        const QString t = table == Table::Exchanges ? u"H"_s : u"S"_s;
        store.request(at(0, 59, 59, 999), t + u"1"_s, u"success"_s, Shop, 3.25);
        store.request(at(1), t + u"2"_s, u"success"_s, {}, 1000.5);
        store.verify(at(1, 0, 0, 1), t + u"2"_s, u"Code is invalid."_s);
        store.verify(at(23, 59, 59, 999), t + u"1"_s, u"success"_s, Shop);
        store.verify(at(24), t + u"2"_s, u"success"_s);
        store.request(at(49, 29, 59, 999), t + u"3"_s, u"Invalid Parameter."_s, Shop);
        store.verify(at(49, 30), u"UNKNOWN"_s, u"Code is invalid."_s);
        store.request(at(-170), t + u"4"_s); // a week before
    }
    checkBothWays(store.database(), query(from, to, ReportSource::All, QTimeZone(zone)));
    checkRollupsRecount(store.database());

    const ReportFigures f = figures(store.database(), query(at(0, 30), at(49, 30)), true);
    QCOMPARE(f.requested(), 6); // 00:59:59.999, 01:00 and 49:29:59.999 in both tables
    QCOMPARE(f.verifyCalls(), 6);
    QCOMPARE(f.unpairedVerifies, 0);
    QCOMPARE(f.latency.total(), 12);
    // The verify of an unknown token, in both tables: the sandbox's row counts (the token is
    // the sandbox's, so the history's row is a console call to it).
    QCOMPARE(figures(store.database(), query(at(0, 30), at(49, 30, 0, 1)), true).unpairedVerifies,
             1);
    QCOMPARE(
        figures(store.database(), query(at(0, 30), at(49, 30, 0, 1), ReportSource::Calls), true)
            .unpairedVerifies,
        1);
}

// India's and Nepal's UTC hours straddle their local hours: the series is read from the calls,
// and equals what the calls alone say.
void TestReportCallRollup::zonesWithHalfHourOffsetsReadTheCalls()
{
    ReportTestStore store;
    store.request(at(0, 20), u"T1"_s);
    store.request(at(0, 40), u"T2"_s);
    store.verify(at(18, 29), u"T1"_s, u"success"_s);
    store.verify(at(18, 31), u"T2"_s, u"success"_s);
    for (const QByteArray &zone :
         {QByteArrayLiteral("Asia/Kolkata"), QByteArrayLiteral("Asia/Kathmandu")}) {
        const ReportQuery q = query(at(-24), at(48), ReportSource::All, QTimeZone(zone));
        QVERIFY(!ReportSql(q).bucketsFollowUtcHours());
        checkBothWays(store.database(), q);
    }
    const ReportQuery kolkata
        = query(at(0), at(24), ReportSource::All, QTimeZone(QByteArrayLiteral("Asia/Kolkata")));
    const ReportFigures f = figures(store.database(), kolkata, true);
    // 00:20 UTC is 05:50 in Kolkata, 00:40 is 06:10: one UTC hour, two local ones.
    QCOMPARE(f.series.first().requests, 1);
    qint64 hoursWithRequests = 0;
    for (const ReportFigures::Point &point : f.series)
        hoursWithRequests += point.requests > 0 ? 1 : 0;
    QCOMPARE(hoursWithRequests, 2);
}

// The traffic recorder writes a batch per transaction: a verify in a later batch than its
// request is counted paired, in its own hour.
void TestReportCallRollup::verifyInALaterBatch()
{
    ReportTestStore store;
    store.request(at(1), u"T1"_s);
    checkRollupsRecount(store.database());
    store.verify(at(2, 30), u"T1"_s, u"Code is invalid."_s);
    store.verify(at(3, 30), u"T1"_s, u"success"_s);
    const ReportFigures f = figures(store.database(), query(at(0), at(24)), true);
    QCOMPARE(f.verifyCalls(), 2);
    QCOMPARE(f.unpairedVerifies, 0);
    QCOMPARE(
        sqlCount(store.database(),
                 u"SELECT COUNT(*) FROM report_calls WHERE call = 'verify' AND app_id = '*'"_s),
        2); // two hours
    checkBothWays(store.database(), query(at(0), at(24)));
    checkRollupsRecount(store.database());
}

// The history stores a call when its answer came: a verify stored before its request is
// unpaired until the request arrives, then moves to the paired counts.
void TestReportCallRollup::verifyStoredBeforeItsRequestIsPairedLater()
{
    ReportTestStore store;
    store.setTable(Table::Exchanges);
    store.verify(at(2), u"T1"_s, u"success"_s);
    QCOMPARE(figures(store.database(), query(at(0), at(24)), true).unpairedVerifies, 1);
    checkRollupsRecount(store.database());
    store.request(at(1), u"T1"_s);
    QCOMPARE(figures(store.database(), query(at(0), at(24)), true).unpairedVerifies, 0);
    store.request(at(1), u"T1"_s); // the same token again: nothing moves twice
    QCOMPARE(figures(store.database(), query(at(0), at(24)), true).unpairedVerifies, 0);
    checkBothWays(store.database(), query(at(0), at(24)));
    checkRollupsRecount(store.database());
}

// Retention deletes the oldest calls: their counts leave the rollups, a verify whose request
// went becomes unpaired, and cells counted down to zero go.
void TestReportCallRollup::pruningMovesTheCounts()
{
    ReportTestStore store;
    for (int i = 0; i < 4; ++i) {
        store.request(at(24 * i), u"T%1"_s.arg(i), u"success"_s, i % 2 ? Shop : QUuid());
        store.verify(at(24 * i + 1), u"T%1"_s.arg(i), u"Code is invalid."_s,
                     i % 2 ? Shop : QUuid());
        store.verify(at(24 * i + 2), u"T%1"_s.arg(i), u"success"_s, i % 2 ? Shop : QUuid());
    }
    const ReportQuery fourDays = query(at(0), at(96));
    QCOMPARE(figures(store.database(), fourDays, true).requested(), 4);
    QSqlQuery sql(store.database().connection());
    // T0 goes whole; T1's request only (its verifies stay, now unpaired).
    QVERIFY(sql.exec(
        u"DELETE FROM sandbox_traffic WHERE started_at <= %1"_s.arg(at(24).toMSecsSinceEpoch())));
    const ReportFigures f = figures(store.database(), fourDays, true);
    QCOMPARE(f.requested(), 2);
    QCOMPARE(f.verifyCalls(), 6);
    QCOMPARE(f.unpairedVerifies, 2);
    QCOMPARE(f.latency.total(), 8);
    QCOMPARE(sqlCount(store.database(),
                      u"SELECT COUNT(*) FROM report_calls WHERE hour < %1"_s.arg(
                          at(24).toMSecsSinceEpoch() / 3600000)),
             0);
    checkBothWays(store.database(), fourDays);
    checkRollupsRecount(store.database());

    QVERIFY(sql.exec(u"DELETE FROM sandbox_traffic"_s));
    QCOMPARE(sqlCount(store.database(), u"SELECT COUNT(*) FROM report_calls"_s), 0);
    QCOMPARE(sqlCount(store.database(), u"SELECT COUNT(*) FROM report_latency"_s), 0);
    QCOMPARE(sqlCount(store.database(), u"SELECT COUNT(*) FROM report_otp_counts"_s), 0);
}

// The OTP counts keep "open" OTPs (delivered, no answer that decides): pending or expired is
// judged against the report's now, from their expiry.
void TestReportCallRollup::openOtpsArePendingUntilTheirExpiry()
{
    ReportTestStore store;
    store.request(at(30), u"T1"_s); // expires at 30:05
    store.request(at(31), u"T2"_s); // expires at 31:05
    store.verify(at(31, 1), u"T2"_s, u"Code is invalid."_s);
    for (const auto &[now, pending] : {std::pair{at(30, 1), 2}, {at(31, 3), 1}, {at(31, 6), 0}}) {
        ReportQuery q = query(at(0), at(72));
        q.now = now;
        const ReportFigures f = figures(store.database(), q, true);
        QCOMPARE(f.fate(OtpFate::Pending), pending);
        QCOMPARE(f.fate(OtpFate::Expired), 2 - pending);
        checkBothWays(store.database(), q);
    }
}

// A console call to the embedded sandbox is in both tables, in either order: a report of both
// sources counts the sandbox's row, one of the history counts the history's.
void TestReportCallRollup::sandboxShadowsTheHistorysCallsOfItsTokens()
{
    ReportTestStore store;
    store.setTable(Table::Exchanges);
    store.request(at(1), u"T1"_s, u"success"_s, {}, 50);
    store.verify(at(1, 1), u"T1"_s, u"success"_s, {}, 60);
    store.request(at(2), u"REAL"_s, u"success"_s, {}, 70); // the real service
    const ReportQuery day = query(at(0), at(24));
    QCOMPARE(figures(store.database(), day, true).requested(), 2);
    store.setTable(Table::SandboxTraffic);
    store.request(at(1), u"T1"_s, u"success"_s, {}, 5);
    store.verify(at(1, 1), u"T1"_s, u"success"_s, {}, 6);
    ReportFigures f = figures(store.database(), day, true);
    QCOMPARE(f.requested(), 2);
    QCOMPARE(f.latency.steps().keys(), (QList<qint64>{50, 60, 700})); // 5, 6 and 70 ms
    QCOMPARE(figures(store.database(), query(at(0), at(24), ReportSource::Calls), true).requested(),
             2);
    checkBothWays(store.database(), day);
    checkRollupsRecount(store.database());

    QSqlQuery sql(store.database().connection());
    QVERIFY(sql.exec(u"DELETE FROM sandbox_traffic"_s)); // pruned: the history's count again
    f = figures(store.database(), day, true);
    QCOMPARE(f.latency.steps().keys(), (QList<qint64>{500, 600, 700}));
    checkBothWays(store.database(), day);
    checkRollupsRecount(store.database());
}

// Schema 7 counts the history stored before it, as the triggers would have.
void TestReportCallRollup::migrationFillsTheCountsFromStoredCalls()
{
    QTemporaryDir dir;
    {
        Database v6(dir.path(), SchemaMigrations::all().mid(0, 6));
        QVERIFY(v6.open().isUsable());
        QSqlQuery query(v6.connection());
        const auto insert = [&](const QString &call, const QDateTime &when, const QString &outcome,
                                const QJsonObject &record) {
            query.prepare(u"INSERT INTO exchanges (app_id, app_name, call, started_at, outcome,"
                          " http_status, latency_ms, record_json) VALUES ('gone', 'Shop', ?, ?, ?,"
                          " 200, 12, ?)"_s);
            query.addBindValue(call);
            query.addBindValue(when.toMSecsSinceEpoch());
            query.addBindValue(outcome);
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        };
        const QJsonObject verifyT1{
            {u"record"_s,
             QJsonObject{{u"request"_s, QJsonObject{{u"body"_s, u"key=k&token=T1&pin=1"_s}}}}}};
        insert(u"request"_s, at(1), u"success"_s, {{u"token"_s, u"T1"_s}});
        insert(u"verify"_s, at(2), u"success"_s, verifyT1);
        insert(u"verify"_s, at(26), u"success"_s, verifyT1);
        insert(u"verify"_s, at(3), u"Code is invalid."_s, {}); // no token: unpaired
    }
    Database latest(dir.path());
    QVERIFY(latest.open().isUsable());
    QCOMPARE(sqlCount(latest, u"SELECT SUM(calls) FROM report_calls WHERE app_id = '*'"_s), 4);
    QCOMPARE(sqlCount(latest,
                      u"SELECT SUM(calls) FROM report_calls WHERE unpaired = 1"
                      " AND app_id = 'gone'"_s),
             1);
    QCOMPARE(sqlCount(latest, u"SELECT COUNT(*) FROM report_latency WHERE app_id = '*'"_s),
             2); // two days, one step
    const ReportFigures f = figures(latest, query(at(0), at(48)), true);
    QCOMPARE(f.verifyCalls(), 3);
    QCOMPARE(f.unpairedVerifies, 1);
    checkBothWays(latest, query(at(0), at(48)));
    checkRollupsRecount(latest);
}

QTEST_GUILESS_MAIN(TestReportCallRollup)
#include "tst_reportcallrollup.moc"

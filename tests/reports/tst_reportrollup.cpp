#include "ReportTestStore.h"
#include "reports/ReportEngine.h"
#include "storage/SchemaMigrations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using Table = ReportSql::Table;

namespace {
const QDateTime D0(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());

QDateTime at(int minutes, int seconds = 0)
{
    return D0.addSecs(minutes * 60 + seconds);
}

ReportQuery dayQuery(ReportSource source = ReportSource::All)
{
    ReportQuery query;
    query.from = D0;
    query.to = D0.addDays(1);
    query.now = query.to;
    query.source = source;
    query.timeZone = QTimeZone::utc();
    return query;
}

// The OTPs of a day as the rollup holds them and as the join of requests to verifies computes
// them, one line per OTP: they must agree whatever order and batches the calls came in.
QStringList otpLines(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT source, id, delivered, verifies, wrong, first_verify,"
                    " correct_verify, correct_at, expire_answer, fate, ttv_ms FROM ("_s
                    + sql + u") ORDER BY source, id"_s))
        return {query.lastError().text()};
    QStringList lines;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 11; ++i)
            fields << (query.isNull(i) ? u"-"_s : query.value(i).toString());
        lines << fields.join(u' ');
    }
    return lines;
}

QStringList rolledUp(Database &database, ReportSource source = ReportSource::All)
{
    const ReportSql sql(dayQuery(source));
    return otpLines(database,
                    u"SELECT CASE src WHEN 0 THEN 'calls' ELSE 'sandbox' END AS source, * FROM ("_s
                        + sql.rolledUpOtps() + u")"_s);
}

QStringList joined(Database &database, ReportSource source = ReportSource::All)
{
    return otpLines(database, ReportSql(dayQuery(source)).otps());
}

SandboxTrafficRow trafficRow(OtpOperation call, const QDateTime &startedAt, const QString &token,
                             const QString &outcome)
{
    SandboxTrafficRow row;
    row.startedAt = startedAt;
    row.appId = QUuid::fromString(u"11111111-1111-1111-1111-111111111111"_s);
    row.call = call;
    row.httpStatus = outcome == u"success"_s ? 200 : 400;
    row.outcome = outcome;
    row.latencyMs = 2;
    row.token = token;
    if (call == OtpOperation::Request)
        row.expiresAt = startedAt.addSecs(300);
    return row;
}

// A history row as version 6 stored it: no token column yet, the token in the record.
void insertVersion6Call(QSqlDatabase db, const QString &call, const QDateTime &startedAt,
                        const QString &outcome, const QJsonObject &record)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO exchanges (app_id, app_name, call, started_at, outcome,"
                  " record_json) VALUES ('gone', 'Shop', ?, ?, ?, ?)"_s);
    query.addBindValue(call);
    query.addBindValue(startedAt.toMSecsSinceEpoch());
    query.addBindValue(outcome);
    query.addBindValue(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    QVERIFY(query.exec());
}

QJsonObject verifyBody(const QString &token)
{
    return {{u"record"_s,
             QJsonObject{
                 {u"request"_s, QJsonObject{{u"body"_s, u"key=k&token=%1&pin=1"_s.arg(token)}}}}}};
}
} // namespace

class TestReportRollup : public QObject
{
    Q_OBJECT

private slots:
    void verifyInALaterBatch();
    void tokenVerifiedTwice();
    void verifyStoredBeforeItsRequest();
    void prunedCallsLeaveTheRollup();
    void consoleCallCountedOnceWhicheverTableHasItFirst();
    void migrationFillsTheRollupFromStoredCalls();
};

// The traffic recorder writes a batch per transaction: a verify in a later batch than its
// request moves the OTP it belongs to.
void TestReportRollup::verifyInALaterBatch()
{
    ReportTestStore store;
    SandboxTrafficRepository traffic(store.database());
    QVERIFY(traffic
                .appendAll({trafficRow(OtpOperation::Request, at(1), u"T1"_s, u"success"_s),
                            trafficRow(OtpOperation::Request, at(2), u"T2"_s, u"success"_s)})
                .ok());
    ReportFigures f = ReportEngine(store.database()).figures(dayQuery()).value;
    QCOMPARE(f.fate(OtpFate::Expired), 2);
    QCOMPARE(f.attempted, 0);

    QVERIFY(
        traffic.appendAll({trafficRow(OtpOperation::Verify, at(3), u"T1"_s, u"Code is invalid."_s)})
            .ok());
    QVERIFY(
        traffic.appendAll({trafficRow(OtpOperation::Verify, at(4), u"T1"_s, u"success"_s)}).ok());
    f = ReportEngine(store.database()).figures(dayQuery()).value;
    QCOMPARE(f.fate(OtpFate::Verified), 1);
    QCOMPARE(f.fate(OtpFate::Expired), 1);
    QCOMPARE(f.attempted, 1);
    QCOMPARE(f.firstTryVerified, 0); // the first verify was wrong
    QCOMPARE(*f.timeToVerifyPercentileMs(1.0), 180000.0);
    QCOMPARE(rolledUp(store.database()), joined(store.database()));
}

// The first correct verify decides; a second one is one more attempt, not a second OTP.
void TestReportRollup::tokenVerifiedTwice()
{
    ReportTestStore store;
    store.request(at(1), u"T1"_s);
    store.verify(at(1, 20), u"T1"_s, u"success"_s);
    store.verify(at(1, 50), u"T1"_s, u"success"_s);
    const ReportFigures f = ReportEngine(store.database()).figures(dayQuery()).value;
    QCOMPARE(f.requested(), 1);
    QCOMPARE(f.fate(OtpFate::Verified), 1);
    QCOMPARE(f.firstTryVerified, 1);
    QCOMPARE(*f.timeToVerifyPercentileMs(1.0), 20000.0);
    const QStringList lines = rolledUp(store.database());
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(u"sandbox 1 1 2 0 2 2 "_s), qPrintable(lines.first()));
    QCOMPARE(lines, joined(store.database()));
}

// The history stores a call when its answer came: a verify may be stored before its request.
void TestReportRollup::verifyStoredBeforeItsRequest()
{
    ReportTestStore store;
    store.setTable(Table::Exchanges);
    store.verify(at(2), u"T1"_s, u"Code is invalid."_s);
    store.request(at(1), u"T1"_s);
    store.verify(at(3), u"T1"_s, u"success"_s);
    const ReportFigures f = ReportEngine(store.database()).figures(dayQuery()).value;
    QCOMPARE(f.fate(OtpFate::Verified), 1);
    QCOMPARE(f.attempted, 1);
    QCOMPARE(f.firstTryVerified, 0);
    QCOMPARE(f.unpairedVerifies, 0);
    QCOMPARE(rolledUp(store.database()), joined(store.database()));
}

// Retention deletes old rows: a request's OTP goes with it, a deleted verify no longer counts.
void TestReportRollup::prunedCallsLeaveTheRollup()
{
    ReportTestStore store;
    store.request(at(1), u"T1"_s);
    store.verify(at(2), u"T1"_s, u"Code is invalid."_s);
    store.request(at(10), u"T2"_s);
    store.verify(at(11), u"T2"_s, u"success"_s);
    QSqlQuery query(store.database().connection());
    QVERIFY(query.exec(u"DELETE FROM sandbox_traffic WHERE started_at < %1"_s.arg(
        at(1, 30).toMSecsSinceEpoch()))); // T1's request only
    QVERIFY(query.exec(u"DELETE FROM sandbox_traffic WHERE call = 'verify' AND token = 'T2'"_s));
    const ReportFigures f = ReportEngine(store.database()).figures(dayQuery()).value;
    QCOMPARE(f.requested(), 1);
    QCOMPARE(f.fate(OtpFate::Expired), 1); // T2, its verify gone
    QCOMPARE(f.attempted, 0);
    QCOMPARE(rolledUp(store.database()), joined(store.database()));
}

// A console call to the embedded sandbox is in both tables, written in either order.
void TestReportRollup::consoleCallCountedOnceWhicheverTableHasItFirst()
{
    ReportTestStore store;
    store.setTable(Table::Exchanges);
    store.request(at(1), u"T1"_s); // the history first
    store.setTable(Table::SandboxTraffic);
    store.request(at(1), u"T1"_s);
    store.request(at(2), u"T2"_s); // the sandbox first
    store.setTable(Table::Exchanges);
    store.request(at(2), u"T2"_s);
    store.request(at(3), u"REAL"_s); // to the real service: the history only
    ReportEngine engine(store.database());
    QCOMPARE(engine.figures(dayQuery(ReportSource::All)).value.requested(), 3);
    QCOMPARE(engine.figures(dayQuery(ReportSource::Calls)).value.requested(), 3);
    QCOMPARE(engine.figures(dayQuery(ReportSource::Sandbox)).value.requested(), 2);
    QCOMPARE(rolledUp(store.database()), joined(store.database()));

    QSqlQuery query(store.database().connection());
    QVERIFY(query.exec(u"DELETE FROM sandbox_traffic WHERE token = 'T1'"_s)); // pruned
    QCOMPARE(engine.figures(dayQuery(ReportSource::All)).value.requested(), 3);
    QCOMPARE(rolledUp(store.database()), joined(store.database()));
}

// Schema 7 fills the rollup from the history stored before it, as the triggers would have.
void TestReportRollup::migrationFillsTheRollupFromStoredCalls()
{
    QTemporaryDir dir;
    {
        Database v6(dir.path(), SchemaMigrations::all().mid(0, 6));
        QVERIFY(v6.open().isUsable());
        const QSqlDatabase db = v6.connection();
        insertVersion6Call(db, u"request"_s, at(1), u"success"_s, {{u"token"_s, u"T1"_s}});
        insertVersion6Call(db, u"verify"_s, at(2), u"Code is invalid."_s, verifyBody(u"T1"_s));
        insertVersion6Call(db, u"verify"_s, at(3), u"success"_s, verifyBody(u"T1"_s));
        insertVersion6Call(db, u"request"_s, at(4), u"success"_s, {{u"token"_s, u"T2"_s}});
        for (int i = 0; i < 5; ++i)
            insertVersion6Call(db, u"verify"_s, at(5, i), u"Code is invalid."_s,
                               verifyBody(u"T2"_s));
        insertVersion6Call(db, u"request"_s, at(6), u"Invalid Parameter."_s, {});
    }
    Database latest(dir.path());
    QVERIFY(latest.open().isUsable());
    const QStringList lines = rolledUp(latest);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines, joined(latest));
    const ReportFigures f = ReportEngine(latest).figures(dayQuery()).value;
    QCOMPARE(f.fate(OtpFate::Verified), 1);
    QCOMPARE(f.fate(OtpFate::Burned), 1);
    QCOMPARE(f.fate(OtpFate::Failed), 1);
    QCOMPARE(f.attempted, 2);
}

QTEST_GUILESS_MAIN(TestReportRollup)
#include "tst_reportrollup.moc"

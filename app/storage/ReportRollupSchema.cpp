#include "ReportRollupSchema.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// The outcomes the figures count (the sandbox's and the real service's OTP messages).
constexpr auto WrongPin = "'Code is invalid.'";
constexpr auto Expired = "'Token is expire.'";

// A history row whose token the sandbox's traffic also holds: a console call to the embedded
// sandbox, counted once (as the sandbox's) when a report reads both sources.
QString shadowedBySandbox(const QString &token)
{
    return u"(%1 <> '' AND EXISTS (SELECT 1 FROM sandbox_traffic s WHERE s.token = %1))"_s.arg(
        token);
}
} // namespace

// What the verifies of one token add up to: verifies, wrong, first_verify, correct_verify,
// correct_at, expire_answer (the columns report_otps keeps, docs/reports.md).
QString ReportRollupSchema::verifySums(const QString &table, const QString &token)
{
    return u"SELECT COUNT(v.id), COALESCE(SUM(v.outcome = %3), 0), MIN(v.id),"
           " MIN(CASE WHEN v.outcome = 'success' THEN v.id END),"
           " MIN(CASE WHEN v.outcome = 'success' THEN v.started_at END),"
           " COALESCE(MAX(v.outcome = %4), 0)"
           " FROM %1 v WHERE v.token = %2 AND v.call = 'verify' AND %2 <> ''"_s.arg(
               table, token, QLatin1String(WrongPin), QLatin1String(Expired));
}

// "+src": the updates find an OTP by its token; left to itself, SQLite's planner takes the
// primary key's "src = 0" for the one that sets shadowed and reads every history OTP per call.
QStringList ReportRollupSchema::triggersFor(int src, const QString &table)
{
    const QString s = QString::number(src);
    const QString shadowed = src == 0 ? shadowedBySandbox(u"NEW.token"_s) : u"0"_s;
    QStringList sql{
        // A request: its row, with the verifies stored before it (a history's order may vary).
        u"CREATE TRIGGER %1_rollup_request AFTER INSERT ON %1 WHEN NEW.call = 'request' BEGIN"
        " INSERT INTO report_otps (src, id, started_at, app_id, token, delivered, expires_at,"
        " verifies, wrong, first_verify, correct_verify, correct_at, expire_answer, shadowed)"
        " SELECT %2, NEW.id, NEW.started_at, NEW.app_id, NEW.token,"
        " (NEW.outcome = 'success' AND NEW.token <> ''), NEW.expires_at, sums.*, %3"
        " FROM ("_s.arg(table, s, shadowed)
            + verifySums(table, u"NEW.token"_s) + u") sums; END"_s,
        // A verify moves the OTPs of its token (one, or each request that issued it).
        u"CREATE TRIGGER %1_rollup_verify AFTER INSERT ON %1"
        " WHEN NEW.call = 'verify' AND NEW.token <> '' BEGIN"
        " UPDATE report_otps SET verifies = verifies + 1,"
        " wrong = wrong + (NEW.outcome = %3),"
        " first_verify = MIN(COALESCE(first_verify, NEW.id), NEW.id),"
        " correct_verify = CASE WHEN NEW.outcome = 'success'"
        "  THEN MIN(COALESCE(correct_verify, NEW.id), NEW.id) ELSE correct_verify END,"
        " correct_at = CASE WHEN NEW.outcome = 'success'"
        "  THEN MIN(COALESCE(correct_at, NEW.started_at), NEW.started_at) ELSE correct_at END,"
        " expire_answer = MAX(expire_answer, NEW.outcome = %4)"
        " WHERE +src = %2 AND token = NEW.token; END"_s.arg(table, s, QLatin1String(WrongPin),
                                                            QLatin1String(Expired)),
        u"CREATE TRIGGER %1_rollup_request_gone AFTER DELETE ON %1 WHEN OLD.call = 'request'"
        " BEGIN DELETE FROM report_otps WHERE src = %2 AND id = OLD.id; END"_s.arg(table, s),
        u"CREATE TRIGGER %1_rollup_verify_gone AFTER DELETE ON %1"
        " WHEN OLD.call = 'verify' AND OLD.token <> '' BEGIN"
        " UPDATE report_otps SET (verifies, wrong, first_verify, correct_verify, correct_at,"
        " expire_answer) = ("_s.arg(table)
            + verifySums(table, u"report_otps.token"_s)
            + u") WHERE +src = %1 AND token = OLD.token; END"_s.arg(s),
    };
    if (src == 1) {
        sql << u"CREATE TRIGGER sandbox_traffic_rollup_shadows AFTER INSERT ON sandbox_traffic"
               " WHEN NEW.token <> '' BEGIN UPDATE report_otps SET shadowed = 1"
               " WHERE +src = 0 AND token = NEW.token AND shadowed = 0; END"_s
            << u"CREATE TRIGGER sandbox_traffic_rollup_unshadows AFTER DELETE ON sandbox_traffic"
               " WHEN OLD.token <> '' BEGIN UPDATE report_otps SET shadowed = "_s
                + shadowedBySandbox(u"OLD.token"_s)
                + u" WHERE +src = 0 AND token = OLD.token; END"_s;
    }
    return sql;
}

QStringList ReportRollupSchema::statements()
{
    const QString covered = u"src, shadowed, delivered, verifies, wrong, first_verify,"
                            " correct_verify, correct_at, expire_answer, expires_at"_s;
    QStringList sql{
        u"CREATE TABLE report_otps ("
        " src INTEGER NOT NULL," // 0: exchanges (the history), 1: sandbox_traffic
        " id INTEGER NOT NULL," // the request's row id in its table
        " started_at INTEGER NOT NULL,"
        " app_id TEXT NOT NULL,"
        " token TEXT NOT NULL,"
        " delivered INTEGER NOT NULL," // answered success with a token
        " expires_at INTEGER,"
        " verifies INTEGER NOT NULL,"
        " wrong INTEGER NOT NULL," // verifies answered "Code is invalid."
        " first_verify INTEGER," // lowest verify id
        " correct_verify INTEGER," // lowest verify id answered success
        " correct_at INTEGER," // earliest time of a verify answered success
        " expire_answer INTEGER NOT NULL," // a verify answered "Token is expire."
        " shadowed INTEGER NOT NULL," // a history row whose token sandbox_traffic holds
        " PRIMARY KEY (src, id)) WITHOUT ROWID"_s,
        u"CREATE INDEX report_otps_time ON report_otps (started_at, app_id, %1)"_s.arg(covered),
        u"CREATE INDEX report_otps_app_time ON report_otps (app_id, started_at, %1)"_s.arg(covered),
        u"CREATE INDEX report_otps_token ON report_otps (token, src)"_s,
    };
    sql << triggersFor(0, u"exchanges"_s) << triggersFor(1, u"sandbox_traffic"_s);
    // The calls stored before: every request with its verifies, as the triggers would have.
    for (const auto &[src, table] : {std::pair{0, u"exchanges"_s}, {1, u"sandbox_traffic"_s}}) {
        sql << u"INSERT INTO report_otps SELECT %1, r.id, r.started_at, r.app_id, r.token,"
               " (r.outcome = 'success' AND r.token <> ''), r.expires_at, COUNT(v.id),"
               " COALESCE(SUM(v.outcome = %4), 0), MIN(v.id),"
               " MIN(CASE WHEN v.outcome = 'success' THEN v.id END),"
               " MIN(CASE WHEN v.outcome = 'success' THEN v.started_at END),"
               " COALESCE(MAX(v.outcome = %5), 0), %3 FROM %2 r LEFT JOIN %2 v"
               " ON v.token = r.token AND v.call = 'verify' AND r.token <> ''"
               " WHERE r.call = 'request' GROUP BY r.id"_s.arg(
                   QString::number(src), table, src == 0 ? shadowedBySandbox(u"r.token"_s) : u"0"_s,
                   QLatin1String(WrongPin), QLatin1String(Expired));
    }
    return sql;
}

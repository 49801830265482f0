#include "ReportOtpCountsSchema.h"

#include "ReportCallRollupSchema.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QString BothApps = u"(SELECT 0 AS every UNION ALL SELECT 1 AS every) a"_s;
const QString Key = u"src, app_id, day, shadowed, state, attempted, first_try, ttv_step"_s;
} // namespace

QString ReportOtpCountsSchema::stateExpression(const QString &alias)
{
    return u"CASE WHEN NOT %1.delivered THEN 'failed' WHEN %1.correct_at IS NOT NULL"
           " THEN 'verified' WHEN %1.wrong >= %2 THEN 'burned' WHEN %1.expire_answer"
           " THEN 'expired' ELSE 'open' END"_s.arg(alias)
               .arg(BurnedAfter);
}

QString ReportOtpCountsSchema::timeToVerifyStep(const QString &ms)
{
    return u"(CASE WHEN %1 < 10000 THEN %1 / 100 ELSE %1 / 1000 * 10 END)"_s.arg(ms);
}

namespace {
// The step of an OTP of report_otps (alias), -1 when not verified (a key cannot be NULL).
QString stepOf(const QString &alias)
{
    return u"COALESCE(%1, -1)"_s.arg(ReportOtpCountsSchema::timeToVerifyStep(
        u"(CASE WHEN %1.correct_at IS NOT NULL THEN MAX(0, %1.correct_at - %1.started_at) END)"_s
            .arg(alias)));
}
} // namespace

// The cell of one report_otps row (NEW or OLD), for its app and for all apps.
QString ReportOtpCountsSchema::cellValues(const QString &row, int sign)
{
    return u"SELECT %1.src, CASE a.every WHEN 1 THEN '%2' ELSE %1.app_id END, %1.started_at / %3,"
           " %1.shadowed, %4, %1.delivered AND %1.verifies > 0,"
           " COALESCE(%1.first_verify = %1.correct_verify, 0), %5, %6 FROM %7 WHERE 1"_s.arg(
               row, QLatin1String(ReportCallRollupSchema::AllApps),
               QString::number(ReportCallRollupSchema::DayMs), stateExpression(row), stepOf(row),
               QString::number(sign), BothApps);
}

QStringList ReportOtpCountsSchema::statements()
{
    const QString upsert = u"INSERT INTO report_otp_counts (%1, otps) "_s.arg(Key);
    const QString added = u" ON CONFLICT DO UPDATE SET otps = otps + excluded.otps"_s;
    return {
        u"CREATE TABLE report_otp_counts ("
        " src INTEGER NOT NULL," // 0: exchanges (the history), 1: sandbox_traffic
        " app_id TEXT NOT NULL," // the OTP's app, or '*': all apps
        " day INTEGER NOT NULL," // the request's started_at / 86400000: its UTC day
        " shadowed INTEGER NOT NULL," // a history OTP whose token sandbox_traffic holds
        " state TEXT NOT NULL," // failed, verified, burned, expired, open
        " attempted INTEGER NOT NULL," // delivered, with at least one verify
        " first_try INTEGER NOT NULL," // its first verify was the correct one
        " ttv_step INTEGER NOT NULL," // time to verify, ReportOtpCountsSchema; -1: none
        " otps INTEGER NOT NULL,"
        " PRIMARY KEY (src, app_id, day, shadowed, state, attempted, first_try, ttv_step))"
        " WITHOUT ROWID"_s,
        // "Open" OTPs still valid at a report's now are pending: found by their expiry.
        u"CREATE INDEX report_otps_open ON report_otps (expires_at, started_at) WHERE delivered"
        " AND correct_at IS NULL AND wrong < %1 AND NOT expire_answer"_s.arg(BurnedAfter),
        upsert
            + u"SELECT r.src, CASE a.every WHEN 1 THEN '%1' ELSE r.app_id END, r.started_at / %2,"
              " r.shadowed, %3, r.delivered AND r.verifies > 0,"
              " COALESCE(r.first_verify = r.correct_verify, 0), %4, COUNT(*)"
              " FROM report_otps r, %5 WHERE 1 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"_s.arg(
                  QLatin1String(ReportCallRollupSchema::AllApps),
                  QString::number(ReportCallRollupSchema::DayMs), stateExpression(u"r"_s),
                  stepOf(u"r"_s), BothApps),
        u"CREATE TRIGGER report_otps_counts_insert AFTER INSERT ON report_otps BEGIN "_s + upsert
            + cellValues(u"NEW"_s, 1) + added + u"; END"_s,
        u"CREATE TRIGGER report_otps_counts_update AFTER UPDATE ON report_otps BEGIN "_s + upsert
            + cellValues(u"OLD"_s, -1) + added + u"; "_s + upsert + cellValues(u"NEW"_s, 1) + added
            + u"; END"_s,
        u"CREATE TRIGGER report_otps_counts_delete AFTER DELETE ON report_otps BEGIN "_s + upsert
            + cellValues(u"OLD"_s, -1) + added + u"; END"_s,
        ReportCallRollupSchema::removedWhenZero(u"report_otp_counts"_s, u"otps"_s,
                                                {u"src"_s, u"app_id"_s, u"day"_s, u"shadowed"_s,
                                                 u"state"_s, u"attempted"_s, u"first_try"_s,
                                                 u"ttv_step"_s}),
    };
}

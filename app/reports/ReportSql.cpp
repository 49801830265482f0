#include "ReportSql.h"

#include "sandbox/TokenStore.h"
#include "storage/ReportCallRollupSchema.h"
#include "storage/ReportOtpCountsSchema.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

ReportSql::ReportSql(const ReportQuery &query) : m_query(query) { }

QString ReportSql::quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

QString ReportSql::tableName(Table table)
{
    return table == Table::Exchanges ? u"exchanges"_s : u"sandbox_traffic"_s;
}

QString ReportSql::sourceId(Table table)
{
    return table == Table::Exchanges ? u"calls"_s : u"sandbox"_s;
}

QList<ReportSql::Table> ReportSql::tables(const Scope &scope) const
{
    QList<Table> result;
    if (m_query.source != ReportSource::Sandbox)
        result << Table::Exchanges;
    if (m_query.source != ReportSource::Calls)
        result << Table::SandboxTraffic;
    if (scope.onlyTable)
        result.removeIf([&](Table table) { return table != *scope.onlyTable; });
    return result;
}

QString ReportSql::periodConditions(const QString &alias,
                                    const std::optional<std::pair<qint64, qint64>> &range) const
{
    QString sql = u"%1.started_at >= %2 AND %1.started_at < %3"_s.arg(alias)
                      .arg(range ? range->first : m_query.from.toMSecsSinceEpoch())
                      .arg(range ? range->second : m_query.to.toMSecsSinceEpoch());
    if (m_query.appId) {
        sql += u" AND %1.app_id = %2"_s.arg(alias,
                                            quoted(m_query.appId->toString(QUuid::WithoutBraces)));
    }
    return sql;
}

// With both sources, a console call to the embedded sandbox is in both tables: the sandbox's
// row counts, the history's with the same token does not.
QString ReportSql::notSeenBySandbox(Table table, const QString &alias) const
{
    if (table != Table::Exchanges || m_query.source != ReportSource::All)
        return {};
    return u" AND NOT (%1.token <> '' AND EXISTS (SELECT 1 FROM sandbox_traffic s"
           " WHERE s.token = %1.token))"_s.arg(alias);
}

// Local milliseconds: the instant plus the zone's offset, piecewise between the zone's
// transitions in the period (none for Asia/Bangkok or UTC), divided into hours or days.
QString ReportSql::localBucket(const QString &column) const
{
    const QTimeZone &zone = m_query.timeZone;
    QString offset = QString::number(qint64(zone.offsetFromUtc(m_query.from)) * 1000);
    if (zone.hasTransitions()) {
        const auto transitions = zone.transitions(m_query.from, m_query.to);
        if (!transitions.isEmpty()) {
            QString cases = u"CASE"_s;
            qint64 before = qint64(zone.offsetFromUtc(m_query.from)) * 1000;
            for (const QTimeZone::OffsetData &change : transitions) {
                cases += u" WHEN %1 < %2 THEN %3"_s.arg(column)
                             .arg(change.atUtc.toMSecsSinceEpoch())
                             .arg(before);
                before = qint64(change.offsetFromUtc) * 1000;
            }
            offset = cases + u" ELSE %1 END"_s.arg(before);
        }
    }
    return u"((%1 + %2) / %3)"_s.arg(column, offset).arg(m_query.bucketWidthMs());
}

QString ReportSql::calls(const Scope &scope, bool withUnpaired) const
{
    QStringList arms;
    for (const Table table : tables(scope))
        arms << callsOf(table, scope, withUnpaired);
    return arms.join(u" UNION ALL "_s);
}

QString ReportSql::callsOf(Table table, const Scope &scope, bool withUnpaired) const
{
    const QString name = tableName(table);
    const QString unpaired
        = withUnpaired ? ReportCallRollupSchema::unpairedExpression(name, u"c"_s) : u"0"_s;
    QString sql = u"SELECT c.call AS call, COALESCE(c.http_status, 0) AS http_status,"
                  " c.outcome AS outcome, c.latency_ms AS latency_ms, c.token AS token, "_s
        + localBucket(u"c.started_at"_s) + u" AS bucket, "_s + unpaired
        + u" AS unpaired FROM %1 c WHERE "_s.arg(name) + periodConditions(u"c"_s, scope.range)
        + notSeenBySandbox(table, u"c"_s);
    if (scope.callId)
        sql += u" AND c.id = %1"_s.arg(*scope.callId);
    return sql;
}

QString ReportSql::otps(const Scope &scope, const QString &requestOrder, int limit,
                        bool withCodes) const
{
    QStringList arms;
    for (const Table table : tables(scope))
        arms << u"SELECT * FROM ("_s + otpsOf(table, scope, requestOrder, limit, withCodes) + u')';
    return withFate(arms.join(u" UNION ALL "_s));
}

// The fate of each OTP, in this order: docs/reports.md.
QString ReportSql::withFate(const QString &otps) const
{
    const QString now = QString::number(m_query.nowOrCurrent().toMSecsSinceEpoch());
    static_assert(ReportOtpCountsSchema::BurnedAfter == TokenStore::MaxWrongAttempts);
    return u"SELECT o.*, CASE WHEN NOT o.delivered THEN 'failed'"
           " WHEN o.correct_at IS NOT NULL THEN 'verified'"
           " WHEN o.wrong >= %1 THEN 'burned'"
           " WHEN o.expire_answer OR (o.expires_at IS NOT NULL AND o.expires_at <= %2)"
           " THEN 'expired' ELSE 'pending' END AS fate,"
           " CASE WHEN o.correct_at IS NOT NULL THEN MAX(0, o.correct_at - o.at) END AS ttv_ms"
           " FROM ("_s.arg(TokenStore::MaxWrongAttempts)
               .arg(now)
        + otps + u") o"_s;
}

QString ReportSql::rollupConditions() const
{
    QString sql;
    switch (m_query.source) {
    case ReportSource::Calls:
        sql = u"r.src = 0"_s;
        break;
    case ReportSource::Sandbox:
        sql = u"r.src = 1"_s;
        break;
    case ReportSource::All: // a console call to the embedded sandbox counts as the sandbox's
        sql = u"(r.src = 1 OR r.shadowed = 0)"_s;
        break;
    }
    return sql;
}

QString ReportSql::rollupApp() const
{
    return m_query.appId ? quoted(m_query.appId->toString(QUuid::WithoutBraces))
                         : quoted(QLatin1String(ReportCallRollupSchema::AllApps));
}

QString ReportSql::rolledUpOtpCounts(qint64 firstDay, qint64 endDay) const
{
    return u"SELECT state, attempted, first_try, ttv_step, SUM(otps) FROM report_otp_counts r"
           " WHERE %1 AND r.app_id = %2 AND r.day >= %3 AND r.day < %4 GROUP BY 1, 2, 3, 4"_s.arg(
               rollupConditions(), rollupApp(), QString::number(firstDay), QString::number(endDay));
}

QString ReportSql::pendingOtps(qint64 firstDay, qint64 endDay) const
{
    // The terms of the partial index report_otps_open, then its expiry range.
    QString open = u"SELECT COUNT(*) FROM report_otps r WHERE r.delivered AND r.correct_at IS NULL"
                   " AND r.wrong < %1 AND NOT r.expire_answer AND r.started_at >= %2"
                   " AND r.started_at < %3 AND %4"_s.arg(
                       QString::number(ReportOtpCountsSchema::BurnedAfter),
                       QString::number(firstDay * ReportCallRollupSchema::DayMs),
                       QString::number(endDay * ReportCallRollupSchema::DayMs), rollupConditions());
    if (m_query.appId)
        open += u" AND r.app_id = "_s + rollupApp();
    return u"SELECT (%1 AND r.expires_at IS NULL) + (%1 AND r.expires_at > %2)"_s.arg(
        open, QString::number(m_query.nowOrCurrent().toMSecsSinceEpoch()));
}

QString ReportSql::rolledUpCalls(qint64 firstHour, qint64 endHour) const
{
    const QString app = rollupApp();
    return u"SELECT call, http_status, outcome, "_s
        + localBucket(u"(r.hour * %1)"_s.arg(ReportCallRollupSchema::HourMs))
        + u" AS bucket, SUM(calls), SUM(unpaired * calls) FROM report_calls r WHERE %1"
          " AND r.app_id = %2 AND r.hour >= %3 AND r.hour < %4 GROUP BY 1, 2, 3, 4"_s.arg(
              rollupConditions(), app, QString::number(firstHour), QString::number(endHour));
}

QString ReportSql::rolledUpLatency(qint64 firstDay, qint64 endDay) const
{
    const QString app = rollupApp();
    return u"SELECT step, SUM(calls) FROM report_latency r WHERE %1 AND r.app_id = %2"
           " AND r.day >= %3 AND r.day < %4 GROUP BY 1"_s.arg(
               rollupConditions(), app, QString::number(firstDay), QString::number(endDay));
}

bool ReportSql::bucketsFollowUtcHours() const
{
    const QTimeZone &zone = m_query.timeZone;
    if (zone.offsetFromUtc(m_query.from) % 3600 != 0)
        return false;
    if (!zone.hasTransitions())
        return true;
    const auto transitions = zone.transitions(m_query.from, m_query.to);
    return std::all_of(transitions.cbegin(), transitions.cend(), [](const auto &change) {
        return change.offsetFromUtc % 3600 == 0
            && change.atUtc.toMSecsSinceEpoch() % ReportCallRollupSchema::HourMs == 0;
    });
}

QString ReportSql::rolledUpOtps(const std::optional<std::pair<qint64, qint64>> &range) const
{
    return withFate(u"SELECT r.src AS src, r.id AS id, r.started_at AS at, r.app_id AS app_id,"
                    " r.token AS token, r.expires_at AS expires_at, r.delivered AS delivered,"
                    " r.verifies AS verifies, r.wrong AS wrong, r.first_verify AS first_verify,"
                    " r.correct_verify AS correct_verify, r.correct_at AS correct_at,"
                    " r.expire_answer AS expire_answer FROM report_otps r WHERE "_s
                    + periodConditions(u"r"_s, range) + u" AND "_s + rollupConditions());
}

QString ReportSql::otpsOf(Table table, const Scope &scope, const QString &requestOrder, int limit,
                          bool withCodes) const
{
    const QString name = tableName(table);
    const QString refno = table == Table::SandboxTraffic
        ? u"refno"_s
        : u"COALESCE(json_extract(record_json, '$.refno'), '')"_s;
    QString requests
        = u"SELECT id, started_at, app_id, app_name, msisdn, token, outcome,"
          " expires_at, %1 AS refno FROM %2 x WHERE x.call = 'request' AND "_s.arg(refno, name)
        + periodConditions(u"x"_s) + notSeenBySandbox(table, u"x"_s);
    if (scope.callId)
        requests += u" AND x.id = %1"_s.arg(*scope.callId);
    if (scope.token)
        requests += u" AND x.token = %1"_s.arg(quoted(*scope.token));
    if (!requestOrder.isEmpty())
        requests += u" ORDER BY "_s + requestOrder;
    if (limit >= 0)
        requests += u" LIMIT %1"_s.arg(limit);

    QString join = u"v.token = r.token AND v.call = 'verify' AND r.token <> ''"_s;
    if (scope.verifiesUpToId)
        join += u" AND v.id <= %1"_s.arg(*scope.verifiesUpToId);
    return u"SELECT %1 AS source, r.id AS id, r.started_at AS at, r.app_id AS app_id,"
           " r.app_name AS app_name, r.msisdn AS msisdn, r.token AS token, r.refno AS refno,"
           " r.outcome AS request_outcome, r.expires_at AS expires_at,"
           " (r.outcome = 'success' AND r.token <> '') AS delivered, COUNT(v.id) AS verifies,"
           " COALESCE(SUM(v.outcome = 'Code is invalid.'), 0) AS wrong,"
           " MIN(v.id) AS first_verify,"
           " MIN(CASE WHEN v.outcome = 'success' THEN v.id END) AS correct_verify,"
           " MIN(CASE WHEN v.outcome = 'success' THEN v.started_at END) AS correct_at,"
           " COALESCE(MAX(v.outcome = 'Token is expire.'), 0) AS expire_answer, %2 AS codes"
           " FROM ("_s.arg(quoted(sourceId(table)),
                           withCodes ? u"COALESCE(group_concat(DISTINCT v.outcome), '')"_s
                                     : u"''"_s)
        + requests + u") r LEFT JOIN %1 v ON "_s.arg(name) + join + u" GROUP BY r.id"_s;
}

QString ReportSql::requests() const
{
    QStringList arms;
    for (const Table table : tables()) {
        arms << u"SELECT x.id FROM %1 x WHERE x.call = 'request' AND "_s.arg(tableName(table))
                + periodConditions(u"x"_s) + notSeenBySandbox(table, u"x"_s);
    }
    return arms.join(u" UNION ALL "_s);
}

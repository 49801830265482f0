#include "ReportEngine.h"

#include "storage/Database.h"
#include "storage/ReportCallRollupSchema.h"
#include "storage/ReportOtpCountsSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

ReportEngine::ReportEngine(Database &database) : m_database(database) { }

Result<void> ReportEngine::run(QSqlQuery &query, const QString &sql) const
{
    query.setForwardOnly(true);
    if (query.exec(sql))
        return Result<void>::success();
    return Result<void>::failure(
        tr("Could not compute the report: %1").arg(query.lastError().text()));
}

Result<ReportFigures> ReportEngine::figures(const ReportQuery &query) const
{
    ReportFigures figures = ReportFigures::emptyFor(query);
    if (const Result<void> calls = addCalls(&figures, {}); !calls)
        return Result<ReportFigures>::failure(calls.error);
    if (const Result<void> otps = addOtps(&figures, {}, 1); !otps)
        return Result<ReportFigures>::failure(otps.error);
    return Result<ReportFigures>::success(std::move(figures));
}

namespace {
// The whole units (hours, days) of [from, to) in ms, and the edges outside them.
struct WholeUnits {
    qint64 first = 0;
    qint64 end = 0;
    QList<std::pair<qint64, qint64>> edges;

    WholeUnits(qint64 from, qint64 to, qint64 unit)
        : first((from + unit - 1) / unit), end(to / unit)
    {
        if (first >= end)
            return;
        if (from < first * unit)
            edges.append({from, first * unit});
        if (end * unit < to)
            edges.append({end * unit, to});
    }
    bool isEmpty() const { return first >= end; }
};

QString groupedCalls(const QString &calls)
{
    return u"SELECT call, http_status, outcome, bucket, COUNT(*), SUM(unpaired) FROM ("_s + calls
        + u") GROUP BY 1, 2, 3, 4"_s;
}

QString groupedLatency(const QString &calls)
{
    return u"SELECT CAST(ROUND(latency_ms * 10) AS INTEGER), COUNT(*) FROM ("_s + calls
        + u") WHERE latency_ms IS NOT NULL GROUP BY 1"_s;
}
} // namespace

Result<void> ReportEngine::addCalls(ReportFigures *figures, const Scope &scope) const
{
    const ReportSql sql(figures->query);
    if (sql.tables(scope).isEmpty())
        return Result<void>::success();
    if (m_useRollups && scope.isWholePeriod())
        return addRolledUpCalls(figures);
    if (Result<void> counts = addCallCounts(figures, groupedCalls(sql.calls(scope))); !counts)
        return counts;
    return addLatency(figures, groupedLatency(sql.calls(scope, false)));
}

// Whole UTC hours (counts) and days (latency) from the rollups, their edges from the calls. A
// zone whose offsets are not whole hours splits UTC hours between buckets: counts from calls.
Result<void> ReportEngine::addRolledUpCalls(ReportFigures *figures) const
{
    const ReportSql sql(figures->query);
    const qint64 from = figures->query.from.toMSecsSinceEpoch();
    const qint64 to = figures->query.to.toMSecsSinceEpoch();
    const WholeUnits hours(from, to, ReportCallRollupSchema::HourMs);
    QStringList counts;
    if (hours.isEmpty() || !sql.bucketsFollowUtcHours()) {
        counts << groupedCalls(sql.calls());
    } else {
        counts << sql.rolledUpCalls(hours.first, hours.end);
        for (const auto &edge : hours.edges) {
            Scope part;
            part.range = edge;
            counts << groupedCalls(sql.calls(part));
        }
    }
    const WholeUnits days(from, to, ReportCallRollupSchema::DayMs);
    QStringList latency;
    if (days.isEmpty()) {
        latency << groupedLatency(sql.calls({}, false));
    } else {
        latency << sql.rolledUpLatency(days.first, days.end);
        for (const auto &edge : days.edges) {
            Scope part;
            part.range = edge;
            latency << groupedLatency(sql.calls(part, false));
        }
    }
    for (const QString &part : std::as_const(counts)) {
        if (Result<void> done = addCallCounts(figures, part); !done)
            return done;
    }
    for (const QString &part : std::as_const(latency)) {
        if (Result<void> done = addLatency(figures, part); !done)
            return done;
    }
    return Result<void>::success();
}

Result<void> ReportEngine::addCallCounts(ReportFigures *figures, const QString &sql) const
{
    QSqlQuery query(m_database.connection());
    if (Result<void> done = run(query, sql); !done)
        return done;
    while (query.next()) {
        const OtpOperation call
            = enumFromId<OtpOperation>(query.value(0).toString()).value_or(OtpOperation::Request);
        const ReportFigures::OutcomeKey key{call, query.value(1).toInt(),
                                            query.value(2).toString()};
        const qint64 count = query.value(4).toLongLong();
        const bool success = key.name == u"success";
        figures->outcomes[key] += count;
        figures->unpairedVerifies += query.value(5).toLongLong();
        const qint64 bucket = query.value(3).toLongLong();
        auto point = figures->series.find(bucket);
        if (point == figures->series.end()) // cannot happen for calls inside the period
            continue;
        if (call == OtpOperation::Request) {
            point->requests += count;
            point->delivered += success ? count : 0;
        } else {
            point->verifyCalls += count;
            point->verified += success ? count : 0;
        }
    }
    return Result<void>::success();
}

Result<void> ReportEngine::addLatency(ReportFigures *figures, const QString &sql) const
{
    QSqlQuery query(m_database.connection());
    if (Result<void> done = run(query, sql); !done)
        return done;
    while (query.next())
        figures->latency.add(query.value(0).toLongLong(), query.value(1).toLongLong());
    return Result<void>::success();
}

Result<void> ReportEngine::addOtps(ReportFigures *figures, const Scope &scope, int sign) const
{
    const ReportSql sql(figures->query);
    if (sql.tables(scope).isEmpty())
        return Result<void>::success();
    if (m_useRollups && scope.isWholePeriod())
        return addRolledUpOtps(figures);
    // One call's OTP from the calls themselves, with its verifies up to that call.
    return addOtpRows(figures, sql.otps(scope), sign);
}

// Whole UTC days from the OTP counts, the edges of the period from report_otps (no join).
Result<void> ReportEngine::addRolledUpOtps(ReportFigures *figures) const
{
    const ReportSql sql(figures->query);
    const WholeUnits days(figures->query.from.toMSecsSinceEpoch(),
                          figures->query.to.toMSecsSinceEpoch(), ReportCallRollupSchema::DayMs);
    if (days.isEmpty())
        return addOtpRows(figures, sql.rolledUpOtps(), 1);
    for (const auto &edge : days.edges) {
        if (Result<void> done = addOtpRows(figures, sql.rolledUpOtps(edge), 1); !done)
            return done;
    }
    QSqlQuery query(m_database.connection());
    if (Result<void> done = run(query, sql.rolledUpOtpCounts(days.first, days.end)); !done)
        return done;
    qint64 open = 0;
    while (query.next()) {
        const qint64 count = query.value(4).toLongLong();
        const QString state = query.value(0).toString();
        if (state == u"open")
            open += count;
        else
            figures->fates[enumFromId<OtpFate>(state).value_or(OtpFate::Failed)] += count;
        if (query.value(1).toBool()) {
            figures->attempted += count;
            figures->firstTryVerified += query.value(2).toBool() ? count : 0;
        }
        if (const qint64 step = query.value(3).toLongLong(); step >= 0)
            figures->timeToVerify.add(step, count);
    }
    if (Result<void> done = run(query, sql.pendingOtps(days.first, days.end)); !done)
        return done;
    const qint64 pending = query.next() ? query.value(0).toLongLong() : 0;
    for (const auto &[fate, count] :
         {std::pair{OtpFate::Pending, pending}, std::pair{OtpFate::Expired, open - pending}}) {
        if (count != 0)
            figures->fates[fate] += count;
    }
    return Result<void>::success();
}

// Rows of OTPs with their fate (ReportSql::otps, rolledUpOtps), grouped and added with sign.
Result<void> ReportEngine::addOtpRows(ReportFigures *figures, const QString &otps, int sign) const
{
    QSqlQuery query(m_database.connection());
    const Result<void> done
        = run(query,
              u"SELECT fate, delivered AND verifies > 0, first_verify = correct_verify,"
              " %1, COUNT(*) FROM ("_s.arg(ReportOtpCountsSchema::timeToVerifyStep(u"ttv_ms"_s))
                  + otps + u") GROUP BY 1, 2, 3, 4"_s);
    if (!done)
        return done;
    while (query.next()) {
        const qint64 count = sign * query.value(4).toLongLong();
        const OtpFate fate
            = enumFromId<OtpFate>(query.value(0).toString()).value_or(OtpFate::Failed);
        figures->fates[fate] += count;
        if (query.value(1).toBool()) {
            figures->attempted += count;
            figures->firstTryVerified += query.value(2).toBool() ? count : 0;
        }
        if (!query.value(3).isNull())
            figures->timeToVerify.add(query.value(3).toLongLong(), count);
    }
    return Result<void>::success();
}

Result<void> ReportEngine::applyCall(ReportFigures *figures, Table table, qint64 id) const
{
    QSqlQuery query(m_database.connection());
    const Result<void> read = run(
        query,
        u"SELECT call, token FROM %1 WHERE id = %2"_s.arg(ReportSql::tableName(table)).arg(id));
    if (!read)
        return read;
    if (!query.next())
        return Result<void>::success(); // gone already (pruned, cleared)
    const bool isRequest = query.value(0).toString() == enumId(OtpOperation::Request);
    const QString token = query.value(1).toString();
    query.finish();

    // Calls stored after this one are left for their own applyCall: each OTP is counted with
    // its verifies up to the call applied.
    Scope scope;
    scope.onlyTable = table;
    scope.callId = id;
    scope.verifiesUpToId = id;
    if (const Result<void> calls = addCalls(figures, scope); !calls)
        return calls;
    if (isRequest)
        return addOtps(figures, scope, 1);
    if (token.isEmpty())
        return Result<void>::success();
    // The OTP this verify belongs to, as it stood before it and as it stands with it.
    Scope otp;
    otp.onlyTable = table;
    otp.token = token;
    otp.verifiesUpToId = id - 1;
    if (const Result<void> before = addOtps(figures, otp, -1); !before)
        return before;
    otp.verifiesUpToId = id;
    return addOtps(figures, otp, 1);
}

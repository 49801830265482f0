#include "ReportEngine.h"

#include "storage/Database.h"

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

Result<void> ReportEngine::addCalls(ReportFigures *figures, const Scope &scope) const
{
    const ReportSql sql(figures->query);
    const QString calls = sql.calls(scope);
    if (calls.isEmpty())
        return Result<void>::success();
    QSqlQuery query(m_database.connection());
    Result<void> done = run(query,
                            u"SELECT call, http_status, outcome, bucket, COUNT(*),"
                            " SUM(unpaired) FROM ("_s
                                + calls + u") GROUP BY 1, 2, 3, 4"_s);
    if (!done)
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
    done = run(query,
               u"SELECT CAST(ROUND(latency_ms * 10) AS INTEGER), COUNT(*) FROM ("_s
                   + sql.calls(scope, false) + u") WHERE latency_ms IS NOT NULL GROUP BY 1"_s);
    if (!done)
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
    // The whole period from the rollup (no join); one call's OTP from the calls themselves,
    // with its verifies up to that call.
    const QString otps = scope.isWholePeriod() ? sql.rolledUpOtps() : sql.otps(scope);
    QSqlQuery query(m_database.connection());
    const Result<void> done
        = run(query,
              u"SELECT fate, delivered AND verifies > 0, first_verify = correct_verify,"
              " ttv_ms / %1, COUNT(*) FROM ("_s.arg(qint64(ReportFigures::TimeToVerifyStepMs))
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

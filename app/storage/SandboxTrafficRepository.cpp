#include "SandboxTrafficRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

SandboxTrafficRow readRow(const QSqlQuery &query)
{
    SandboxTrafficRow row;
    row.id = query.value(0).toLongLong();
    row.startedAt = timeOf(query.value(1));
    row.appId = QUuid::fromString(query.value(2).toString());
    row.appName = query.value(3).toString();
    row.call = enumFromId<OtpOperation>(query.value(4).toString()).value_or(OtpOperation::Request);
    row.maskedMsisdn = query.value(5).toString();
    row.httpStatus = query.value(6).toInt();
    if (!query.value(7).isNull())
        row.statusCode = query.value(7).toInt();
    row.outcome = query.value(8).toString();
    row.latencyMs = query.value(9).toDouble();
    row.token = query.value(10).toString();
    row.refno = query.value(11).toString();
    row.expiresAt = timeOf(query.value(12));
    row.faultInjected = query.value(13).toBool();
    row.remoteAddress = query.value(14).toString();
    return row;
}
} // namespace

SandboxTrafficRepository::SandboxTrafficRepository(Database &database) : m_database(database) { }

Result<void> SandboxTrafficRepository::appendAll(const QList<SandboxTrafficRow> &rows)
{
    const auto failure = [](const QString &detail) {
        return Result<void>::failure(tr("Could not record the sandbox's traffic: %1. Check that "
                                        "the disk is not full and the data folder is writable.")
                                         .arg(detail));
    };
    SqlTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return failure(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO sandbox_traffic (started_at, app_id, app_name, call, msisdn,"
                  " http_status, status_code, outcome, latency_ms, token, refno, expires_at,"
                  " fault, remote_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const SandboxTrafficRow &row : rows) {
        query.addBindValue(row.startedAt.isValid() ? row.startedAt.toMSecsSinceEpoch()
                                                   : QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(row.appId.isNull() ? u""_s : SqlValue::id(row.appId));
        query.addBindValue(SqlValue::text(row.appName));
        query.addBindValue(enumId(row.call));
        query.addBindValue(SqlValue::text(row.maskedMsisdn));
        query.addBindValue(row.httpStatus);
        query.addBindValue(row.statusCode ? QVariant(*row.statusCode)
                                          : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(SqlValue::text(row.outcome));
        query.addBindValue(row.latencyMs);
        query.addBindValue(SqlValue::text(row.token));
        query.addBindValue(SqlValue::text(row.refno));
        query.addBindValue(msOrNull(row.expiresAt));
        query.addBindValue(row.faultInjected ? 1 : 0);
        query.addBindValue(SqlValue::text(row.remoteAddress));
        if (!query.exec())
            return failure(query.lastError().text());
    }
    query.finish();
    if (!transaction.commit())
        return failure(transaction.error());
    return Result<void>::success();
}

QList<SandboxTrafficRow> SandboxTrafficRepository::list(int limit) const
{
    QList<SandboxTrafficRow> rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, started_at, app_id, app_name, call, msisdn, http_status,"
                  " status_code, outcome, latency_ms, token, refno, expires_at, fault,"
                  " remote_address FROM sandbox_traffic ORDER BY id LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return rows;
    while (query.next())
        rows << readRow(query);
    return rows;
}

qint64 SandboxTrafficRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM sandbox_traffic"_s) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

Result<qint64> SandboxTrafficRepository::prune(const QDateTime &before, qint64 maxRows,
                                               int chunkRows)
{
    qint64 removed = 0;
    if (before.isValid()) {
        const Result<qint64> old
            = deleteChunks(u"started_at < ?"_s, before.toMSecsSinceEpoch(), chunkRows);
        if (!old)
            return old;
        removed += old.value;
    }
    if (maxRows >= 0) {
        // Ids grow with arrival: everything at or below the newest maxRows' lowest id goes.
        QSqlQuery query(m_database.connection());
        query.prepare(u"SELECT id FROM sandbox_traffic ORDER BY id DESC LIMIT 1 OFFSET ?"_s);
        query.addBindValue(maxRows);
        if (query.exec() && query.next()) {
            const qint64 lastToGo = query.value(0).toLongLong();
            query.finish();
            const Result<qint64> over = deleteChunks(u"id <= ?"_s, lastToGo, chunkRows);
            if (!over)
                return over;
            removed += over.value;
        }
    }
    return Result<qint64>::success(removed);
}

Result<qint64> SandboxTrafficRepository::deleteChunks(const QString &condition,
                                                      const QVariant &bound, int chunkRows)
{
    qint64 removed = 0;
    for (;;) {
        SqlTransaction transaction(m_database.connection());
        QSqlQuery query(m_database.connection());
        // The oldest first, by id: each chunk reads the primary key's first rows only.
        query.prepare(u"DELETE FROM sandbox_traffic WHERE id IN (SELECT id FROM sandbox_traffic"
                      " WHERE "_s
                      + condition + u" ORDER BY id LIMIT ?)"_s);
        query.addBindValue(bound);
        query.addBindValue(qMax(1, chunkRows));
        if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
            const QString detail
                = transaction.error().isEmpty() ? query.lastError().text() : transaction.error();
            return Result<qint64>::failure(
                tr("Could not remove old sandbox traffic: %1").arg(detail));
        }
        const int count = query.numRowsAffected();
        removed += count;
        if (count < chunkRows)
            return Result<qint64>::success(removed);
    }
}

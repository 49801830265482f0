#include "ExchangeRepository.h"

#include "Database.h"
#include "SqlTransaction.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <QVariantList>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcExchangeRepository, "otp.storage.exchange")

namespace {
// Qt SQL binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QString orEmpty(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// WHERE clause and its bound values for a filter.
QString whereClause(const ExchangeRepository::Filter &filter, QVariantList *values)
{
    QStringList conditions;
    if (filter.appId) {
        conditions << u"app_id = ?"_s;
        *values << idText(*filter.appId);
    }
    if (filter.from.isValid()) {
        conditions << u"started_at >= ?"_s;
        *values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        conditions << u"started_at < ?"_s;
        *values << filter.to.toMSecsSinceEpoch();
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

ExchangeRepository::ExchangeRepository(Database &database) : m_database(database) { }

Result<qint64> ExchangeRepository::append(const StoredExchange &exchange)
{
    const Result<QList<qint64>> result = appendAll({exchange});
    if (!result.ok())
        return Result<qint64>::failure(result.error);
    return Result<qint64>::success(result.value.constFirst());
}

Result<QList<qint64>> ExchangeRepository::appendAll(const QList<StoredExchange> &exchanges)
{
    using Result = Result<QList<qint64>>;
    const auto failure = [](const QString &detail) {
        return Result::failure(tr("Could not add the call to the history: %1. Check that the "
                                  "disk is not full and the data folder is writable.")
                                   .arg(detail));
    };
    SqlTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return failure(transaction.error());

    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO exchanges (app_id, app_name, call, started_at, msisdn, "
                  "http_status, outcome, latency_ms, record_json) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const StoredExchange &exchange : exchanges) {
        query.addBindValue(idText(exchange.appId));
        query.addBindValue(orEmpty(exchange.appName));
        query.addBindValue(enumId(exchange.call));
        query.addBindValue(exchange.startedAt.isValid() ? exchange.startedAt.toMSecsSinceEpoch()
                                                        : QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(orEmpty(exchange.msisdn));
        query.addBindValue(exchange.httpStatus ? QVariant(*exchange.httpStatus)
                                               : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(orEmpty(exchange.outcome));
        query.addBindValue(optionalValue(exchange.latencyMs));
        query.addBindValue(exchange.recordJson.isEmpty() ? u"{}"_s
                                                         : QString::fromUtf8(exchange.recordJson));
        if (!query.exec())
            return failure(query.lastError().text());
        ids << query.lastInsertId().toLongLong();
    }
    query.finish();
    if (!transaction.commit())
        return failure(transaction.error());
    return Result::success(ids);
}

QHash<QUuid, QDateTime> ExchangeRepository::lastCallTimes() const
{
    QHash<QUuid, QDateTime> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT app_id, MAX(started_at) FROM exchanges GROUP BY app_id"_s)) {
        qCWarning(lcExchangeRepository) << "reading last calls failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        result.insert(
            QUuid::fromString(query.value(0).toString()),
            QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::utc()));
    }
    return result;
}

QList<StoredExchange> ExchangeRepository::list(const Filter &filter) const
{
    QVariantList values;
    QString sql = u"SELECT id, app_id, app_name, call, started_at, msisdn, http_status, outcome, "
                  "latency_ms, record_json FROM exchanges"_s
        + whereClause(filter, &values) + u" ORDER BY started_at DESC, id DESC"_s;
    if (filter.limit >= 0 || filter.offset > 0) {
        sql += u" LIMIT ? OFFSET ?"_s;
        values << filter.limit << qMax(0, filter.offset);
    }

    QList<StoredExchange> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcExchangeRepository) << "listing history failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        StoredExchange exchange;
        exchange.id = query.value(0).toLongLong();
        exchange.appId = QUuid::fromString(query.value(1).toString());
        exchange.appName = query.value(2).toString();
        exchange.call
            = enumFromId<OtpOperation>(query.value(3).toString()).value_or(OtpOperation::Request);
        exchange.startedAt
            = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc());
        exchange.msisdn = query.value(5).toString();
        if (!query.value(6).isNull())
            exchange.httpStatus = query.value(6).toInt();
        exchange.outcome = query.value(7).toString();
        if (!query.value(8).isNull())
            exchange.latencyMs = query.value(8).toLongLong();
        exchange.recordJson = query.value(9).toString().toUtf8();
        result << exchange;
    }
    return result;
}

qint64 ExchangeRepository::count(const Filter &filter) const
{
    QVariantList values;
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT COUNT(*) FROM exchanges"_s + whereClause(filter, &values));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qCWarning(lcExchangeRepository) << "counting history failed:" << query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

Result<int> ExchangeRepository::clear(const std::optional<QUuid> &appId)
{
    QSqlQuery query(m_database.connection());
    if (appId) {
        query.prepare(u"DELETE FROM exchanges WHERE app_id = ?"_s);
        query.addBindValue(idText(*appId));
    } else {
        query.prepare(u"DELETE FROM exchanges"_s);
    }
    if (!query.exec()) {
        return Result<int>::failure(
            tr("Could not clear the history: %1. Check that the data folder is writable.")
                .arg(query.lastError().text()));
    }
    return Result<int>::success(query.numRowsAffected());
}

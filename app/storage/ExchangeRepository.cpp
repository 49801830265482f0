#include "ExchangeRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValue.h"
#include "SqlWhere.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <QVariantList>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcExchangeRepository, "otp.storage.exchange")

// Query plans (SQLite 3.40, checked by tst_exchangerepository's queryPlans):
//   a page, with or without search:  SCAN/SEARCH exchanges USING COVERING INDEX exchanges_list
//                                    (started_at<? for the page after a row)
//   the same for one app:            SEARCH … USING COVERING INDEX exchanges_app_list (app_id=?)
//   find, matches:                   SEARCH exchanges USING INTEGER PRIMARY KEY (rowid=?)
//   lastCallTimes:                   SEARCH … USING COVERING INDEX exchanges_app_report (app_id>?)
//                                    and (app_id=?): two seeks per app, whatever the calls
// A search is a scan of the covering index that stops once the page is full, so a text that
// matches often is answered from the first rows, a rare one reads the whole index (no table row).

namespace {
// The listed columns, in the order readRow() reads them; record_json comes after them.
const QString RowColumns = u"id, app_id, app_name, call, started_at, msisdn, http_status, "
                           "outcome, latency_ms"_s;
constexpr int RecordColumn = 9;
const QString RecordColumns = u", record_json, token, expires_at"_s; // read by read<StoredExchange>
const QString ListOrder = u" ORDER BY started_at DESC, id DESC"_s;

// Qt SQL binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// Numbers and ids need no case folding: instr() (a plain substring test) is several times
// cheaper than LIKE on every row of a search over all calls. A text with other characters than
// digits cannot be in an HTTP status, one with other than ASCII letters not in a call's id.
void addSearch(SqlWhere *where, const ExchangeFilter &filter)
{
    const QString text = filter.search.trimmed();
    if (text.isEmpty())
        return;
    const QString pattern = SqlWhere::containsPattern(text);
    QStringList any{u"app_name LIKE ? ESCAPE '\\'"_s, u"outcome LIKE ? ESCAPE '\\'"_s};
    QVariantList values{pattern, pattern};
    for (const QString &phone : SqlWhere::phoneTexts(text)) {
        any << u"instr(msisdn, ?) > 0"_s;
        values << phone;
    }
    if (SqlWhere::isDigits(text) && text.size() <= 3) {
        any << u"instr(http_status, ?) > 0"_s;
        values << text;
    }
    if (SqlWhere::isLetters(text)) { // the stored ids, "request" and "verify"
        any << u"call LIKE ? ESCAPE '\\'"_s;
        values << pattern;
    }
    for (const OtpOperation call : filter.searchCalls) {
        any << u"call = ?"_s;
        values << enumId(call);
    }
    for (const QString &outcome : filter.searchOutcomes) {
        any << u"outcome = ?"_s;
        values << outcome;
    }
    where->addAnyOf(any, values);
}

SqlWhere whereOf(const ExchangeFilter &filter, bool paged)
{
    SqlWhere where;
    if (filter.appId)
        where.add(u"app_id = ?"_s, {SqlValue::id(*filter.appId)});
    if (filter.from.isValid())
        where.add(u"started_at >= ?"_s, {filter.from.toMSecsSinceEpoch()});
    if (filter.to.isValid())
        where.add(u"started_at < ?"_s, {filter.to.toMSecsSinceEpoch()});
    if (paged && filter.after) {
        // A row value: SQLite walks the index from this position on.
        where.add(u"(started_at, id) < (?, ?)"_s,
                  {filter.after->startedAt.toMSecsSinceEpoch(), filter.after->id});
    }
    addSearch(&where, filter);
    return where;
}

void readRow(const QSqlQuery &query, ExchangeRow *row)
{
    row->id = query.value(0).toLongLong();
    row->appId = QUuid::fromString(query.value(1).toString());
    row->appName = query.value(2).toString();
    row->call = enumFromId<OtpOperation>(query.value(3).toString()).value_or(OtpOperation::Request);
    row->startedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc());
    row->msisdn = query.value(5).toString();
    row->httpStatus
        = query.value(6).isNull() ? std::nullopt : std::optional<int>(query.value(6).toInt());
    row->outcome = query.value(7).toString();
    row->latencyMs = query.value(8).isNull() ? std::nullopt
                                             : std::optional<qint64>(query.value(8).toLongLong());
}

template<typename Row> Row read(const QSqlQuery &query);

template<> ExchangeRow read<ExchangeRow>(const QSqlQuery &query)
{
    ExchangeRow row;
    readRow(query, &row);
    return row;
}

template<> StoredExchange read<StoredExchange>(const QSqlQuery &query)
{
    ExchangeRow row;
    readRow(query, &row);
    StoredExchange exchange;
    exchange.id = row.id;
    exchange.appId = row.appId;
    exchange.appName = row.appName;
    exchange.call = row.call;
    exchange.startedAt = row.startedAt;
    exchange.msisdn = row.msisdn;
    exchange.httpStatus = row.httpStatus;
    exchange.outcome = row.outcome;
    exchange.latencyMs = row.latencyMs;
    exchange.recordJson = query.value(RecordColumn).toString().toUtf8();
    exchange.token = query.value(RecordColumn + 1).toString();
    if (!query.value(RecordColumn + 2).isNull()) {
        exchange.expiresAt = QDateTime::fromMSecsSinceEpoch(
            query.value(RecordColumn + 2).toLongLong(), QTimeZone::utc());
    }
    return exchange;
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
                  "http_status, outcome, latency_ms, record_json, token, expires_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const StoredExchange &exchange : exchanges) {
        query.addBindValue(SqlValue::id(exchange.appId));
        query.addBindValue(SqlValue::text(exchange.appName));
        query.addBindValue(enumId(exchange.call));
        query.addBindValue(exchange.startedAt.isValid() ? exchange.startedAt.toMSecsSinceEpoch()
                                                        : QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(SqlValue::text(exchange.msisdn));
        query.addBindValue(exchange.httpStatus ? QVariant(*exchange.httpStatus)
                                               : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(SqlValue::text(exchange.outcome));
        query.addBindValue(optionalValue(exchange.latencyMs));
        query.addBindValue(exchange.recordJson.isEmpty() ? u"{}"_s
                                                         : QString::fromUtf8(exchange.recordJson));
        query.addBindValue(SqlValue::text(exchange.token));
        query.addBindValue(exchange.expiresAt.isValid()
                               ? QVariant(exchange.expiresAt.toMSecsSinceEpoch())
                               : QVariant(QMetaType::fromType<qint64>()));
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
    // GROUP BY app_id would read every call; this walks the app index from one app to the next
    // (a skip scan: one seek per app) and takes each app's newest call (one seek more).
    if (!query.exec(u"WITH RECURSIVE apps(id) AS ("
                    " SELECT (SELECT MIN(app_id) FROM exchanges)"
                    " UNION ALL"
                    " SELECT (SELECT MIN(app_id) FROM exchanges WHERE app_id > apps.id)"
                    " FROM apps WHERE apps.id IS NOT NULL)"
                    " SELECT id, (SELECT MAX(started_at) FROM exchanges WHERE app_id = apps.id)"
                    " FROM apps WHERE id IS NOT NULL"_s)) {
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

template<typename Row>
QList<Row> ExchangeRepository::select(const QString &columns, const Filter &filter) const
{
    const SqlWhere where = whereOf(filter, true);
    QString sql = u"SELECT "_s + columns + u" FROM exchanges"_s + where.sql() + ListOrder;
    if (filter.limit >= 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);

    QList<Row> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    where.bindTo(query);
    if (!query.exec()) {
        qCWarning(lcExchangeRepository) << "listing history failed:" << query.lastError().text();
        return result;
    }
    if (filter.limit > 0)
        result.reserve(filter.limit);
    while (query.next())
        result << read<Row>(query);
    return result;
}

QList<StoredExchange> ExchangeRepository::list(const Filter &filter) const
{
    return select<StoredExchange>(RowColumns + RecordColumns, filter);
}

QList<ExchangeRow> ExchangeRepository::rows(const Filter &filter) const
{
    return select<ExchangeRow>(RowColumns, filter);
}

std::optional<StoredExchange> ExchangeRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + RowColumns + RecordColumns + u" FROM exchanges WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        qCWarning(lcExchangeRepository) << "reading a call failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return read<StoredExchange>(query);
}

bool ExchangeRepository::matches(qint64 id, const Filter &filter) const
{
    SqlWhere where = whereOf(filter, false);
    where.add(u"id = ?"_s, {id});
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT 1 FROM exchanges"_s + where.sql());
    where.bindTo(query);
    if (!query.exec()) {
        qCWarning(lcExchangeRepository) << "matching a call failed:" << query.lastError().text();
        return false;
    }
    return query.next();
}

qint64 ExchangeRepository::count(const Filter &filter) const
{
    const SqlWhere where = whereOf(filter, false);
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT COUNT(*) FROM exchanges"_s + where.sql());
    where.bindTo(query);
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
        query.addBindValue(SqlValue::id(*appId));
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

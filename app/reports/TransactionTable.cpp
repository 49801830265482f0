#include "TransactionTable.h"

#include "ReportSql.h"
#include "domain/Msisdn.h"
#include "storage/Database.h"
#include "storage/SqlWhere.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
using Column = TransactionQuery::Column;

QString orderBy(const TransactionQuery &page)
{
    const QString direction = page.descending ? u" DESC"_s : u" ASC"_s;
    QString column;
    switch (page.sortColumn) {
    case TransactionQuery::Column::Time:
        column = u"at"_s;
        break;
    case TransactionQuery::Column::App:
        column = u"app_name COLLATE NOCASE"_s;
        break;
    case TransactionQuery::Column::Number:
        column = u"msisdn"_s;
        break;
    case TransactionQuery::Column::Fate:
        column = u"fate"_s;
        break;
    case TransactionQuery::Column::Attempts:
        column = u"verifies"_s;
        break;
    case TransactionQuery::Column::TimeToVerify:
        column = u"ttv_ms"_s;
        break;
    }
    // Ties in a stable order, so pages neither repeat nor skip a row.
    return column + direction + u", at"_s + direction + u", source, id"_s + direction;
}

TransactionRow readRow(const QSqlQuery &query)
{
    TransactionRow row;
    row.source = enumFromId<ReportSource>(query.value(u"source"_s).toString())
                     .value_or(ReportSource::Calls);
    row.requestId = query.value(u"id"_s).toLongLong();
    row.requestedAt
        = QDateTime::fromMSecsSinceEpoch(query.value(u"at"_s).toLongLong(), QTimeZone::utc());
    row.appId = QUuid::fromString(query.value(u"app_id"_s).toString());
    row.appName = query.value(u"app_name"_s).toString();
    row.maskedNumber = TransactionTable::maskedNumber(query.value(u"msisdn"_s).toString());
    row.refno = query.value(u"refno"_s).toString();
    row.token = query.value(u"token"_s).toString();
    row.fate = enumFromId<OtpFate>(query.value(u"fate"_s).toString()).value_or(OtpFate::Failed);
    row.attempts = query.value(u"verifies"_s).toInt();
    row.wrongPins = query.value(u"wrong"_s).toInt();
    if (!query.value(u"ttv_ms"_s).isNull())
        row.timeToVerifyMs = query.value(u"ttv_ms"_s).toLongLong();
    row.codes << query.value(u"request_outcome"_s).toString();
    const QString verifies = query.value(u"codes"_s).toString();
    if (!verifies.isEmpty())
        row.codes << verifies.split(u',');
    return row;
}
} // namespace

TransactionTable::TransactionTable(Database &database) : m_database(database) { }

QString TransactionTable::maskedNumber(const QString &stored)
{
    if (stored.contains(u'*') || stored.isEmpty())
        return stored;
    const std::optional<Msisdn> number = Msisdn::parse(stored);
    return number ? number->masked() : u"***"_s;
}

// Sorted by state, attempts or time to verify (or by time with a state filter) without a text
// filter, the page is read from the rollup (no join over the period); only its rows are joined to
// their requests and codes.
QString TransactionTable::rolledUpPageSql(const ReportSql &sql, const TransactionQuery &page)
{
    QString ranked = u"SELECT o.*, CASE o.src WHEN 0 THEN 'calls' ELSE 'sandbox' END AS source"
                     " FROM ("_s
        + sql.rolledUpOtps() + u") o"_s;
    if (page.fate)
        ranked += u" WHERE o.fate = '%1'"_s.arg(enumId(*page.fate));
    ranked += u" ORDER BY "_s + orderBy(page)
        + u" LIMIT %1 OFFSET %2"_s.arg(page.limit).arg(page.offset);
    QStringList arms;
    for (const auto table : {ReportSql::Table::Exchanges, ReportSql::Table::SandboxTraffic}) {
        const bool history = table == ReportSql::Table::Exchanges;
        arms << u"SELECT p.*, r.app_name AS app_name, r.msisdn AS msisdn, %1 AS refno,"
                " r.outcome AS request_outcome, COALESCE((SELECT group_concat(DISTINCT v.outcome)"
                " FROM %2 v WHERE v.token = p.token AND v.call = 'verify' AND p.token <> ''),"
                " '') AS codes FROM ranked p JOIN %2 r ON r.id = p.id WHERE p.src = %3"_s.arg(
                    history ? u"COALESCE(json_extract(r.record_json, '$.refno'), '')"_s
                            : u"r.refno"_s,
                    ReportSql::tableName(table), history ? u"0"_s : u"1"_s);
    }
    return u"WITH ranked AS MATERIALIZED ("_s + ranked + u") "_s + arms.join(u" UNION ALL "_s)
        + u" ORDER BY "_s + orderBy(page);
}

Result<TransactionPage> TransactionTable::page(const ReportQuery &report,
                                               const TransactionQuery &page) const
{
    const ReportSql sql(report);
    QStringList conditions;
    QVariantList values;
    if (page.fate)
        conditions << u"fate = '%1'"_s.arg(enumId(*page.fate));
    if (const QString text = page.text.trimmed(); !text.isEmpty()) {
        conditions << u"(app_name LIKE ? ESCAPE '\\' OR msisdn LIKE ? ESCAPE '\\'"
                      " OR refno LIKE ? ESCAPE '\\' OR token LIKE ? ESCAPE '\\')"_s;
        const QString pattern = SqlWhere::containsPattern(text);
        values << pattern << pattern << pattern << pattern;
    }
    const QString where
        = conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
    const bool byRollup = values.isEmpty() && page.sortColumn != Column::App
        && page.sortColumn != Column::Number && (page.sortColumn != Column::Time || page.fate);
    // By time without filters: each table's newest (or oldest) requests, then their verifies.
    const bool cutEarly = page.sortColumn == Column::Time && where.isEmpty();
    const QString inner = cutEarly
        ? sql.otps({}, page.descending ? u"started_at DESC, id DESC"_s : u"started_at, id"_s,
                   page.offset + page.limit, true)
        : sql.otps({}, {}, -1, true);

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(byRollup ? rolledUpPageSql(sql, page)
                           : u"SELECT * FROM ("_s + inner + u")"_s + where + u" ORDER BY "_s
                          + orderBy(page)
                          + u" LIMIT %1 OFFSET %2"_s.arg(page.limit).arg(page.offset));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        return Result<TransactionPage>::failure(
            tr("Could not read the transactions: %1").arg(query.lastError().text()));
    }
    TransactionPage result;
    while (query.next())
        result.rows << readRow(query);
    query.finish();
    result.total = page.countTotal ? total(sql, where, values) : -1;
    return Result<TransactionPage>::success(std::move(result));
}

// Without a text filter, the rollup's index range (state filter included); with one, the
// OTPs with their requests' details.
qint64 TransactionTable::total(const ReportSql &sql, const QString &where,
                               const QVariantList &values) const
{
    QSqlQuery count(m_database.connection());
    count.prepare(u"SELECT COUNT(*) FROM ("_s + (values.isEmpty() ? sql.rolledUpOtps() : sql.otps())
                  + u")"_s + where);
    for (const QVariant &value : std::as_const(values))
        count.addBindValue(value);
    if (count.exec() && count.next())
        return count.value(0).toLongLong();
    return 0;
}

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
    // By time without filters: each table's newest (or oldest) requests, then their verifies.
    const bool cutEarly = page.sortColumn == TransactionQuery::Column::Time && where.isEmpty();
    const QString inner = cutEarly
        ? sql.otps({}, page.descending ? u"started_at DESC, id DESC"_s : u"started_at, id"_s,
                   page.offset + page.limit, true)
        : sql.otps({}, {}, -1, true);

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT * FROM ("_s + inner + u")"_s + where + u" ORDER BY "_s + orderBy(page)
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

    // The total: without filters, a count of requests (an index range per table).
    QSqlQuery count(m_database.connection());
    count.prepare(u"SELECT COUNT(*) FROM ("_s + (where.isEmpty() ? sql.requests() : sql.otps())
                  + u")"_s + where);
    for (const QVariant &value : std::as_const(values))
        count.addBindValue(value);
    if (count.exec() && count.next())
        result.total = count.value(0).toLongLong();
    return Result<TransactionPage>::success(std::move(result));
}

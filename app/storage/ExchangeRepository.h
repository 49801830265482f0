#pragma once

#include "ExchangeFilter.h"
#include "ExchangeRow.h"
#include "StoredExchange.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

class Database;

// The history of API calls. Lists are newest first (started_at DESC, id DESC) and page by
// position (ExchangeFilter::after), so a page costs the same at row 200 000 as at row 0. Use on
// the Database's thread.
class ExchangeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRepository)

public:
    using Filter = ExchangeFilter;

    explicit ExchangeRepository(Database &database);

    // value: the new id. An invalid startedAt is stored as now.
    Result<qint64> append(const StoredExchange &exchange);
    Result<QList<qint64>> appendAll(const QList<StoredExchange> &exchanges); // one transaction
    // Whole rows, record included: for exports, read a page at a time.
    QList<StoredExchange> list(const Filter &filter = {}) const;
    // The listed columns only, without the record: what a table shows.
    QList<ExchangeRow> rows(const Filter &filter = {}) const;
    std::optional<StoredExchange> find(qint64 id) const;
    // Whether the row with this id is one the filter selects (its search, app and time range;
    // after and limit ignored): for a new row arriving in a searched list.
    bool matches(qint64 id, const Filter &filter) const;
    qint64 count(const Filter &filter = {}) const; // ignores after and limit
    // When each app was last called (apps never called are absent): one query for the apps
    // table's "Last used" column, whatever the number of apps.
    QHash<QUuid, QDateTime> lastCallTimes() const;
    // value: rows removed. appId none: the whole history.
    Result<int> clear(const std::optional<QUuid> &appId = std::nullopt);

private:
    template<typename Row> QList<Row> select(const QString &columns, const Filter &filter) const;

    Database &m_database;
};

#pragma once

#include "ExchangeFilter.h"
#include "StoredExchange.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

class Database;

// The history of API calls. Lists are newest first. Use on the Database's thread.
class ExchangeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRepository)

public:
    using Filter = ExchangeFilter;

    explicit ExchangeRepository(Database &database);

    // value: the new id. An invalid startedAt is stored as now.
    Result<qint64> append(const StoredExchange &exchange);
    Result<QList<qint64>> appendAll(const QList<StoredExchange> &exchanges); // one transaction
    QList<StoredExchange> list(const Filter &filter = {}) const;
    qint64 count(const Filter &filter = {}) const; // ignores limit and offset
    // When each app was last called (apps never called are absent): one query for the apps
    // table's "Last used" column, whatever the number of apps.
    QHash<QUuid, QDateTime> lastCallTimes() const;
    // value: rows removed. appId none: the whole history.
    Result<int> clear(const std::optional<QUuid> &appId = std::nullopt);

private:
    Database &m_database;
};

#pragma once

#include "SandboxTrafficRow.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

// The sandbox_traffic table: the OTP calls the sandbox answered, written in batches (one
// transaction each) and pruned by age and by a row cap. Use on the Database's thread.
class SandboxTrafficRepository
{
    Q_DECLARE_TR_FUNCTIONS(SandboxTrafficRepository)

public:
    explicit SandboxTrafficRepository(Database &database);

    // All rows in one transaction (one fsync), or none.
    Result<void> appendAll(const QList<SandboxTrafficRow> &rows);
    // Oldest first; limit < 0: all. For tests and exports.
    QList<SandboxTrafficRow> list(int limit = -1) const;
    qint64 count() const;
    // Removes rows older than before and, of the rest, all but the newest maxRows, at most
    // chunkRows per transaction so a writer waits briefly. value: rows removed.
    Result<qint64> prune(const QDateTime &before, qint64 maxRows, int chunkRows = 5000);

private:
    Result<qint64> deleteChunks(const QString &condition, const QVariant &bound, int chunkRows);

    Database &m_database;
};

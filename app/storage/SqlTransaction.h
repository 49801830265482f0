#pragma once

#include <QSqlDatabase>
#include <QString>

// BEGIN IMMEDIATE ... COMMIT, rolled back when not committed (early return, error).
// IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
// can fail at once with SQLITE_BUSY in WAL mode instead of waiting for busy_timeout.
class SqlTransaction
{
public:
    explicit SqlTransaction(const QSqlDatabase &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString error() const { return m_error; } // driver text of the failed BEGIN or COMMIT

private:
    bool run(const QString &statement);

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

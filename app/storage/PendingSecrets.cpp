#include "PendingSecrets.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcPendingSecrets, "otp.storage.pendingsecrets")

PendingSecrets::PendingSecrets(Database &database) : m_database(database) { }

Result<void> PendingSecrets::add(const QList<QUuid> &ids)
{
    return change(u"INSERT OR REPLACE INTO pending_secrets (app_id, written_at) VALUES (?, ?)"_s,
                  ids);
}

Result<void> PendingSecrets::remove(const QList<QUuid> &ids)
{
    return change(u"DELETE FROM pending_secrets WHERE app_id = ?"_s, ids);
}

Result<void> PendingSecrets::change(const QString &statement, const QList<QUuid> &ids)
{
    const auto failed = [this](const QString &why) {
        return Result<void>::failure(
            tr("Could not update the import's journal in the database: %1. Check that the disk "
               "is not full and the data folder %2 is writable.")
                .arg(why, QDir::toNativeSeparators(m_database.dataDir())));
    };
    if (ids.isEmpty())
        return Result<void>::success();
    SqlTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return failed(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(statement);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QUuid &id : ids) {
        query.bindValue(0, SqlValue::id(id));
        if (statement.count(u'?') > 1)
            query.bindValue(1, now);
        if (!query.exec())
            return failed(query.lastError().text());
    }
    query.finish();
    if (!transaction.commit())
        return failed(transaction.error());
    return Result<void>::success();
}

QList<QUuid> PendingSecrets::list() const
{
    QList<QUuid> ids;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT app_id FROM pending_secrets ORDER BY written_at, rowid"_s)) {
        qCWarning(lcPendingSecrets) << "reading the journal failed:" << query.lastError().text();
        return ids;
    }
    while (query.next())
        ids << QUuid::fromString(query.value(0).toString());
    return ids;
}

bool PendingSecrets::isEmpty() const
{
    QSqlQuery query(m_database.connection());
    return !query.exec(u"SELECT 1 FROM pending_secrets LIMIT 1"_s) || !query.next();
}

QString PendingSecrets::settle(const QSqlDatabase &connection, const QUuid &id)
{
    QSqlQuery query(connection);
    query.prepare(u"DELETE FROM pending_secrets WHERE app_id = ?"_s);
    query.addBindValue(SqlValue::id(id));
    return query.exec() ? QString() : query.lastError().text();
}

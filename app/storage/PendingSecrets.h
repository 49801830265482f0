#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

class Database;
class QSqlDatabase;

// The import's journal (table pending_secrets, schema 4): ids of apps whose App Secrets an
// import writes to the keychain before it commits the apps. QtKeychain cannot list entries, so
// this is how a keychain entry that belongs to no app is found again after a crash: an id is
// added (committed) before its secret is written, and settled (deleted) in the transaction
// that inserts its app (AppRepository::insertAll). Whatever is left names secrets to remove
// (PendingSecretCleanup). Use on the Database's thread, under the ImportLock.
class PendingSecrets
{
    Q_DECLARE_TR_FUNCTIONS(PendingSecrets)

public:
    explicit PendingSecrets(Database &database);

    // In one transaction of its own, so the ids are on disk before the first keychain write.
    Result<void> add(const QList<QUuid> &ids);
    QList<QUuid> list() const; // in the order they were added
    bool isEmpty() const;
    // In one transaction: the secrets are gone (or belong to an app after all).
    Result<void> remove(const QList<QUuid> &ids);

    // Inside the caller's open transaction (the app's insert): the secret now has its app.
    // Returns the driver's error text, empty on success.
    static QString settle(const QSqlDatabase &connection, const QUuid &id);

private:
    Result<void> change(const QString &statement, const QList<QUuid> &ids);

    Database &m_database;
};

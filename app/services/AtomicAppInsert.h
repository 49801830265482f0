#pragma once

#include "OtpAppService.h"

#include <QPointer>
#include <QPromise>

#include <memory>

class ImportLock;

// The work of OtpAppService::insertAll: new apps with their App Secrets, all or nothing across
// the keychain and the database, whatever moment the process is killed at.
//  1. the ImportLock is taken, and what a killed import left is removed (PendingSecretCleanup);
//  2. the new ids are recorded in PendingSecrets and committed, before any keychain write;
//  3. the secrets are written (SecretBatch), with progress; a cancel stops here;
//  4. the commit point: every app whose secret was stored (or that has none) is inserted in
//     one transaction, which also deletes their journal rows;
//  5. a secret written for an app that was not inserted is removed again, with its row.
// Killed before 4: secrets listed in the journal and no app, removed at the next start.
// Killed after 4: the apps with their secrets. One run; deletes itself when delivered.
class AtomicAppInsert : public QObject
{
    Q_OBJECT

public:
    AtomicAppInsert(AppRepository &repository, SecretStore *secrets,
                    QList<OtpAppService::NewApp> apps, OtpAppService::CancelCheck cancelled,
                    QObject *parent);
    ~AtomicAppInsert() override;

    QFuture<OtpAppService::InsertOutcome> start();

signals:
    void committed(); // the apps are in the database

private:
    void assignIds();
    void recordAndWrite();
    void writeSecrets();
    void commit();
    void undo();
    void failAll(const QString &error);
    void finish();

    AppRepository &m_repository;
    QPointer<SecretStore> m_secrets;
    QList<OtpAppService::NewApp> m_apps;
    OtpAppService::CancelCheck m_cancelled;
    OtpAppService::InsertOutcome m_outcome;
    QList<qsizetype> m_toWrite; // apps with a secret to write, by index
    QList<bool> m_written;
    std::unique_ptr<ImportLock> m_lock;
    QPromise<OtpAppService::InsertOutcome> m_promise;
};

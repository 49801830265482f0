#pragma once

#include "PendingSecretCleanup.h"
#include "storage/Database.h"
#include "storage/DatabaseOpenReport.h"
#include "storage/InstanceLock.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class AppRepository;
class ExchangeRepository;
class InboxRepository;
class SandboxTokenRepository;
class SecretStore;

// One data folder opened for use: its lock (for the one writing GUI), its database and
// repositories. The GUI and otpctl both start here.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    struct Opening {
        std::unique_ptr<Workspace> workspace; // null when it could not be opened
        DatabaseOpenReport database; // Recovered: tell the user where the old file is
        InstanceLock::Attempt lock; // not acquired: another instance writes here
        QString error; // translated; set when workspace is null
    };

    // takeLock: the GUI holds the folder's lock for its whole life; otpctl does not.
    static Opening open(const QString &dataDir, bool takeLock);
    ~Workspace();

    QString dataDir() const { return m_database.dataDir(); }
    Database &database() { return m_database; }
    AppRepository &apps() { return *m_apps; }
    ExchangeRepository &exchanges() { return *m_exchanges; }
    InboxRepository &inbox() { return *m_inbox; }
    SandboxTokenRepository &sandboxTokens() { return *m_sandboxTokens; }

    // Whether an import was killed (or could not undo itself) and left App Secrets in the
    // keychain that belong to no app: then call removeOrphanedSecrets() with the keychain.
    bool hasOrphanedSecrets();
    // At start-up, GUI and otpctl: PendingSecretCleanup::run on this store.
    QFuture<PendingSecretCleanup::Summary> removeOrphanedSecrets(SecretStore &secrets);

private:
    explicit Workspace(const QString &dataDir);

    std::unique_ptr<InstanceLock> m_lock;
    Database m_database;
    std::unique_ptr<AppRepository> m_apps;
    std::unique_ptr<ExchangeRepository> m_exchanges;
    std::unique_ptr<InboxRepository> m_inbox;
    std::unique_ptr<SandboxTokenRepository> m_sandboxTokens;
};

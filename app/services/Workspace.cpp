#include "Workspace.h"

#include "storage/AppRepository.h"
#include "storage/ExchangeRepository.h"
#include "storage/InboxRepository.h"
#include "storage/PendingSecrets.h"
#include "storage/SandboxTokenRepository.h"

Workspace::Workspace(const QString &dataDir) : m_database(dataDir) { }

Workspace::~Workspace() = default;

Workspace::Opening Workspace::open(const QString &dataDir, bool takeLock)
{
    Opening result;
    std::unique_ptr<Workspace> workspace(new Workspace(dataDir));
    if (takeLock) {
        workspace->m_lock = std::make_unique<InstanceLock>(dataDir);
        result.lock = workspace->m_lock->tryLock();
        if (!result.lock.acquired) {
            result.error = result.lock.message;
            return result;
        }
    } else {
        result.lock.acquired = true;
        // A damaged file is not set aside under a running OTP Manager: its writes would go on
        // into the file set aside. The lock is only looked at, not kept: OTP Manager may start
        // while a command runs.
        InstanceLock running(dataDir);
        workspace->m_database.setSetsDamageAside(running.tryLock().acquired);
    }
    result.database = workspace->m_database.open();
    if (!result.database.isUsable()) {
        result.error = result.database.message;
        return result;
    }
    workspace->m_apps = std::make_unique<AppRepository>(workspace->m_database);
    workspace->m_exchanges = std::make_unique<ExchangeRepository>(workspace->m_database);
    workspace->m_inbox = std::make_unique<InboxRepository>(workspace->m_database);
    workspace->m_sandboxTokens = std::make_unique<SandboxTokenRepository>(workspace->m_database);
    result.workspace = std::move(workspace);
    return result;
}

bool Workspace::hasOrphanedSecrets()
{
    return !PendingSecrets(m_database).isEmpty();
}

QFuture<PendingSecretCleanup::Summary> Workspace::removeOrphanedSecrets(SecretStore &secrets)
{
    return PendingSecretCleanup::run(*m_apps, secrets);
}

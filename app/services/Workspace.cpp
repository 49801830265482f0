#include "Workspace.h"

#include "storage/AppRepository.h"
#include "storage/ExchangeRepository.h"
#include "storage/InboxRepository.h"
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

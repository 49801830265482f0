#include "Workspace.h"

#include "storage/AppRepository.h"
#include "storage/DatabaseDamageNote.h"
#include "storage/ExchangeRepository.h"
#include "storage/InboxRepository.h"

#include <QDir>

namespace {
// Why the damaged database cannot be set aside now (another process uses it), or nothing.
QString holderOfNotedDamage(const QString &dataDir, const QString &databasePath)
{
    if (!DatabaseDamageNote::read(databasePath))
        return {};
    InstanceLock lock(dataDir); // released when this returns
    const InstanceLock::Attempt attempt = lock.tryLock();
    if (attempt.acquired)
        return {};
    return Workspace::tr("The database in %1 is damaged and is set aside the next time it is "
                         "opened, but not while another program uses it: %2 Quit OTP Manager, "
                         "then run the command again.")
        .arg(QDir::toNativeSeparators(dataDir), attempt.message);
}
} // namespace

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
        // Damage a running OTP Manager noted is set aside by the next open, but not under that
        // OTP Manager: its writes would go on into the file set aside.
        if (const QString busy = holderOfNotedDamage(dataDir, workspace->m_database.filePath());
            !busy.isEmpty()) {
            result.error = busy;
            return result;
        }
    }
    result.database = workspace->m_database.open();
    if (!result.database.isUsable()) {
        result.error = result.database.message;
        return result;
    }
    workspace->m_apps = std::make_unique<AppRepository>(workspace->m_database);
    workspace->m_exchanges = std::make_unique<ExchangeRepository>(workspace->m_database);
    workspace->m_inbox = std::make_unique<InboxRepository>(workspace->m_database);
    result.workspace = std::move(workspace);
    return result;
}

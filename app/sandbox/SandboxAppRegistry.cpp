#include "SandboxAppRegistry.h"

#include <QMutexLocker>

SandboxAppRegistry::SandboxAppRegistry() : m_current(std::make_shared<SandboxAppSet>()) { }

void SandboxAppRegistry::replace(const QList<SandboxApp> &apps)
{
    // Prepared outside the lock: parsing IP ranges must not stall the server thread.
    auto prepared = std::make_shared<const SandboxAppSet>(apps);
    QMutexLocker locker(&m_mutex);
    m_current = std::move(prepared);
}

std::shared_ptr<const SandboxAppSet> SandboxAppRegistry::snapshot() const
{
    QMutexLocker locker(&m_mutex);
    return m_current;
}

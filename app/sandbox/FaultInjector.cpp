#include "FaultInjector.h"

#include "RandomSource.h"

#include <QMutexLocker>

bool FaultInjector::set(const SandboxFaults &faults)
{
    if (!faults.problem().isEmpty())
        return false;
    QMutexLocker locker(&m_mutex);
    m_faults = faults;
    m_active.store(faults.isActive());
    return true;
}

SandboxFaults FaultInjector::current() const
{
    QMutexLocker locker(&m_mutex);
    return m_faults;
}

FaultInjector::Decision FaultInjector::decide(RandomSource &random)
{
    Decision decision;
    if (!m_active.load(std::memory_order_relaxed))
        return decision;

    QMutexLocker locker(&m_mutex);
    decision.delayMs = m_faults.latencyMs;
    if (m_faults.jitterMs > 0)
        decision.delayMs += int(random.bounded(quint32(m_faults.jitterMs) + 1));
    if (m_faults.action == SandboxFaults::Action::None)
        return decision;

    bool hit = false;
    switch (m_faults.scope) {
    case SandboxFaults::Scope::Always:
        hit = true;
        break;
    case SandboxFaults::Scope::NextRequests:
        hit = m_faults.count > 0;
        if (hit)
            --m_faults.count;
        break;
    case SandboxFaults::Scope::Fraction:
        // fraction() is in [0, 1): 0 never hits, 1 always does.
        hit = random.fraction() < m_faults.fraction;
        break;
    }
    if (hit) {
        decision.action = m_faults.action;
        decision.errorRow = m_faults.errorRow;
    }
    return decision;
}

#pragma once

#include "SandboxFaults.h"

#include <QMutex>

#include <atomic>

class RandomSource;

// The faults in force, set from any thread and consulted by the server thread once per OTP
// request. Costs one atomic load per request while no fault is set.
class FaultInjector
{
public:
    struct Decision {
        int delayMs = 0;
        SandboxFaults::Action action = SandboxFaults::Action::None;
        int errorRow = 0;
    };

    bool set(const SandboxFaults &faults); // false (nothing changed) when faults.problem()
    SandboxFaults current() const; // with the NextRequests count as it stands now
    // Decides for one request; a NextRequests hit uses one of the count.
    Decision decide(RandomSource &random);

private:
    mutable QMutex m_mutex;
    SandboxFaults m_faults;
    std::atomic<bool> m_active{false};
};

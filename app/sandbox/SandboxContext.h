#pragma once

#include "Clock.h"
#include "FaultInjector.h"
#include "RandomSource.h"
#include "SandboxAppRegistry.h"
#include "SandboxInbox.h"

#include <atomic>
#include <memory>

// What SandboxServer (owner thread) and SandboxHttpServer (server thread) share. Each member
// is thread-safe on its own; it outlives a stop()/start() cycle, so apps, faults and inbox
// stay as they were.
struct SandboxContext {
    std::shared_ptr<Clock> clock;
    std::shared_ptr<RandomSource> random; // used by the server thread only
    SandboxAppRegistry apps;
    FaultInjector faults;
    SandboxInbox inbox;
    std::atomic<int> pendingTokens{0};

    // How many receivers each SandboxServer signal has: the server thread skips building and
    // queueing events nobody listens to (it matters at tens of thousands of requests/s).
    std::atomic<int> smsListeners{0};
    std::atomic<int> stateListeners{0};
    std::atomic<int> requestListeners{0};
};

#pragma once

#include "FaultInjector.h"
#include "OffsetClock.h"
#include "RandomSource.h"
#include "RestoredTokens.h"
#include "SandboxAppRegistry.h"
#include "SandboxMessageLog.h"

#include <QByteArray>

#include <atomic>
#include <memory>

// What SandboxServer (owner thread) and SandboxHttpServer (server thread) share. Each member
// is thread-safe on its own; it outlives a stop()/start() cycle, so apps, faults, the message
// log and the clock's offset stay as they were.
struct SandboxContext {
    std::shared_ptr<OffsetClock> clock; // the injected clock plus the control API's offset
    std::shared_ptr<RandomSource> random; // used by the server thread only (and by start())
    SandboxAppRegistry apps;
    FaultInjector faults;
    SandboxMessageLog messages;
    std::atomic<int> pendingTokens{0};
    // The bearer token every /sandbox/v1/ call needs; empty: the API is open. Set by start()
    // before the server thread serves, constant while it runs.
    QByteArray apiToken;

    RestoredTokens restoredTokens; // for the next run

    // How many receivers each SandboxServer signal has: the server thread skips building and
    // queueing events nobody listens to (it matters at tens of thousands of requests/s).
    std::atomic<int> smsListeners{0};
    std::atomic<int> stateListeners{0};
    std::atomic<int> requestListeners{0};
    std::atomic<int> tokenListeners{0};
};

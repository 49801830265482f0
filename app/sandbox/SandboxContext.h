#pragma once

#include "Clock.h"
#include "FaultInjector.h"
#include "RandomSource.h"
#include "SandboxAppRegistry.h"
#include "SandboxInbox.h"
#include "domain/SandboxToken.h"

#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <memory>
#include <utility>

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

    // Tokens an owner handed back (SandboxServer::restoreTokens) for the next run's token store,
    // which takes them when its HTTP server is made.
    void setRestoredTokens(const QList<SandboxToken> &tokens)
    {
        const QMutexLocker locker(&restoreMutex);
        restoredTokens = tokens;
    }
    QList<SandboxToken> takeRestoredTokens()
    {
        const QMutexLocker locker(&restoreMutex);
        return std::exchange(restoredTokens, {});
    }
    QMutex restoreMutex;
    QList<SandboxToken> restoredTokens;

    // How many receivers each SandboxServer signal has: the server thread skips building and
    // queueing events nobody listens to (it matters at tens of thousands of requests/s).
    std::atomic<int> smsListeners{0};
    std::atomic<int> stateListeners{0};
    std::atomic<int> requestListeners{0};
    std::atomic<int> tokenListeners{0};
};

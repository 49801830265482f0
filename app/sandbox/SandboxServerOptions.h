#pragma once

#include "SandboxMessageLog.h"
#include "TokenStore.h"

#include <QHostAddress>

// How SandboxServer::start() listens and how much it keeps.
struct SandboxServerOptions {
    static constexpr quint16 DefaultPort = 8765;

    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = DefaultPort; // 0 = any free port (read the actual one from the start result)
    // Other machines could reach a non-loopback address: refused unless this is set, and then
    // still warned about.
    bool allowNonLoopback = false;
    int maxPendingTokens = TokenStore::DefaultCapacity; // stored tokens, oldest dropped first
    // Messages kept in the log the control API reads (oldest dropped first); 0: none.
    int messageCapacity = SandboxMessageLog::DefaultCapacity;
    // The first message id of this run, if greater than the log's next one: an owner that
    // stores messages passes its highest id + 1 so ids stay unique across runs.
    qint64 firstMessageId = 1;
    // The bearer token the control API (/sandbox/v1/) requires. Empty: none on a loopback
    // address; on another address one is generated at start (SandboxListening::apiToken).
    QString apiToken;
    int idleTimeoutMs = 30000; // a connection silent this long is closed; 0 = never
    // A request (line, headers, body) must arrive within this long of its first byte, or the
    // connection is answered 408 and closed (slow clients); 0 = no deadline.
    int requestDeadlineMs = 10000;
    int housekeepingIntervalMs = 1000; // how often expiry and idle connections are checked
    // The GUI serves from a thread of its own so the window stays responsive under load. A
    // headless caller (otpctl) has no window: serving on its own thread saves the hand-over of
    // every event to another thread (a wake-up and a context switch per signal).
    bool ownThread = true;
};

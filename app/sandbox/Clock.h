#pragma once

#include <QDateTime>
#include <QtGlobal>

// Wall-clock time as the sandbox sees it: when a token was made and when it expires. A seam so
// tests can expire tokens by advancing a ManualClock instead of sleeping. Called from the
// server thread, so implementations must be thread-safe.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual qint64 nowMs() const = 0; // milliseconds since the Unix epoch (UTC)

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

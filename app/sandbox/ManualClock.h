#pragma once

#include "Clock.h"

#include <atomic>
#include <chrono>

// A clock that only moves when told to, for tests. Atomic because the test thread advances it
// while the server thread reads it.
class ManualClock final : public Clock
{
public:
    // 2024-01-01T00:00:00Z: a fixed, readable starting point.
    static constexpr qint64 DefaultStartMs = 1704067200000;

    explicit ManualClock(qint64 startMs = DefaultStartMs) : m_nowMs(startMs) { }

    qint64 nowMs() const override { return m_nowMs.load(); }
    void advance(std::chrono::milliseconds by) { m_nowMs.fetch_add(by.count()); }

private:
    std::atomic<qint64> m_nowMs;
};

#pragma once

#include "Clock.h"

#include <atomic>
#include <memory>

// The sandbox's own time: another clock plus an offset that the control API moves forward
// (POST /sandbox/v1/clock) so a test can see its tokens expire without waiting. Thread-safe:
// the owner or the API changes the offset while the server thread reads the time.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(std::shared_ptr<Clock> base) : m_base(std::move(base)) { }

    qint64 nowMs() const override { return m_base->nowMs() + m_offsetMs.load(); }

    qint64 offsetMs() const { return m_offsetMs.load(); }
    void advance(qint64 ms) { m_offsetMs.fetch_add(ms); }
    void reset() { m_offsetMs.store(0); }

private:
    std::shared_ptr<Clock> m_base;
    std::atomic<qint64> m_offsetMs{0};
};

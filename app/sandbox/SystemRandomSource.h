#pragma once

#include "RandomSource.h"

#include <QMutex>

#include <array>

// The operating system's CSPRNG, as the real service's codes and tokens must not be
// guessable. On Linux the kernel's getrandom(2), read a block at a time: Qt's
// QRandomGenerator::system() prefers the CPU's RDRAND, which costs about 9 µs per request on
// CPUs with the SRBDS microcode mitigation, more than all the rest of a request. Elsewhere
// QRandomGenerator::system(). Thread-safe.
class SystemRandomSource final : public RandomSource
{
public:
    void fill(quint8 *data, qsizetype size) override;

private:
    void refill(); // m_mutex held

    QMutex m_mutex;
    std::array<quint8, 512> m_buffer{};
    size_t m_next = 512; // empty until first use
};

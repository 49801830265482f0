#pragma once

#include <QtGlobal>

// Where the sandbox's randomness comes from: codes, reference numbers, tokens, latency jitter
// and the fraction of requests a fault hits. A seam so tests can use a seeded, repeatable
// source. Used from the server thread only.
class RandomSource
{
public:
    virtual ~RandomSource() = default;

    // Fills size bytes. The one call per request that production pays for (one system call).
    virtual void fill(quint8 *data, qsizetype size) = 0;

    // Uniform in [0, upperBound), without modulo bias; 0 when upperBound is 0.
    quint32 bounded(quint32 upperBound);
    // Uniform in [0, 1).
    double fraction();
};

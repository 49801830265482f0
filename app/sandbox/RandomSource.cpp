#include "RandomSource.h"

#include <limits>

quint32 RandomSource::bounded(quint32 upperBound)
{
    if (upperBound == 0)
        return 0;
    // Rejection sampling: drop the top partial block of the 32-bit range so every value of
    // [0, upperBound) is equally likely.
    const quint32 limit = std::numeric_limits<quint32>::max()
        - (std::numeric_limits<quint32>::max() % upperBound + 1) % upperBound;
    quint32 value = 0;
    do {
        fill(reinterpret_cast<quint8 *>(&value), sizeof value);
    } while (value > limit);
    return value % upperBound;
}

double RandomSource::fraction()
{
    quint64 value = 0;
    fill(reinterpret_cast<quint8 *>(&value), sizeof value);
    return double(value >> 11) * 0x1.0p-53; // 53 random bits: every double in [0, 1) is reachable
}

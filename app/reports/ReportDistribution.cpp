#include "ReportDistribution.h"

#include <cmath>

void ReportDistribution::add(qint64 step, qint64 count)
{
    if (count == 0)
        return;
    qint64 &slot = m_counts[step];
    slot += count;
    m_total += count;
    if (slot == 0)
        m_counts.remove(step);
}

std::optional<qint64> ReportDistribution::percentile(double p) const
{
    if (m_total <= 0)
        return std::nullopt;
    const qint64 rank = qMax<qint64>(1, qint64(std::ceil(p * double(m_total))));
    qint64 seen = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return it.key();
    }
    return m_counts.lastKey();
}

qint64 ReportDistribution::countBelow(qint64 step) const
{
    qint64 count = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend() && it.key() < step; ++it)
        count += it.value();
    return count;
}

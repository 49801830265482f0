#pragma once

#include <QMap>

#include <optional>

// How many values fell on each step of a fixed unit (0.1 ms of latency, 0.1 s to a correct
// PIN): SQL counts per step, and percentiles and histograms are read from the counts, so they
// are exact to the unit and one new value is one increment.
class ReportDistribution
{
public:
    void add(qint64 step, qint64 count = 1);
    qint64 total() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }
    // Nearest rank: the smallest step with at least ceil(p * total) values at or below it.
    std::optional<qint64> percentile(double p) const;
    qint64 countBelow(qint64 step) const; // values on steps < step
    const QMap<qint64, qint64> &steps() const { return m_counts; }

    friend bool operator==(const ReportDistribution &a, const ReportDistribution &b)
    {
        return a.m_counts == b.m_counts;
    }

private:
    QMap<qint64, qint64> m_counts;
    qint64 m_total = 0;
};

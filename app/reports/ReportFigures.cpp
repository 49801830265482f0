#include "ReportFigures.h"

#include <array>

namespace {
// Bin edges a QA lead reads at a glance: local sandbox answers in the first bins, the real
// service's in the hundreds of milliseconds, timeouts in the last.
constexpr std::array<double, 13> HistogramEdgesMs{0,   1,   2,   5,    10,   20,  50,
                                                  100, 200, 500, 1000, 2000, 5000};

bool samePoints(const ReportFigures::Point &a, const ReportFigures::Point &b)
{
    return a.start == b.start && a.requests == b.requests && a.delivered == b.delivered
        && a.verifyCalls == b.verifyCalls && a.verified == b.verified;
}
} // namespace

ReportFigures ReportFigures::emptyFor(const ReportQuery &query)
{
    ReportFigures figures;
    figures.query = query;
    for (const qint64 key : query.bucketKeys())
        figures.series.insert(key, Point{query.bucketStart(key)});
    return figures;
}

qint64 ReportFigures::requested() const
{
    qint64 total = 0;
    for (const qint64 count : fates)
        total += count;
    return total;
}

qint64 ReportFigures::verifyCalls() const
{
    qint64 total = 0;
    for (const Point &point : series)
        total += point.verifyCalls;
    return total;
}

std::optional<double> ReportFigures::firstTryRate() const
{
    if (attempted == 0)
        return std::nullopt;
    return double(firstTryVerified) / double(attempted);
}

std::optional<double> ReportFigures::overallRate() const
{
    if (attempted == 0)
        return std::nullopt;
    return double(fate(OtpFate::Verified)) / double(attempted);
}

std::optional<double> ReportFigures::latencyPercentileMs(double p) const
{
    const std::optional<qint64> step = latency.percentile(p);
    return step ? std::optional<double>(double(*step) * LatencyStepMs) : std::nullopt;
}

std::optional<double> ReportFigures::timeToVerifyPercentileMs(double p) const
{
    const std::optional<qint64> step = timeToVerify.percentile(p);
    return step ? std::optional<double>(double(*step) * TimeToVerifyStepMs) : std::nullopt;
}

QList<ReportFigures::HistogramBin> ReportFigures::latencyHistogram() const
{
    QList<HistogramBin> bins;
    qint64 below = 0;
    for (std::size_t i = 0; i < HistogramEdgesMs.size(); ++i) {
        HistogramBin bin;
        bin.fromMs = HistogramEdgesMs[i];
        if (i + 1 < HistogramEdgesMs.size()) {
            bin.toMs = HistogramEdgesMs[i + 1];
            const qint64 upTo = latency.countBelow(qRound64(*bin.toMs / LatencyStepMs));
            bin.count = upTo - below;
            below = upTo;
        } else {
            bin.count = latency.total() - below;
        }
        bins << bin;
    }
    return bins;
}

bool operator==(const ReportFigures &a, const ReportFigures &b)
{
    if (a.series.keys() != b.series.keys())
        return false;
    for (auto it = a.series.cbegin(); it != a.series.cend(); ++it) {
        if (!samePoints(it.value(), b.series.value(it.key())))
            return false;
    }
    const auto nonZero = [](QMap<OtpFate, qint64> fates) {
        fates.removeIf([](auto it) { return it.value() == 0; });
        return fates;
    };
    auto outcomesA = a.outcomes;
    auto outcomesB = b.outcomes;
    outcomesA.removeIf([](auto it) { return it.value() == 0; });
    outcomesB.removeIf([](auto it) { return it.value() == 0; });
    return nonZero(a.fates) == nonZero(b.fates) && a.attempted == b.attempted
        && a.firstTryVerified == b.firstTryVerified && a.unpairedVerifies == b.unpairedVerifies
        && a.latency == b.latency && a.timeToVerify == b.timeToVerify && outcomesA == outcomesB;
}

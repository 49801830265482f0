#include "ReportText.h"

#include "CliOutput.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QString percent(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate * 100, 'f', 1) + u" %"_s : u"-"_s;
}

QString millis(const std::optional<double> &ms)
{
    return ms ? QString::number(*ms, 'f', 1) + u" ms"_s : u"-"_s;
}

QString seconds(const std::optional<double> &ms)
{
    return ms ? QString::number(*ms / 1000, 'f', 1) + u" s"_s : u"-"_s;
}
} // namespace

void ReportText::print(const ReportFigures &figures)
{
    CliOutput &out = CliOutput::instance();
    const ReportQuery &query = figures.query;
    const QString format = u"yyyy-MM-dd HH:mm"_s;
    out.out(tr("Period: %1 to %2 (%3), source: %4")
                .arg(query.from.toTimeZone(query.timeZone).toString(format),
                     query.to.toTimeZone(query.timeZone).toString(format),
                     QString::fromUtf8(query.timeZone.id()), enumId(query.source)));
    const QList<std::pair<QString, QString>> lines{
        {tr("OTPs requested"), QString::number(figures.requested())},
        {tr("Delivered"), QString::number(figures.delivered())},
        {tr("Failed requests"), QString::number(figures.fate(OtpFate::Failed))},
        {tr("Verified"), QString::number(figures.fate(OtpFate::Verified))},
        {tr("Verified at the first try"), percent(figures.firstTryRate())},
        {tr("Verified overall"), percent(figures.overallRate())},
        {tr("Expired unused"), QString::number(figures.fate(OtpFate::Expired))},
        {tr("Burned by wrong PINs"), QString::number(figures.fate(OtpFate::Burned))},
        {tr("Still pending"), QString::number(figures.fate(OtpFate::Pending))},
        {tr("Verify calls with an unknown token"), QString::number(figures.unpairedVerifies)},
        {tr("Latency, median"), millis(figures.latencyPercentileMs(0.5))},
        {tr("Latency, 95th percentile"), millis(figures.latencyPercentileMs(0.95))},
        {tr("SMS to correct PIN, median"), seconds(figures.timeToVerifyPercentileMs(0.5))},
    };
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size());
    for (const auto &[label, value] : lines)
        out.out(u"  "_s + label.leftJustified(width + 2) + value);
    if (figures.outcomes.isEmpty())
        return;
    out.out(QString());
    out.out(tr("Outcomes:"));
    for (auto it = figures.outcomes.cbegin(); it != figures.outcomes.cend(); ++it) {
        const QString status
            = it.key().httpStatus > 0 ? QString::number(it.key().httpStatus) : u"-"_s;
        out.out(u"  %1  %2  %3  %4"_s.arg(enumId(it.key().call).leftJustified(7), status,
                                          QString::number(it.value()).rightJustified(8),
                                          it.key().name));
    }
}

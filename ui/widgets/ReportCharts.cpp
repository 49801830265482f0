#include "ReportCharts.h"

#include "models/ReportTexts.h"
#include "reports/ReportFigures.h"
#include "widgets/StatusColors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MaxOutcomeBars = 8; // the most frequent; the rest would be unreadable slivers

QChartView *makeView(const QString &name, QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    return view;
}

// Replaces a chart's series and axes; the counts axis starts at zero and counts whole calls.
void setSeries(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
               bool horizontal)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(u"%d"_s);
    counts->setMin(0);
    chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(counts);
    qreal top = 0;
    for (QBarSet *set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            top = qMax(top, set->at(i));
    }
    counts->setMax(qMax<qreal>(4, top));
    counts->applyNiceNumbers();
    // Upright labels are cut to "24 ..." as soon as a few share the width: turned, they fit.
    names->setLabelsAngle(!horizontal && categories.size() > 6 ? -90 : 0);
}

// A range of latency with its unit ("2–10 ms", "1–5 s", "≥ 5 s").
QString rangeLabel(double fromMs, std::optional<double> toMs)
{
    const QLocale locale;
    const bool seconds = fromMs >= 1000;
    const auto number = [&](double ms) { return locale.toString(seconds ? ms / 1000 : ms); };
    if (!toMs) {
        //: The latency histogram's last bar: calls that took at least this many seconds
        return ReportCharts::tr("≥ %1 s").arg(number(fromMs));
    }
    return seconds ? ReportCharts::tr("%1–%2 s").arg(number(fromMs), number(*toMs))
                   : ReportCharts::tr("%1–%2 ms").arg(number(fromMs), number(*toMs));
}
} // namespace

ReportCharts::ReportCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_volume = makeView(u"volumeChart"_s, this);
    m_outcomes = makeView(u"outcomesChart"_s, this);
    m_latency = makeView(u"latencyChart"_s, this);
    layout->addWidget(m_volume, 3);
    layout->addWidget(m_outcomes, 3);
    layout->addWidget(m_latency, 3);
    applyTheme();
}

QString ReportCharts::fileStem(Chart chart)
{
    switch (chart) {
    case Chart::Volume:
        return u"report-requests"_s;
    case Chart::Outcomes:
        return u"report-outcomes"_s;
    case Chart::Latency:
        return u"report-latency"_s;
    }
    return {};
}

QChartView *ReportCharts::view(Chart chart) const
{
    switch (chart) {
    case Chart::Volume:
        return m_volume;
    case Chart::Outcomes:
        return m_outcomes;
    case Chart::Latency:
        return m_latency;
    }
    return nullptr;
}

QByteArray ReportCharts::png(Chart chart) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    view(chart)->grab().save(&buffer, "PNG");
    return bytes;
}

void ReportCharts::setFigures(const ReportFigures &figures)
{
    fillVolume(figures);
    fillOutcomes(figures);
    fillLatency(figures);
    applyTheme(); // new series take the theme's colours
}

void ReportCharts::fillVolume(const ReportFigures &figures)
{
    const bool hours = figures.query.bucket() == ReportBucket::Hour;
    m_volume->chart()->setTitle(hours ? tr("Requests and verified per hour")
                                      : tr("Requests and verified per day"));
    auto *requests = new QBarSet(tr("Requests"));
    auto *verified = new QBarSet(tr("Verified"));
    QStringList categories;
    const QLocale locale;
    for (const ReportFigures::Point &point : figures.series) {
        const QDateTime local = point.start.toTimeZone(figures.query.timeZone);
        categories << (hours ? local.toString(u"HH:mm"_s)
                             : locale.toString(local.date(), u"d MMM"_s));
        *requests << qreal(point.requests);
        *verified << qreal(point.verified);
    }
    auto *series = new QBarSeries;
    series->append(requests);
    series->append(verified);
    setSeries(m_volume->chart(), series, categories, false);
}

void ReportCharts::fillOutcomes(const ReportFigures &figures)
{
    m_outcomes->chart()->setTitle(tr("Outcomes by status code"));
    QList<std::pair<qint64, QString>> byCount;
    for (auto it = figures.outcomes.cbegin(); it != figures.outcomes.cend(); ++it)
        byCount.append({it.value(), ReportTexts::outcomeLabel(it.key())});
    std::stable_sort(byCount.begin(), byCount.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    if (byCount.size() > MaxOutcomeBars)
        byCount.resize(MaxOutcomeBars);
    // The largest on top: a horizontal chart draws its first category at the bottom.
    std::reverse(byCount.begin(), byCount.end());
    auto *calls = new QBarSet(tr("Calls"));
    QStringList categories;
    for (const auto &[count, label] : byCount) {
        categories << label;
        *calls << qreal(count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(calls);
    setSeries(m_outcomes->chart(), series, categories, true);
    m_outcomes->chart()->legend()->hide();
}

void ReportCharts::fillLatency(const ReportFigures &figures)
{
    m_latency->chart()->setTitle(tr("Latency"));
    auto *calls = new QBarSet(tr("Calls"));
    QStringList categories;
    // The thirteen bins of the report two by two (0–2 ms, 2–10 ms, … 1–5 s, then ≥ 5 s): seven
    // rows keep their labels whole at 1024x700, thirteen were cut (the exports keep all).
    const QList<ReportFigures::HistogramBin> bins = figures.latencyHistogram();
    for (qsizetype i = 0; i < bins.size(); i += 2) {
        const ReportFigures::HistogramBin &last = bins.at(qMin(i + 1, bins.size() - 1));
        categories.prepend(rangeLabel(bins.at(i).fromMs, last.toMs)); // the fastest on top
        calls->insert(0, qreal(bins.at(i).count + (&last != &bins.at(i) ? last.count : 0)));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(calls);
    setSeries(m_latency->chart(), series, categories, true);
    m_latency->chart()->legend()->hide();
}

void ReportCharts::applyTheme()
{
    const bool dark = StatusColors::isDark(palette());
    for (QChartView *view : {m_volume, m_outcomes, m_latency}) {
        QChart *chart = view->chart();
        const QString title = chart->title();
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        // The theme resets fonts; the window's font has the Thai glyphs.
        chart->setTitleFont(font());
        chart->legend()->setFont(font());
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85); // dates and bins side by side
        for (QAbstractAxis *axis : chart->axes())
            axis->setLabelsFont(small);
        chart->setBackgroundBrush(palette().base());
        chart->setTitleBrush(palette().text());
        chart->legend()->setLabelColor(palette().color(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes())
            axis->setLabelsBrush(palette().text());
        chart->setTitle(title);
    }
}

void ReportCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyTheme();
    QWidget::changeEvent(event);
}

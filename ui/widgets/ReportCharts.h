#pragma once

#include <QWidget>

class QChart;
class QChartView;
struct ReportFigures;

// The report's three charts (Qt Charts): requests and successful verifications per hour or
// day, outcomes by status code (decoded through the error catalog, in the current language),
// and the latency histogram. Themed from the palette, so they read on light and dark desktops.
class ReportCharts : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Volume, Outcomes, Latency };
    static QList<Chart> all() { return {Chart::Volume, Chart::Outcomes, Chart::Latency}; }
    static QString fileStem(Chart chart); // "report-volume", … for exported PNGs

    explicit ReportCharts(QWidget *parent = nullptr);

    void setFigures(const ReportFigures &figures);
    QChartView *view(Chart chart) const;
    QByteArray png(Chart chart) const; // the chart as shown, for export

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillVolume(const ReportFigures &figures);
    void fillOutcomes(const ReportFigures &figures);
    void fillLatency(const ReportFigures &figures);
    void applyTheme();

    QChartView *m_volume = nullptr;
    QChartView *m_outcomes = nullptr;
    QChartView *m_latency = nullptr;
};

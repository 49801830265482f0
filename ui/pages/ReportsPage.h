#pragma once

#include "AppContext.h"
#include "reports/ReportFigures.h"
#include "util/Result.h"

#include <QTime>
#include <QTimer>
#include <QWidget>

class MessageBanner;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class ReportCharts;
class ReportControls;
class ReportFiguresPanel;
class ReportWorker;
class SearchField;
class TransactionModel;

// What happened to the OTPs, per app and over time (issue 17): the controls of a report, its
// headline figures, three charts and the transaction table, with exports. Every query runs on
// a ReportWorker thread (a busy indicator shows it); while the period includes now, calls the
// sandbox records move the figures as they arrive (applied one by one, not a new report).
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int LiveDelayMs = 300; // calls arriving in a burst are applied together

    explicit ReportsPage(const AppContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    ReportControls *controls() const { return m_controls; }
    const ReportFigures &figures() const { return m_figures; }
    TransactionModel *transactions() const { return m_model; }
    bool isBusy() const;

    // Exports; each says in message() what was written. The CSV is written by the worker
    // (csvExported follows); the others at once.
    void exportCsv(const QString &path);
    Result<void> exportJson(const QString &path);
    Result<QStringList> exportCharts(const QString &folder); // the files written

public slots:
    void refresh(); // a new report for the controls' choice
    void applyNewCalls(); // calls stored since the report, when its period includes now

signals:
    void message(const QString &text, int timeoutMs);
    void exchangeRequested(qint64 historyId); // open this history row in the console
    void figuresShown(bool live); // a new report, or calls applied to the one shown
    void csvExported(const QString &path, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildTableBox();
    QWidget *buildToolbar();
    void connectWorker();
    void showFigures(const ReportFigures &figures, bool live);
    void openRow(const QModelIndex &index);
    void chooseCsvFile();
    void chooseJsonFile();
    void chooseChartsFolder();
    void updateCount();
    void updateTimestamp();
    void retranslateUi();
    bool periodIncludesNow() const;

    AppContext m_context;
    ReportWorker *m_worker = nullptr;
    ReportFigures m_figures;
    bool m_hasFigures = false;
    QTime m_updatedAt; // when the figures shown were computed or last moved
    QTimer m_liveTimer;

    QLabel *m_title = nullptr;
    ReportControls *m_controls = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_updated = nullptr;
    MessageBanner *m_banner = nullptr;
    ReportFiguresPanel *m_figuresPanel = nullptr;
    ReportCharts *m_charts = nullptr;
    QLabel *m_tableTitle = nullptr;
    SearchField *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    TransactionModel *m_model = nullptr;
};

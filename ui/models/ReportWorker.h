#pragma once

#include "reports/ReportFigures.h"
#include "reports/ReportQuery.h"
#include "reports/TransactionPage.h"
#include "reports/TransactionQuery.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

// Runs the Reports page's queries on a thread of its own, with its own connection to the data
// folder's database (WAL: it reads while the GUI and the sandbox's recorder write), so the
// window never waits for SQL. Jobs run in the order asked; a report superseded by a newer one
// before it started is skipped. Results arrive as signals on the GUI thread.
class ReportWorker : public QObject
{
    Q_OBJECT

public:
    // More new calls than this at once and a catch-up runs the report again instead.
    static constexpr int MaxCallsApplied = 2000;

    explicit ReportWorker(const QString &dataDir, QObject *parent = nullptr);
    ~ReportWorker() override;

    // A new report (figuresReady, live false); every earlier one is superseded.
    void run(const ReportQuery &query);
    // The calls stored since the last report or catch-up moved into its figures one by one
    // (ReportEngine::applyCall, in the order stored): figuresReady with live true.
    void catchUp();
    // A page of the transaction table: pageReady(ticket, ...) with the returned ticket.
    int fetchPage(const ReportQuery &report, const TransactionQuery &page);
    // Every row of the table's filter and order as CSV (ReportCsv), written atomically.
    void exportCsv(const ReportQuery &report, const TransactionQuery &filter, const QString &path);
    // The history row holding this OTP's raw exchange: the row itself for a call made from OTP
    // Manager, the console's request with the same token for a sandbox row (none: another
    // client called the sandbox).
    void findExchange(ReportSource source, qint64 requestId, const QString &token);

    bool isBusy() const { return m_pendingJobs > 0; }

signals:
    void figuresReady(const ReportFigures &figures, bool live);
    void pageReady(int ticket, const TransactionPage &page);
    void failed(const QString &message); // translated
    void csvExported(const QString &path, qint64 rows, const QString &error);
    void exchangeFound(std::optional<qint64> historyId);
    void busyChanged(bool busy);

private:
    struct State; // lives on the worker thread

    // Runs work on the worker thread, then done with its result on this object's thread.
    template<typename T>
    void post(std::function<T(State &)> work, std::function<void(const T &)> done);
    void jobFinished();

    QThread m_thread;
    QObject *m_threadContext = nullptr; // lives in m_thread: jobs are queued to it
    std::unique_ptr<State> m_state;
    std::atomic<int> m_latestRun{0};
    int m_nextTicket = 0;
    int m_pendingJobs = 0;
};

#pragma once

#include "reports/ReportQuery.h"
#include "reports/TransactionQuery.h"
#include "reports/TransactionRow.h"

#include <QAbstractTableModel>

class ReportWorker;
struct TransactionPage;

// The Reports page's transaction table: one row per OTP of the report, read from SQL a page at
// a time on the report's worker (canFetchMore/fetchMore ask for the next page; it is inserted
// when it arrives), sorted and filtered in SQL. A new report, order or filter is one reset.
class TransactionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AppColumn,
        NumberColumn,
        ReferenceColumn,
        StateColumn,
        AttemptsColumn,
        TimeToVerifyColumn,
        CodesColumn,
        SourceColumn,
        ColumnCount
    };
    static constexpr int PageRows = 200;

    explicit TransactionModel(ReportWorker &worker, QObject *parent = nullptr);

    void setReport(const ReportQuery &report);
    void setFilter(const QString &text, std::optional<OtpFate> fate);
    // What an export writes: the report's rows in this filter and order, unpaged.
    TransactionQuery filter() const { return m_query; }
    ReportQuery report() const { return m_report; }
    const TransactionRow &rowAt(int row) const { return m_rows.at(row); }
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_ticket != 0; }
    // Reads the loaded rows again (new calls arrived): new OTPs at the top are inserted and
    // changed ones updated in place, so the selection stays; anything else is one reset.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void retranslate();

signals:
    void loaded(); // a page arrived

private:
    void load(int offset, int limit);
    void receive(int ticket, const TransactionPage &page);
    bool mergeInPlace(const QList<TransactionRow> &rows); // false: the order changed
    QString display(const TransactionRow &row, int column) const;

    ReportWorker &m_worker;
    ReportQuery m_report;
    TransactionQuery m_query;
    QList<TransactionRow> m_rows;
    qint64 m_total = 0;
    bool m_hasReport = false;
    int m_ticket = 0; // the page awaited; 0: none
    int m_ticketOffset = 0;
    bool m_ticketRefreshes = false; // the page awaited is refresh()'s
};

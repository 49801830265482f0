#pragma once

#include "PagedTableModel.h"
#include "storage/ExchangeFilter.h"
#include "storage/ExchangeRow.h"

class ExchangeRepository;
struct StoredExchange;

// The call history, newest first: time (in the user's locale), app, call, phone number with
// the middle digits hidden, HTTP status, outcome, latency. Read from the history table a page at
// a time (canFetchMore/fetchMore), so every stored call is reachable by scrolling; a search
// runs in SQL over all of them; a new call is one inserted row, so selection and scroll stay.
class HistoryModel : public PagedTableModel<ExchangeRow>
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AppColumn,
        CallColumn,
        PhoneColumn,
        StatusColumn,
        OutcomeColumn,
        LatencyColumn,
        ColumnCount
    };
    enum Role { ExchangeIdRole = Qt::UserRole + 1 };
    explicit HistoryModel(ExchangeRepository &repository, QObject *parent = nullptr);

    // Shows the calls that contain this text (see ExchangeFilter::search), from the first
    // page: one reset. The same text again changes nothing.
    void setQuery(const QString &text);
    QString query() const { return m_filter.search; }
    // The rows the model shows, as a repository filter (no paging): what an export writes.
    ExchangeFilter filter() const;
    // A call just stored: one row inserted in its place (the top, unless calls overlapped),
    // if it matches the search and its page is loaded; otherwise nothing.
    void addCall(const StoredExchange &exchange);
    const ExchangeRow &rowAt(int row) const { return m_rows.at(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    static QString maskedPhone(const QString &msisdn);
    static QString callName(OtpOperation call); // translated, as the Call column shows it
    // CSV (RFC 4180) for spreadsheets, the phone number masked as shown: the header line, then
    // the lines of any number of rows.
    static QByteArray csvHeader();
    static QByteArray csvLines(const QList<ExchangeRow> &rows);

private:
    static QList<OtpOperation> callsNamed(const QString &search);
    QList<ExchangeRow> readPage(const ExchangeRow *last, int limit) const override;
    bool listedBefore(const ExchangeRow &a, const ExchangeRow &b) const override;

    ExchangeRepository &m_repository;
    ExchangeFilter m_filter;
};

#pragma once

#include "storage/StoredExchange.h"

#include <QAbstractTableModel>

// The call history, newest first: time (in the user's locale), app, call, phone number with
// the middle digits hidden, HTTP status, outcome, latency.
class HistoryModel : public QAbstractTableModel
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
    enum Role { ExchangeIdRole = Qt::UserRole + 1, SearchRole };

    explicit HistoryModel(QObject *parent = nullptr);

    void setExchanges(const QList<StoredExchange> &exchanges);
    const QList<StoredExchange> &exchanges() const { return m_exchanges; }
    std::optional<StoredExchange> exchange(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    static QString maskedPhone(const QString &msisdn);
    // The rows as CSV (RFC 4180), for spreadsheets; the phone number masked as shown.
    static QByteArray toCsv(const QList<StoredExchange> &exchanges);

private:
    QList<StoredExchange> m_exchanges;
};

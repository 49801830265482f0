#pragma once

#include "domain/OtpMessage.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The sandbox's "sent" SMS, newest first: time, app, phone number, text, reference, expiry
// countdown and state. tick() refreshes the countdown once a second.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AppColumn,
        PhoneColumn,
        TextColumn,
        RefColumn,
        ExpiresColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { CodeRole = Qt::UserRole + 1, TokenRole, StateRole };

    explicit InboxModel(QObject *parent = nullptr);

    void setMessages(const QList<OtpMessage> &messages);
    const QList<OtpMessage> &messages() const { return m_messages; }
    void setNow(const QDateTime &now); // the clock the countdown uses (tests set it)
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateName(OtpMessage::State state);
    void retranslate();

private:
    QDateTime now() const;

    QList<OtpMessage> m_messages;
    QDateTime m_now;
};

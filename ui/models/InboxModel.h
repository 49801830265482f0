#pragma once

#include "PagedTableModel.h"
#include "domain/OtpMessage.h"
#include "storage/InboxFilter.h"

#include <QDateTime>

class InboxRepository;

// The sandbox's "sent" SMS, newest first: time, app, phone number, text, reference, expiry
// countdown and state. Read from the inbox table a page at a time (canFetchMore/fetchMore); a
// search runs in SQL over every stored message; a new SMS is one inserted row and a state
// change one changed row, so selection and scroll stay. tick() refreshes the countdown, which
// only a pending message has (an expired, used or lost code has no time left).
class InboxModel : public PagedTableModel<OtpMessage>
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
    // StateRole: the OtpMessage::State shown (a pending message past its expiry is Expired).
    enum Role { CodeRole = Qt::UserRole + 1, TokenRole, StateRole, MessageIdRole };
    explicit InboxModel(InboxRepository &repository, QObject *parent = nullptr);

    // Shows the messages that contain this text (see InboxFilter::search), from the first
    // page: one reset. The same text again changes nothing.
    void setQuery(const QString &text);
    QString query() const { return m_filter.search; }
    // A message just stored (id set): one row inserted at the top if it matches the search.
    void addMessage(const OtpMessage &message);
    // A stored message's new state: that one row changes, found by id in O(1).
    void setState(qint64 id, OtpMessage::State state);
    // Messages deleted from the table (through the sandbox's control API): their rows removed.
    void removeMessages(const QList<qint64> &ids);
    void setNow(const QDateTime &now); // the clock the countdown uses (tests set it)
    // The sandbox's clock offset (Advance clock): the countdown runs on the sandbox's time.
    void setClockOffset(qint64 seconds);
    // Once a second: the countdown column changes, and the state of a message that just lapsed.
    void tick();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateName(OtpMessage::State state);
    // What a state means for the user, when its name alone does not say (the state cell's
    // tooltip); empty otherwise.
    static QString stateExplanation(OtpMessage::State state);
    void retranslate();

private:
    static QList<OtpMessage::State> statesNamed(const QString &search);
    QDateTime now() const;
    OtpMessage::State shownState(const OtpMessage &message, const QDateTime &now) const;
    QVariant display(const OtpMessage &message, int column) const;
    QList<OtpMessage> readPage(const OtpMessage *last, int limit) const override;
    bool listedBefore(const OtpMessage &a, const OtpMessage &b) const override;

    InboxRepository &m_repository;
    InboxFilter m_filter;
    QDateTime m_now;
    qint64 m_clockOffset = 0; // seconds
    QDateTime m_lastTick; // lapses after this were not shown yet
};

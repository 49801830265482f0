#pragma once

#include "SandboxMessageFilter.h"
#include "domain/OtpMessage.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>

#include <deque>
#include <optional>

// Every SMS the sandbox delivered, newest last, with the id the server gave it, its current
// state and attempts: what the control API lists, waits for and deletes, and what the GUI can
// query. Bounded (the oldest go first); indexed by id (the messages are kept in id order), by
// token (state changes) and by number (the newest message for a number is a hash look-up).
// Thread-safe: the server thread writes, the API and the owner read.
class SandboxMessageLog
{
public:
    static constexpr int DefaultCapacity = 100000;

    struct Page {
        int total = 0; // messages matching the filter
        QList<OtpMessage> messages; // newest first
    };

    explicit SandboxMessageLog(int capacity = DefaultCapacity);

    int capacity() const;
    // Drops the oldest messages if over; 0 keeps none (ids are still given).
    void setCapacity(int capacity);
    // Ids never go back: the next id is at least this (an owner that stores messages keeps them
    // unique across runs).
    void raiseNextId(qint64 id);

    // Gives the message the next id, stores a copy and returns the id.
    qint64 add(OtpMessage &message);
    // False when the token is not (or no longer) in the log.
    bool setState(const QString &token, OtpMessage::State state);
    bool setAttempts(const QString &token, int attempts);
    // Every pending message whose token is not in `held` becomes Lost: the server no longer
    // holds its token. Returns how many changed.
    int markPendingLost(const QSet<QString> &held = {});

    QList<OtpMessage> messages() const; // oldest first
    Page query(const SandboxMessageFilter &filter, int start, int limit) const;
    std::optional<OtpMessage> latest(const SandboxMessageFilter &filter) const;
    std::optional<OtpMessage> byId(qint64 id) const;
    std::optional<OtpMessage> byToken(const QString &token) const;
    // Removes the matching messages and returns their ids, oldest first.
    QList<qint64> remove(const SandboxMessageFilter &filter);
    int size() const;

private:
    // m_mutex held for all of these.
    const OtpMessage *find(qint64 id) const;
    OtpMessage *findByToken(const QString &token);
    void trim();
    void unindex(const OtpMessage &message);
    // Calls visit(message) newest first over the messages that can match filter, until it
    // returns false.
    template<typename Visit>
    void visitNewestFirst(const SandboxMessageFilter &filter, Visit visit) const;

    mutable QMutex m_mutex;
    int m_capacity;
    qint64 m_nextId = 1;
    std::deque<OtpMessage> m_messages; // ascending ids
    QHash<QString, qint64> m_idByToken;
    QHash<QString, QList<qint64>> m_idsByMsisdn; // ascending ids per number
};

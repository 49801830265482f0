#pragma once

#include "domain/OtpMessage.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>

#include <deque>
#include <optional>

// The last messages the sandbox delivered, newest last, with their current state. Bounded: the
// GUI persists every message through SandboxServer::smsDelivered, so this only has to cover
// what a live view shows. Thread-safe: the server thread writes, the GUI reads snapshots.
class SandboxInbox
{
public:
    static constexpr int DefaultCapacity = 1000;

    explicit SandboxInbox(int capacity = DefaultCapacity);

    int capacity() const;
    // Drops the oldest messages if over; 0 keeps none (a caller that prints each SMS as it
    // comes, like otpctl, never reads this inbox).
    void setCapacity(int capacity);

    void add(const OtpMessage &message);
    // False when the token is not (or no longer) in the inbox.
    bool setState(const QString &token, OtpMessage::State state);

    // Every pending message whose token is not in `held` becomes Lost: the server no longer
    // holds its token. Returns how many changed.
    int markPendingLost(const QSet<QString> &held = {});

    QList<OtpMessage> messages() const; // oldest first
    std::optional<OtpMessage> latest() const;
    std::optional<OtpMessage> byToken(const QString &token) const;
    int size() const;
    void clear();

private:
    void trim(); // m_mutex held

    mutable QMutex m_mutex;
    int m_capacity;
    std::deque<OtpMessage> m_messages;
    quint64 m_firstSequence = 0; // sequence number of m_messages.front()
    QHash<QString, quint64> m_sequenceByToken;
};

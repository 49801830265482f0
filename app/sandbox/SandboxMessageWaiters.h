#pragma once

#include "SandboxHttpReply.h"
#include "SandboxMessageFilter.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

// The long-polls of GET /sandbox/v1/messages/latest?wait=S: each one is a filter, a timer and
// the way to answer it later, on the server thread. No thread is held while one waits; the
// connection stays open with its answer reserved (SandboxSocket::reserveReply()).
class SandboxMessageWaiters : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<void(SandboxHttpReply reply)>;

    explicit SandboxMessageWaiters(QObject *parent = nullptr);

    // Waits up to waitMs for a message matching filter, then answers with it, or with
    // timeoutReply. connection: when it is destroyed (the client went away) the wait ends
    // without an answer.
    void add(const SandboxMessageFilter &filter, int waitMs, QObject *connection,
             SandboxHttpReply timeoutReply, Answer answer);
    // Answers every waiter that message matches, with reply.
    void messageArrived(const OtpMessage &message, const SandboxHttpReply &reply);
    // Answers every waiter with reply (the sandbox is stopping).
    void answerAll(const SandboxHttpReply &reply);
    int size() const { return int(m_waiters.size()); }

private:
    struct Waiter {
        SandboxMessageFilter filter;
        SandboxHttpReply timeoutReply;
        Answer answer;
        QTimer *timer = nullptr;
        QPointer<QObject> connection;
        QMetaObject::Connection connectionGone;
    };

    void finish(quint64 id, const SandboxHttpReply *reply); // null: no answer

    quint64 m_nextId = 1;
    QHash<quint64, Waiter> m_waiters;
};

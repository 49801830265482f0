#include "SandboxMessageWaiters.h"

#include <QTimer>

SandboxMessageWaiters::SandboxMessageWaiters(QObject *parent) : QObject(parent) { }

void SandboxMessageWaiters::add(const SandboxMessageFilter &filter, int waitMs, QObject *connection,
                                SandboxHttpReply timeoutReply, Answer answer)
{
    const quint64 id = m_nextId++;
    Waiter waiter;
    waiter.filter = filter;
    waiter.timeoutReply = std::move(timeoutReply);
    waiter.answer = std::move(answer);
    waiter.connection = connection;
    waiter.timer = new QTimer(this);
    waiter.timer->setSingleShot(true);
    waiter.timer->setTimerType(Qt::PreciseTimer); // a coarse one may end a wait early
    connect(waiter.timer, &QTimer::timeout, this, [this, id] {
        const auto it = m_waiters.constFind(id);
        if (it != m_waiters.cend()) {
            const SandboxHttpReply reply = it->timeoutReply;
            finish(id, &reply);
        }
    });
    // The client went away: nobody to answer.
    waiter.connectionGone
        = connect(connection, &QObject::destroyed, this, [this, id] { finish(id, nullptr); });
    waiter.timer->start(waitMs);
    m_waiters.insert(id, std::move(waiter));
}

void SandboxMessageWaiters::messageArrived(const OtpMessage &message, const SandboxHttpReply &reply)
{
    QList<quint64> matched;
    for (auto it = m_waiters.cbegin(); it != m_waiters.cend(); ++it) {
        if (it->filter.matches(message))
            matched.append(it.key());
    }
    for (const quint64 id : matched)
        finish(id, &reply);
}

void SandboxMessageWaiters::answerAll(const SandboxHttpReply &reply)
{
    const QList<quint64> ids = m_waiters.keys();
    for (const quint64 id : ids)
        finish(id, &reply);
}

void SandboxMessageWaiters::finish(quint64 id, const SandboxHttpReply *reply)
{
    const auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    Waiter waiter = std::move(*it);
    m_waiters.erase(it);
    waiter.timer->stop();
    waiter.timer->deleteLater(); // this may run inside its timeout()
    disconnect(waiter.connectionGone);
    if (reply && waiter.connection)
        waiter.answer(*reply);
}

#include "SandboxMessageLog.h"

#include <QMutexLocker>

#include <algorithm>

SandboxMessageLog::SandboxMessageLog(int capacity) : m_capacity(qMax(0, capacity)) { }

int SandboxMessageLog::capacity() const
{
    QMutexLocker locker(&m_mutex);
    return m_capacity;
}

void SandboxMessageLog::setCapacity(int capacity)
{
    QMutexLocker locker(&m_mutex);
    m_capacity = qMax(0, capacity);
    trim();
}

void SandboxMessageLog::raiseNextId(qint64 id)
{
    QMutexLocker locker(&m_mutex);
    m_nextId = qMax(m_nextId, id);
}

qint64 SandboxMessageLog::add(OtpMessage &message)
{
    QMutexLocker locker(&m_mutex);
    message.id = m_nextId++;
    if (m_capacity == 0)
        return message.id;
    m_messages.push_back(message);
    m_idByToken.insert(message.token, message.id);
    m_idsByMsisdn[message.msisdn].append(message.id);
    trim();
    return message.id;
}

bool SandboxMessageLog::setState(const QString &token, OtpMessage::State state)
{
    QMutexLocker locker(&m_mutex);
    OtpMessage *message = findByToken(token);
    if (message)
        message->state = state;
    return message != nullptr;
}

bool SandboxMessageLog::setAttempts(const QString &token, int attempts)
{
    QMutexLocker locker(&m_mutex);
    OtpMessage *message = findByToken(token);
    if (message)
        message->attempts = attempts;
    return message != nullptr;
}

int SandboxMessageLog::markPendingLost(const QSet<QString> &held)
{
    QMutexLocker locker(&m_mutex);
    int changed = 0;
    for (OtpMessage &message : m_messages) {
        if (message.state == OtpMessage::State::Pending && !held.contains(message.token)) {
            message.state = OtpMessage::State::Lost;
            ++changed;
        }
    }
    return changed;
}

QList<OtpMessage> SandboxMessageLog::messages() const
{
    QMutexLocker locker(&m_mutex);
    return QList<OtpMessage>(m_messages.cbegin(), m_messages.cend());
}

SandboxMessageLog::Page SandboxMessageLog::query(const SandboxMessageFilter &filter, int start,
                                                 int limit) const
{
    QMutexLocker locker(&m_mutex);
    Page page;
    visitNewestFirst(filter, [&](const OtpMessage &message) {
        if (page.total >= start && page.messages.size() < limit)
            page.messages.append(message);
        ++page.total;
        return true;
    });
    return page;
}

std::optional<OtpMessage> SandboxMessageLog::latest(const SandboxMessageFilter &filter) const
{
    QMutexLocker locker(&m_mutex);
    std::optional<OtpMessage> found;
    visitNewestFirst(filter, [&found](const OtpMessage &message) {
        found = message;
        return false;
    });
    return found;
}

std::optional<OtpMessage> SandboxMessageLog::byId(qint64 id) const
{
    QMutexLocker locker(&m_mutex);
    const OtpMessage *message = find(id);
    return message ? std::optional(*message) : std::nullopt;
}

std::optional<OtpMessage> SandboxMessageLog::byToken(const QString &token) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_idByToken.constFind(token);
    const OtpMessage *message = it == m_idByToken.cend() ? nullptr : find(*it);
    return message ? std::optional(*message) : std::nullopt;
}

QList<qint64> SandboxMessageLog::remove(const SandboxMessageFilter &filter)
{
    QMutexLocker locker(&m_mutex);
    QList<qint64> removed;
    const auto end
        = std::remove_if(m_messages.begin(), m_messages.end(), [&](const OtpMessage &message) {
              if (!filter.matches(message))
                  return false;
              removed.append(message.id);
              unindex(message);
              return true;
          });
    m_messages.erase(end, m_messages.end());
    return removed;
}

int SandboxMessageLog::size() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_messages.size());
}

const OtpMessage *SandboxMessageLog::find(qint64 id) const
{
    const auto it = std::lower_bound(
        m_messages.cbegin(), m_messages.cend(), id,
        [](const OtpMessage &message, qint64 wanted) { return message.id < wanted; });
    return it != m_messages.cend() && it->id == id ? &*it : nullptr;
}

OtpMessage *SandboxMessageLog::findByToken(const QString &token)
{
    const auto it = m_idByToken.constFind(token);
    return it == m_idByToken.cend() ? nullptr : const_cast<OtpMessage *>(find(*it));
}

void SandboxMessageLog::trim()
{
    while (int(m_messages.size()) > m_capacity) {
        unindex(m_messages.front());
        m_messages.pop_front();
    }
}

void SandboxMessageLog::unindex(const OtpMessage &message)
{
    m_idByToken.remove(message.token);
    const auto ids = m_idsByMsisdn.find(message.msisdn);
    if (ids == m_idsByMsisdn.end())
        return;
    ids->removeOne(message.id); // the oldest of the number when trimming: the first entry
    if (ids->isEmpty())
        m_idsByMsisdn.erase(ids);
}

template<typename Visit>
void SandboxMessageLog::visitNewestFirst(const SandboxMessageFilter &filter, Visit visit) const
{
    if (!filter.msisdn.isEmpty()) {
        // A number's own ids: a test waiting for its number's code looks at a handful of
        // messages, however many others there are.
        const QList<qint64> ids = m_idsByMsisdn.value(filter.msisdn);
        for (auto it = ids.crbegin(); it != ids.crend() && *it > filter.afterId; ++it) {
            const OtpMessage *message = find(*it);
            if (message && filter.matches(*message) && !visit(*message))
                return;
        }
        return;
    }
    for (auto it = m_messages.crbegin(); it != m_messages.crend() && it->id > filter.afterId;
         ++it) {
        if (filter.matches(*it) && !visit(*it))
            return;
    }
}

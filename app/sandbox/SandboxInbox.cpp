#include "SandboxInbox.h"

#include <QMutexLocker>

SandboxInbox::SandboxInbox(int capacity) : m_capacity(qMax(0, capacity)) { }

int SandboxInbox::capacity() const
{
    QMutexLocker locker(&m_mutex);
    return m_capacity;
}

void SandboxInbox::setCapacity(int capacity)
{
    QMutexLocker locker(&m_mutex);
    m_capacity = qMax(0, capacity);
    trim();
}

void SandboxInbox::add(const OtpMessage &message)
{
    QMutexLocker locker(&m_mutex);
    if (m_capacity == 0)
        return;
    m_sequenceByToken.insert(message.token, m_firstSequence + m_messages.size());
    m_messages.push_back(message);
    trim();
}

bool SandboxInbox::setState(const QString &token, OtpMessage::State state)
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_sequenceByToken.constFind(token);
    if (it == m_sequenceByToken.cend())
        return false;
    m_messages[size_t(*it - m_firstSequence)].state = state;
    return true;
}

int SandboxInbox::markPendingLost(const QSet<QString> &held)
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

QList<OtpMessage> SandboxInbox::messages() const
{
    QMutexLocker locker(&m_mutex);
    return QList<OtpMessage>(m_messages.cbegin(), m_messages.cend());
}

std::optional<OtpMessage> SandboxInbox::latest() const
{
    QMutexLocker locker(&m_mutex);
    if (m_messages.empty())
        return std::nullopt;
    return m_messages.back();
}

std::optional<OtpMessage> SandboxInbox::byToken(const QString &token) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_sequenceByToken.constFind(token);
    if (it == m_sequenceByToken.cend())
        return std::nullopt;
    return m_messages[size_t(*it - m_firstSequence)];
}

int SandboxInbox::size() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_messages.size());
}

void SandboxInbox::clear()
{
    QMutexLocker locker(&m_mutex);
    m_firstSequence += m_messages.size();
    m_messages.clear();
    m_sequenceByToken.clear();
}

void SandboxInbox::trim()
{
    while (int(m_messages.size()) > m_capacity) {
        m_sequenceByToken.remove(m_messages.front().token);
        m_messages.pop_front();
        ++m_firstSequence;
    }
}

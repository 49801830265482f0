#include "RestoredTokens.h"

#include <QMutexLocker>

#include <utility>

int RestoredTokens::set(const QList<SandboxToken> &tokens)
{
    const QMutexLocker locker(&m_mutex);
    m_tokens = tokens;
    int pending = 0;
    for (const SandboxToken &token : tokens)
        pending += token.state == OtpMessage::State::Pending ? 1 : 0;
    return pending;
}

QList<SandboxToken> RestoredTokens::take()
{
    const QMutexLocker locker(&m_mutex);
    return std::exchange(m_tokens, {});
}

QSet<QString> RestoredTokens::pending() const
{
    const QMutexLocker locker(&m_mutex);
    QSet<QString> tokens;
    for (const SandboxToken &token : m_tokens) {
        if (token.state == OtpMessage::State::Pending)
            tokens.insert(token.token);
    }
    return tokens;
}

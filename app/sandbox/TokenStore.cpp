#include "TokenStore.h"

#include "OtpGenerator.h"

#include <limits>

namespace {

constexpr qint64 Never = std::numeric_limits<qint64>::max();

// Compares every character whatever the first difference, so the time taken does not tell how
// much of a guessed PIN was right.
bool constantTimeEquals(QStringView pin, const char *code, int codeLength)
{
    if (pin.size() != codeLength)
        return false;
    char16_t difference = 0;
    for (int i = 0; i < codeLength; ++i)
        difference |= char16_t(pin[i].unicode() ^ char16_t(quint8(code[i])));
    return difference == 0;
}

} // namespace

TokenStore::TokenStore(int capacity) : m_capacity(qMax(1, capacity)), m_nextExpiryMs(Never) { }

void TokenStore::setCapacity(int capacity, Changes *changes)
{
    m_capacity = qMax(1, capacity);
    while (int(m_order.size()) > m_capacity)
        dropOldest(std::numeric_limits<qint64>::min(), changes);
}

bool TokenStore::toKey(QStringView token, Key *key)
{
    if (!OtpGenerator::isTokenShaped(token))
        return false;
    for (int i = 0; i < OtpGenerator::TokenLength; ++i)
        key->chars[size_t(i)] = char(token[i].unicode()); // ASCII, checked above
    return true;
}

QString TokenStore::toString(const Key &key)
{
    return QString::fromLatin1(key.chars.data(), qsizetype(key.chars.size()));
}

bool TokenStore::contains(QStringView token) const
{
    Key key;
    return toKey(token, &key) && m_records.contains(key);
}

bool TokenStore::insert(QStringView token, const QUuid &appId, QStringView code, qint64 createdAtMs,
                        qint64 expiresAtMs, Changes *changes)
{
    Key key;
    if (!toKey(token, &key) || code.isEmpty() || code.size() > MaxCodeLength
        || m_records.contains(key))
        return false;

    purgeStale(createdAtMs, changes);
    while (int(m_order.size()) >= m_capacity)
        dropOldest(createdAtMs, changes);

    Record record;
    record.expiresAtMs = expiresAtMs;
    record.appId = appId;
    record.codeLength = quint8(code.size());
    for (qsizetype i = 0; i < code.size(); ++i)
        record.code[size_t(i)] = char(code[i].toLatin1());
    m_records.insert(key, record);
    m_order.push_back(key);
    ++m_pendingCount;
    m_nextExpiryMs = qMin(m_nextExpiryMs, expiresAtMs);
    return true;
}

TokenStore::VerifyResult TokenStore::verify(QStringView token, const QUuid &appId, QStringView pin,
                                            qint64 nowMs, Changes *changes, int *attempts)
{
    Key key;
    if (!toKey(token, &key))
        return VerifyResult::WrongCode;
    const auto it = m_records.find(key);
    // Another app's token is as unknown to this app as a token never issued: no attempt is
    // counted against it, and nothing tells the caller it exists.
    if (it == m_records.end() || it->appId != appId)
        return VerifyResult::WrongCode;

    Record &record = *it;
    if (record.state != OtpMessage::State::Pending)
        return VerifyResult::Expired;
    if (nowMs >= record.expiresAtMs) {
        finish(key, record, OtpMessage::State::Expired, changes);
        return VerifyResult::Expired;
    }
    if (constantTimeEquals(pin, record.code.data(), record.codeLength)) {
        if (attempts)
            *attempts = record.wrongAttempts + 1;
        finish(key, record, OtpMessage::State::Verified, changes);
        return VerifyResult::Correct;
    }
    if (attempts)
        *attempts = record.wrongAttempts + 1;
    if (++record.wrongAttempts >= MaxWrongAttempts)
        finish(key, record, OtpMessage::State::Burned, changes);
    return VerifyResult::WrongCode;
}

TokenStore::ExpireResult TokenStore::expire(QStringView token, Changes *changes)
{
    Key key;
    if (!toKey(token, &key))
        return ExpireResult::Unknown;
    const auto it = m_records.find(key);
    if (it == m_records.end())
        return ExpireResult::Unknown;
    if (it->state != OtpMessage::State::Pending)
        return ExpireResult::NotPending;
    finish(key, *it, OtpMessage::State::Expired, changes);
    return ExpireResult::Expired;
}

SandboxToken TokenStore::toToken(const Key &key, const Record &record)
{
    SandboxToken token;
    token.token = toString(key);
    token.appId = record.appId;
    token.code = QString::fromLatin1(record.code.data(), record.codeLength);
    token.attempts = record.wrongAttempts;
    token.expiresAtMs = record.expiresAtMs;
    token.state = record.state;
    return token;
}

std::optional<SandboxToken> TokenStore::find(QStringView token) const
{
    Key key;
    if (!toKey(token, &key))
        return std::nullopt;
    const auto it = m_records.constFind(key);
    if (it == m_records.cend())
        return std::nullopt;
    return toToken(key, *it);
}

QList<SandboxToken> TokenStore::records() const
{
    QList<SandboxToken> tokens;
    tokens.reserve(qsizetype(m_order.size()));
    for (const Key &key : m_order) {
        const auto it = m_records.constFind(key);
        if (it != m_records.cend())
            tokens << toToken(key, *it);
    }
    return tokens;
}

int TokenStore::restore(const QList<SandboxToken> &tokens, qint64 nowMs, Changes *changes)
{
    int restored = 0;
    for (const SandboxToken &token : tokens) {
        if (restoreOne(token, nowMs, changes))
            ++restored;
    }
    return restored;
}

bool TokenStore::restoreOne(const SandboxToken &token, qint64 nowMs, Changes *changes)
{
    using State = OtpMessage::State;
    const bool held = token.state == State::Pending || token.state == State::Verified
        || token.state == State::Expired || token.state == State::Burned;
    Key key;
    if (!held || !toKey(token.token, &key) || token.code.isEmpty()
        || token.code.size() > MaxCodeLength || m_records.contains(key)
        || nowMs - RetentionMs >= token.expiresAtMs)
        return false;
    while (int(m_order.size()) >= m_capacity)
        dropOldest(nowMs, changes);

    Record record;
    record.expiresAtMs = token.expiresAtMs;
    record.appId = token.appId;
    record.codeLength = quint8(token.code.size());
    for (qsizetype i = 0; i < token.code.size(); ++i)
        record.code[size_t(i)] = char(token.code[i].toLatin1());
    record.wrongAttempts = quint8(qBound(0, token.attempts, MaxWrongAttempts));
    record.state = token.state;
    m_records.insert(key, record);
    m_order.push_back(key);
    if (record.state == State::Pending) {
        ++m_pendingCount;
        m_nextExpiryMs = qMin(m_nextExpiryMs, record.expiresAtMs);
    }
    return true;
}

void TokenStore::expireDue(qint64 nowMs, Changes *changes)
{
    purgeStale(nowMs, changes);
    if (nowMs < m_nextExpiryMs)
        return;
    // A full pass, but only when some token is due; it also finds the next due time.
    qint64 next = Never;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (it->state != OtpMessage::State::Pending)
            continue;
        if (nowMs >= it->expiresAtMs)
            finish(it.key(), *it, OtpMessage::State::Expired, changes);
        else
            next = qMin(next, it->expiresAtMs);
    }
    m_nextExpiryMs = next;
}

void TokenStore::finish(const Key &key, Record &record, OtpMessage::State state, Changes *changes)
{
    if (record.state == OtpMessage::State::Pending)
        --m_pendingCount;
    record.state = state;
    if (changes)
        changes->append({toString(key), state});
}

void TokenStore::dropOldest(qint64 nowMs, Changes *changes)
{
    const Key key = m_order.front();
    m_order.pop_front();
    const auto it = m_records.find(key);
    if (it == m_records.end())
        return;
    if (it->state == OtpMessage::State::Pending) {
        finish(key, *it,
               nowMs >= it->expiresAtMs ? OtpMessage::State::Expired : OtpMessage::State::Evicted,
               changes);
    }
    m_records.erase(it);
}

void TokenStore::purgeStale(qint64 nowMs, Changes *changes)
{
    // Only the old end: lazy and O(1) amortised. A stale record behind a younger one waits for
    // its turn or for the cap; either way memory stays bounded.
    while (!m_order.empty()) {
        const auto it = m_records.constFind(m_order.front());
        if (it != m_records.cend() && nowMs - RetentionMs < it->expiresAtMs)
            return;
        dropOldest(nowMs, changes);
    }
}

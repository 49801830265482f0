#pragma once

#include "domain/OtpMessage.h"
#include "domain/SandboxToken.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <array>
#include <deque>
#include <optional>

// The sandbox's OTP tokens: which code each one expects, for which app, until when, and how
// many wrong PINs it has seen. Not thread-safe: the server thread owns it.
//
// Memory is bounded by a cap on stored tokens (oldest dropped first) and a token costs about
// 130 bytes: a fixed-size key and record, no per-token heap string. Finished tokens (verified,
// burned, expired) are kept as small tombstones, so verify can still answer "Token is
// expire." for them, until RetentionMs after their expiry or until the cap pushes them out.
class TokenStore
{
public:
    static constexpr int MaxWrongAttempts = 5;
    static constexpr int MaxCodeLength = 8;
    static constexpr int DefaultCapacity = 100000;
    static constexpr qint64 RetentionMs = 60 * 60 * 1000;

    struct Change {
        QString token;
        OtpMessage::State state;
    };
    using Changes = QList<Change>;

    enum class VerifyResult {
        Correct, // the token is now used up
        WrongCode, // also an unknown token, one of another app, or a PIN of the wrong shape
        Expired, // expired, already verified, or burned
    };

    explicit TokenStore(int capacity = DefaultCapacity);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity, Changes *changes = nullptr); // >= 1; drops the oldest if over

    bool contains(QStringView token) const;
    // Stores a new pending token (token must be OtpGenerator-shaped and new, code <= 8 digits).
    // Returns false and stores nothing otherwise. Makes room first: stale tombstones at the
    // old end go, then the oldest tokens while the store is full.
    bool insert(QStringView token, const QUuid &appId, QStringView code, qint64 createdAtMs,
                qint64 expiresAtMs, Changes *changes);
    enum class ExpireResult {
        Expired, // it was pending and is now expired
        NotPending, // already verified, burned or expired: unchanged
        Unknown, // never issued, or no longer stored
    };

    // The verify rules; wrong PINs count only against the token's own app. attempts, when
    // given, is set to the PINs checked against the token so far when this call checked one.
    VerifyResult verify(QStringView token, const QUuid &appId, QStringView pin, qint64 nowMs,
                        Changes *changes, int *attempts = nullptr);
    // Ends a pending token now, whatever its expiry time (the control API's "expire").
    ExpireResult expire(QStringView token, Changes *changes);
    // Marks every pending token whose time is up as Expired (cheap when none is due), and
    // purges stale tombstones at the old end.
    void expireDue(qint64 nowMs, Changes *changes);

    // One token as it stands (code, attempts, state); nullopt when not stored.
    std::optional<SandboxToken> find(QStringView token) const;
    // Every stored token, pending or tombstone, oldest first: what an owner keeps so a restarted
    // store answers as this one would.
    QList<SandboxToken> records() const;
    // Takes tokens back, oldest first, as records() gave them: each keeps its code, attempts,
    // expiry and state (a pending one whose time has come expires on the next expireDue() or
    // verify). Skipped: a malformed or already stored token, an Evicted or Lost one (not held),
    // and one whose retention ended. Over the capacity, the oldest go as insert() drops them.
    // Returns how many were stored.
    int restore(const QList<SandboxToken> &tokens, qint64 nowMs, Changes *changes);

    int size() const { return int(m_records.size()); }
    int pendingCount() const { return m_pendingCount; }

private:
    // The 32 token characters themselves: fixed size, so a stored token costs no allocation.
    struct Key {
        std::array<char, 32> chars{};
        friend bool operator==(const Key &a, const Key &b) { return a.chars == b.chars; }
        friend size_t qHash(const Key &key, size_t seed) noexcept
        {
            return qHashBits(key.chars.data(), key.chars.size(), seed);
        }
    };

    struct Record {
        qint64 expiresAtMs = 0;
        QUuid appId;
        std::array<char, MaxCodeLength> code{};
        quint8 codeLength = 0;
        quint8 wrongAttempts = 0;
        OtpMessage::State state = OtpMessage::State::Pending;
    };

    static bool toKey(QStringView token, Key *key);
    static SandboxToken toToken(const Key &key, const Record &record);
    bool restoreOne(const SandboxToken &token, qint64 nowMs, Changes *changes);
    static QString toString(const Key &key);
    void finish(const Key &key, Record &record, OtpMessage::State state, Changes *changes);
    void dropOldest(qint64 nowMs, Changes *changes);
    void purgeStale(qint64 nowMs, Changes *changes);

    int m_capacity;
    int m_pendingCount = 0;
    qint64 m_nextExpiryMs; // no pending token expires before this: expireDue() skips until then
    QHash<Key, Record> m_records;
    std::deque<Key> m_order; // insertion order, oldest first; same keys as m_records
};

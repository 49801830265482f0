#pragma once

#include "util/EnumIds.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

// One OTP "SMS" the sandbox delivered instead of sending it, with the code it carries so the
// user can copy it into the verify call: what the sandbox server emits and keeps in its inbox,
// what the inbox table stores and the GUI's inbox lists.
struct OtpMessage {
    Q_GADGET

public:
    // Where the code stands. A message leaves Pending once and for all. quint8: the sandbox's
    // token store keeps one per token, up to 100 000 of them.
    enum class State : quint8 {
        Pending, // waiting for verify
        Verified, // the right PIN was given; the token is used up
        Expired, // its expiry period passed before it was verified
        Burned, // too many wrong PINs
        Evicted, // dropped unverified to keep the number of stored tokens under the cap
        // No sandbox holds the token any more (restarted or stopped without keeping it): its
        // code can no longer be verified, whatever its expiry says.
        Lost,
    };
    Q_ENUM(State)

    // Stable, untranslated identifiers: the inbox table's `state` column, files, JSON lines.
    friend constexpr EnumIdTable<State, 6> enumIds(State)
    {
        return {{{State::Pending, "pending"},
                 {State::Verified, "verified"},
                 {State::Expired, "expired"},
                 {State::Burned, "burned"},
                 {State::Evicted, "evicted"},
                 {State::Lost, "lost"}}};
    }

    // The sandbox's message id (SandboxServerOptions::firstMessageId on), or the inbox table's
    // row id once read from there; 0 for neither.
    qint64 id = 0;
    QUuid appId;
    QString appName;
    QString appKey; // what callers send as `key`; not stored in the inbox table
    QString msisdn; // normalised, +66XXXXXXXXX
    QString text; // the app's template rendered with code and refno
    QString code;
    QString refno;
    QString token;
    QDateTime createdAt; // UTC
    QDateTime expiresAt; // UTC; the token is valid while now < expiresAt
    State state = State::Pending;
    // PINs checked against the token so far (wrong ones and the right one); not stored in the
    // inbox table.
    int attempts = 0;

    friend bool operator==(const OtpMessage &a, const OtpMessage &b)
    {
        return a.id == b.id && a.appId == b.appId && a.appName == b.appName && a.appKey == b.appKey
            && a.msisdn == b.msisdn && a.text == b.text && a.code == b.code && a.refno == b.refno
            && a.token == b.token && a.createdAt == b.createdAt && a.expiresAt == b.expiresAt
            && a.state == b.state && a.attempts == b.attempts;
    }
    friend bool operator!=(const OtpMessage &a, const OtpMessage &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(OtpMessage)

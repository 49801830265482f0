#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

// One "SMS" the sandbox delivered instead of sending it: what a GUI inbox lists and persists.
struct SandboxMessage {
    Q_GADGET

public:
    // Where the code stands. A token leaves Pending once and for all.
    enum class State : quint8 {
        Pending, // waiting for verify
        Verified, // the right PIN was given; the token is used up
        Expired, // its expiry period passed before it was verified
        Burned, // too many wrong PINs
        Evicted, // dropped unverified to keep the number of stored tokens under the cap
    };
    Q_ENUM(State)

    QUuid appId;
    QString appName;
    QString msisdn; // normalised, +66XXXXXXXXX
    QString text; // the app's template rendered with code and refno
    QString code;
    QString refno;
    QString token;
    QDateTime createdAt; // UTC
    QDateTime expiresAt; // UTC; the token is valid while now < expiresAt
    State state = State::Pending;

    // Stable, untranslated names for files and JSON lines: "pending", "verified", "expired",
    // "burned", "evicted".
    static QString stateId(State state);
    static std::optional<State> stateFromId(QStringView id);

    friend bool operator==(const SandboxMessage &a, const SandboxMessage &b)
    {
        return a.appId == b.appId && a.appName == b.appName && a.msisdn == b.msisdn
            && a.text == b.text && a.code == b.code && a.refno == b.refno && a.token == b.token
            && a.createdAt == b.createdAt && a.expiresAt == b.expiresAt && a.state == b.state;
    }
};

Q_DECLARE_METATYPE(SandboxMessage)

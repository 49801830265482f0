#pragma once

#include "domain/OtpMessage.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

// One token of the sandbox's token store as it stands: what the store exports and is given
// back after a restart, what the server reports when a token changes, and a row of the table
// that keeps them (the code is a fake OTP, like the inbox's; never an App Secret).
struct SandboxToken {
    QString token; // 32 URL-safe characters
    QUuid appId;
    QString code;
    int attempts = 0; // wrong PINs counted so far
    qint64 expiresAtMs = 0; // UTC milliseconds; valid while now < expiresAtMs
    // Pending, or a tombstone (Verified, Expired, Burned) kept so verify answers "Token is
    // expire." for it.
    OtpMessage::State state = OtpMessage::State::Pending;

    friend bool operator==(const SandboxToken &a, const SandboxToken &b)
    {
        return a.token == b.token && a.appId == b.appId && a.code == b.code
            && a.attempts == b.attempts && a.expiresAtMs == b.expiresAtMs && a.state == b.state;
    }
    friend bool operator!=(const SandboxToken &a, const SandboxToken &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(SandboxToken)

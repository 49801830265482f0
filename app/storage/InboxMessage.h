#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>

// One "SMS" the offline sandbox pretends to have sent: what the phone would show, and the
// OTP it carries so the user can copy it into the verify call.
struct InboxMessage {
    enum class State {
        Pending, // waiting to be verified
        Verified, // verified with the right code
        Expired, // its expiry passed before a successful verify
        Burned, // invalidated (too many wrong codes, or a newer request replaced it)
    };

    qint64 id = 0; // assigned by the database
    QUuid appId;
    QString appName;
    QString msisdn;
    QString text; // the rendered SMS
    QString code; // the OTP
    QString refno;
    QString token;
    QDateTime createdAt;
    QDateTime expiresAt;
    State state = State::Pending;

    friend bool operator==(const InboxMessage &a, const InboxMessage &b)
    {
        return a.id == b.id && a.appId == b.appId && a.appName == b.appName && a.msisdn == b.msisdn
            && a.text == b.text && a.code == b.code && a.refno == b.refno && a.token == b.token
            && a.createdAt == b.createdAt && a.expiresAt == b.expiresAt && a.state == b.state;
    }
    friend bool operator!=(const InboxMessage &a, const InboxMessage &b) { return !(a == b); }

    // "pending", "verified", "expired", "burned": stable identifiers, never translated.
    static QString stateId(State state);
    static std::optional<State> stateFromId(QStringView id);
};

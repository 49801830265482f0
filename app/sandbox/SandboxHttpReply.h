#pragma once

#include "SandboxApiError.h"

#include <QByteArray>
#include <QString>

// One answer on the wire. Every answer is JSON with an explicit length, written in a single
// socket write.
struct SandboxHttpReply {
    enum class Kind {
        Respond,
        Drop, // close the connection without answering (fault injection)
    };

    Kind kind = Kind::Respond;
    int status = 200;
    QByteArray body;
    QByteArray allow; // the Allow header of a 405
    QByteArray authenticate; // the WWW-Authenticate header of a 401
    bool close = false; // Connection: close, then close the connection
    // An error made by fault injection: "X-Otp-Sandbox-Fault: injected", so a client (the test
    // console) tells it from a real one exactly.
    bool injected = false;
    // The sandbox's clock offset (control API, Inbox page) when it is not 0, on OTP answers:
    // "X-Otp-Sandbox-Clock-Offset: <seconds>", so a client can tell why a token expired early.
    qint64 clockOffsetSeconds = 0;

    static SandboxHttpReply json(int status, QByteArray body);
    static SandboxHttpReply dropConnection();
    // The control API's error: {"error":"<id>","message":"<text>"} with the error's status.
    static SandboxHttpReply apiError(SandboxApiError error, const QString &message);

    QByteArray serialize() const; // status line, headers and body
    static QByteArray reasonPhrase(int status);
};

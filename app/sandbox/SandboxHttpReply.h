#pragma once

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
    bool close = false; // Connection: close, then close the connection

    static SandboxHttpReply json(int status, QByteArray body);
    static SandboxHttpReply dropConnection();

    QByteArray serialize() const; // status line, headers and body
    static QByteArray reasonPhrase(int status);
};

#pragma once

#include "SandboxHttpReply.h"
#include "SandboxRequestFraming.h"
#include "domain/ApiVersion.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>

#include <map>

class QSocketNotifier;

// One client connection, as SandboxTcpServer creates it, with what Qt HttpServer 6.4 does not
// do on its own:
// - answers leave in request order even when some are delayed (pipelined requests);
// - every byte is framed (SandboxRequestFraming) before Qt's parser reads it: a request line,
//   header section or body past its limit, or a broken Content-Length, is answered at once
//   (414, 431, 413, 400), the parser stopped, what still arrives discarded for a moment, and
//   the connection closed;
// - it knows how long it has been idle and since when the request in progress has been
//   arriving, so the server can close abandoned or too slow connections;
// - a client that half-closes (sends its request, then shuts down its sending side) still gets
//   its answers: Qt takes the end of the stream as the end of the connection and closes it at
//   once, so the socket does not let Qt read further while answers are owed.
class SandboxSocket final : public QTcpSocket
{
    Q_OBJECT

public:
    using Problem = SandboxRequestFraming::Problem;
    static constexpr qint64 MaxBodyBytes = SandboxRequestFraming::MaxBodyBytes;
    static constexpr int LingerMs = 1000; // after a refusal, time for the client to read it

    // The answer to a request refused before it reaches a route, in the error shape of every
    // sandbox error ({"code":N,"errors":[{"message":"…","detail":{…}}]}, v1-wrapped on /v1):
    // the one place that builds these. contentLength: the value sent, for its 400; deadlineMs:
    // the deadline missed, for a 408.
    static SandboxHttpReply rejectionReply(Problem problem, ApiVersion version,
                                           const QByteArray &contentLength = {},
                                           int deadlineMs = 0);

    // httpServer: the object whose readyRead handling is cut off for a refused request.
    SandboxSocket(QObject *httpServer, QObject *parent);
    ~SandboxSocket() override;

    // Once connected: holds Qt's reading of the socket while answers are owed.
    void watchReading();
    // Called by the server for each complete request, before it reserves the answer.
    void requestReceived();
    // A place in the answer order; every reserved sequence must be completed.
    quint64 reserveReply() { return m_nextSequence++; }
    void completeReply(quint64 sequence, SandboxHttpReply reply);

    bool isClosing() const { return m_closing; }
    bool hasRepliesInFlight() const { return m_nextToWrite != m_nextSequence; }
    qint64 idleMs() const { return m_lastActivity.elapsed(); }
    // A request has been arriving for longer than deadlineMs (0: no deadline).
    bool requestOverdue(int deadlineMs) const;
    // 408 and close, or just close when nothing but line ends arrived.
    void requestTimedOut(int deadlineMs);

signals:
    // The socket answered on its own (status) and is closing.
    void requestRejected(int status);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onReadyRead();
    Problem frame(QByteArrayView fresh);
    void reject(Problem problem);
    void stopParser();
    void discardInput();
    void send(const SandboxHttpReply &reply);
    bool holdsInput() const;
    void resumeInput();

    QObject *m_httpServer;
    SandboxRequestFraming m_framing;
    qint64 m_framedUnread = 0; // framed bytes Qt's parser has not read yet
    quint64 m_requestsReceived = 0;
    Problem m_deferred = Problem::None; // found behind requests the parser has yet to read
    quint64 m_clockedRequest = 0;
    int m_deadlineMs = 0;
    QElapsedTimer m_requestClock;
    QPointer<QSocketNotifier> m_readNotifier;
    bool m_inputHeld = false;
    bool m_parserStopped = false;
    bool m_rejected = false;
    bool m_closing = false;
    quint64 m_nextSequence = 0;
    quint64 m_nextToWrite = 0;
    std::map<quint64, SandboxHttpReply> m_waiting; // completed out of order
    QElapsedTimer m_lastActivity;
    QMetaObject::Connection m_closingWatch; // stops the parser when the connection closes
};

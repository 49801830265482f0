#pragma once

#include "SandboxHttpReply.h"
#include "domain/ApiVersion.h"

#include <QElapsedTimer>
#include <QTcpSocket>

#include <map>

// One client connection, as SandboxTcpServer creates it, with what Qt HttpServer 6.4 does not
// do on its own:
// - answers leave in request order even when some are delayed (pipelined requests);
// - a request may not grow past MaxRequestBytes on the wire: Qt would buffer any size, so this
//   socket counts the bytes of the request in progress and, past the limit, answers 413, stops
//   the parser, discards what still arrives for a moment and closes;
// - it knows how long it has been idle, so the server can close abandoned connections.
class SandboxSocket final : public QTcpSocket
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBodyBytes = 64 * 1024;
    static constexpr qint64 MaxRequestBytes = MaxBodyBytes + 16 * 1024; // body + request head
    static constexpr int LingerMs = 1000; // after a 413, time for the client to read it

    // The 413 for a body over MaxBodyBytes, whether the socket cuts the request off or the
    // server finds it complete: {"code":413,"errors":[{"message":"Request body is too large.",
    // "detail":{"maxBytes":65536}}]}
    static SandboxHttpReply tooLargeReply(ApiVersion version);

    // httpServer: the object whose readyRead handling is cut off for an oversized request.
    SandboxSocket(QObject *httpServer, QObject *parent);

    // Called by the server for each complete request: a new request starts counting.
    void requestReceived() { m_requestBytes = 0; }
    // A place in the answer order; every reserved sequence must be completed.
    quint64 reserveReply() { return m_nextSequence++; }
    void completeReply(quint64 sequence, SandboxHttpReply reply);

    bool isClosing() const { return m_closing; }
    bool hasRepliesInFlight() const { return m_nextToWrite != m_nextSequence; }
    qint64 idleMs() const { return m_lastActivity.elapsed(); }

signals:
    void oversizedRequestRejected();

private:
    void onReadyRead();
    void reject();
    void discardInput();
    void send(const SandboxHttpReply &reply);

    QObject *m_httpServer;
    qint64 m_requestBytes = 0;
    bool m_rejected = false;
    bool m_closing = false;
    quint64 m_nextSequence = 0;
    quint64 m_nextToWrite = 0;
    std::map<quint64, SandboxHttpReply> m_waiting; // completed out of order
    QElapsedTimer m_lastActivity;
};

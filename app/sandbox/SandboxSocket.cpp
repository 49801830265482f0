#include "SandboxSocket.h"

#include "SandboxResponseBody.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

SandboxSocket::SandboxSocket(QObject *httpServer, QObject *parent)
    : QTcpSocket(parent), m_httpServer(httpServer)
{
    m_lastActivity.start();
    // Connected before QAbstractHttpServer connects its own handler, so this sees every chunk
    // first and can stop an oversized request before the parser buffers more of it.
    connect(this, &QIODevice::readyRead, this, &SandboxSocket::onReadyRead);
}

void SandboxSocket::completeReply(quint64 sequence, SandboxHttpReply reply)
{
    if (sequence == m_nextToWrite && m_waiting.empty()) { // the usual case: nothing to reorder
        ++m_nextToWrite;
        send(reply);
        return;
    }
    m_waiting.emplace(sequence, std::move(reply));
    for (auto it = m_waiting.find(m_nextToWrite); it != m_waiting.end();
         it = m_waiting.find(m_nextToWrite)) {
        const SandboxHttpReply next = std::move(it->second);
        m_waiting.erase(it);
        ++m_nextToWrite;
        send(next);
        if (m_closing)
            return;
    }
}

void SandboxSocket::send(const SandboxHttpReply &reply)
{
    if (m_closing || state() != ConnectedState)
        return;
    m_lastActivity.restart();
    if (reply.kind == SandboxHttpReply::Kind::Drop) {
        m_closing = true;
        abort(); // no answer at all: the client sees the connection reset
        return;
    }
    // Not flushed here: Qt sends it when the event loop next polls, together with the other
    // answers of that pass (flushing each one tripled the server thread's context switches).
    QTcpSocket::write(reply.serialize());
    if (!reply.close)
        return;
    m_closing = true;
    if (m_rejected) {
        // Closing at once, with the rest of a large body unread, would make the kernel reset
        // the connection and the client might never read the 413. Keep swallowing input for
        // a moment instead.
        QTimer::singleShot(LingerMs, this, [this] { abort(); });
    } else {
        disconnectFromHost(); // after the answer is flushed
    }
}

void SandboxSocket::onReadyRead()
{
    m_lastActivity.restart();
    if (m_rejected) {
        discardInput();
        return;
    }
    // What the parser has not consumed yet: new bytes, or after a completed request the start
    // of the next (requestReceived() reset the count).
    m_requestBytes += bytesAvailable();
    if (m_requestBytes > MaxRequestBytes)
        reject();
}

SandboxHttpReply SandboxSocket::tooLargeReply(ApiVersion version)
{
    return SandboxHttpReply::json(
        413,
        SandboxResponseBody::error(version, 413,
                                   QString::fromLatin1(SandboxResponseBody::BodyTooLarge),
                                   "{\"maxBytes\":"_ba + QByteArray::number(MaxBodyBytes) + '}'));
}

void SandboxSocket::reject()
{
    m_rejected = true;
    // The parser stops here: it would otherwise keep buffering the request.
    disconnect(this, &QIODevice::readyRead, m_httpServer, nullptr);
    discardInput();

    SandboxHttpReply reply = tooLargeReply(ApiVersion::V2); // the path is not known yet
    reply.close = true;
    completeReply(reserveReply(), std::move(reply));
    emit oversizedRequestRejected();
}

void SandboxSocket::discardInput()
{
    if (isTransactionStarted())
        commitTransaction(); // the parser's transaction: nothing will roll it back now
    skip(bytesAvailable());
}

#include "SandboxSocket.h"

#include "SandboxControlApi.h"
#include "SandboxHttpServer.h"
#include "SandboxResponseBody.h"
#include "util/JsonText.h"

#include <QEvent>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

using Problem = SandboxRequestFraming::Problem;

QByteArray maxBytes(qint64 bytes)
{
    return "{\"maxBytes\":"_ba + QByteArray::number(bytes) + '}';
}

// The value as sent, cut short: it is only there to show the client what was wrong.
QByteArray contentLengthDetail(const QByteArray &value)
{
    constexpr qsizetype Shown = 40;
    QString text = QString::fromLatin1(value.left(Shown));
    if (value.size() > Shown)
        text += u'…';
    return "{\"contentLength\":"_ba + JsonText::string(text) + '}';
}

ApiVersion versionOfTarget(const QByteArray &target)
{
    return SandboxHttpServer::apiVersionFor(QUrl::fromEncoded(target).path());
}

} // namespace

SandboxSocket::SandboxSocket(QObject *httpServer, QObject *parent)
    : QTcpSocket(parent), m_httpServer(httpServer)
{
    m_lastActivity.start();
    // Connected before QAbstractHttpServer connects its own handler, so this frames every
    // chunk first and can stop a refused request before the parser buffers more of it.
    connect(this, &QIODevice::readyRead, this, &SandboxSocket::onReadyRead);
    connect(this, &QIODevice::bytesWritten, this, &SandboxSocket::resumeInput);
    // A closing socket is read no more: QAbstractHttpServer re-emits readyRead (queued) for a
    // pipelined rest, which would otherwise reach its parser after the close and make it read
    // a closed device ("QIODevice::read: device not open").
    m_closingWatch = connect(this, &QAbstractSocket::stateChanged, this, [this](SocketState state) {
        if (state != ConnectedState)
            stopParser();
    });
}

// QAbstractSocket's destructor closes the connection and emits stateChanged, after this class's
// part of the object is gone: its handlers must not run then (UBSan saw stopParser() called on
// a destroyed SandboxSocket when a server thread deleted its open connections). Only this
// class's own: Qt HttpServer frees each request on the socket's destroyed() (LeakSanitizer).
SandboxSocket::~SandboxSocket()
{
    disconnect(m_closingWatch);
    disconnect(this, &QIODevice::readyRead, this, &SandboxSocket::onReadyRead);
    disconnect(this, &QIODevice::bytesWritten, this, &SandboxSocket::resumeInput);
}

SandboxHttpReply SandboxSocket::rejectionReply(Problem problem, ApiVersion version,
                                               const QByteArray &contentLength, int deadlineMs)
{
    using Body = SandboxResponseBody;
    const auto reply = [version](int status, const char *message, const QByteArray &detail) {
        return SandboxHttpReply::json(
            status, Body::error(version, status, QString::fromLatin1(message), detail));
    };
    switch (problem) {
    case Problem::MalformedHead:
        return reply(400, Body::MalformedHeaders, {});
    case Problem::BadContentLength:
        return reply(400, Body::BadContentLength, contentLengthDetail(contentLength));
    case Problem::TooSlow:
        return reply(408, Body::RequestTooSlow,
                     "{\"deadlineMs\":"_ba + QByteArray::number(deadlineMs) + '}');
    case Problem::UriTooLong:
        return reply(414, Body::UriTooLong, maxBytes(SandboxRequestFraming::MaxRequestLineBytes));
    case Problem::HeadersTooLarge:
        return reply(
            431, Body::HeadersTooLarge,
            "{\"maxBytes\":"_ba + QByteArray::number(SandboxRequestFraming::MaxHeaderBytes)
                + ",\"maxFieldBytes\":" + QByteArray::number(SandboxRequestFraming::MaxFieldBytes)
                + ",\"maxFields\":" + QByteArray::number(SandboxRequestFraming::MaxFields) + '}');
    case Problem::BodyTooLarge:
    case Problem::None: // not a refusal; the most harmless answer should a caller mix them up
        break;
    }
    return reply(413, Body::BodyTooLarge, maxBytes(MaxBodyBytes));
}

void SandboxSocket::watchReading()
{
    // Qt's socket engine reads through a QSocketNotifier of its own, a child of this socket.
    const auto notifiers = findChildren<QSocketNotifier *>();
    for (QSocketNotifier *notifier : notifiers) {
        if (notifier->type() == QSocketNotifier::Read) {
            m_readNotifier = notifier;
            notifier->installEventFilter(this);
            return;
        }
    }
}

bool SandboxSocket::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_readNotifier || event->type() != QEvent::SockAct)
        return QTcpSocket::eventFilter(watched, event);
    // Qt is about to read, perhaps the end of the stream, on which it closes the socket at once
    // and drops what it has not written: while answers are owed (written but not sent, delayed,
    // or pipelined requests not yet parsed) the reading waits. (Nothing here may write: a failed
    // write would delete the notifier while it delivers this event.)
    if (!holdsInput())
        return false;
    m_inputHeld = true;
    m_readNotifier->setEnabled(false);
    return true;
}

bool SandboxSocket::holdsInput() const
{
    return !m_rejected && !m_closing && state() == ConnectedState
        && (hasRepliesInFlight() || bytesToWrite() > 0 || bytesAvailable() > 0);
}

void SandboxSocket::resumeInput()
{
    if (!m_inputHeld || holdsInput())
        return;
    m_inputHeld = false;
    if (m_readNotifier && state() == ConnectedState)
        m_readNotifier->setEnabled(true);
}

void SandboxSocket::onReadyRead()
{
    m_lastActivity.restart();
    if (m_rejected) {
        discardInput();
        return;
    }
    if (m_inputHeld) // after the parser has read what it can, reading may go on
        QMetaObject::invokeMethod(this, &SandboxSocket::resumeInput, Qt::QueuedConnection);
    if (state() != ConnectedState)
        return;
    // The parser reads everything it can of a request; only after a complete one it leaves
    // the rest (requestReceived() counts it). Whatever else is available is new.
    const qint64 available = bytesAvailable();
    const qint64 fresh = available - m_framedUnread;
    m_framedUnread = 0;
    if (fresh <= 0 || m_framing.problem() != Problem::None)
        return;
    const Problem problem = frame(QByteArrayView(peek(available)).last(fresh));
    // Requests framed before the refused one are answered first, in order.
    if (problem != Problem::None && m_framing.completedRequests() == m_requestsReceived)
        reject(problem);
}

SandboxSocket::Problem SandboxSocket::frame(QByteArrayView fresh)
{
    const Problem problem = m_framing.feed(fresh);
    if (m_framing.begunRequests() != m_clockedRequest) {
        m_clockedRequest = m_framing.begunRequests();
        m_requestClock.start();
    }
    if (problem != Problem::None)
        m_deferred = problem;
    return problem;
}

void SandboxSocket::requestReceived()
{
    ++m_requestsReceived;
    m_framedUnread = bytesAvailable();
    if (m_framing.inChunkedBody() && m_framing.completedRequests() < m_requestsReceived) {
        // Where a chunked body ends only the parser knew: frame the rest afresh.
        m_framing.restart();
        if (m_framedUnread > 0)
            frame(peek(m_framedUnread));
    }
    if (m_deferred != Problem::None && m_framing.completedRequests() == m_requestsReceived) {
        // After this request's answer is reserved, and before the parser reads the next.
        QMetaObject::invokeMethod(
            this, [this] { reject(m_deferred); }, Qt::QueuedConnection);
    }
}

bool SandboxSocket::requestOverdue(int deadlineMs) const
{
    return deadlineMs > 0 && m_framing.inRequest() && !m_rejected && !m_closing
        && !hasRepliesInFlight() && m_requestClock.isValid()
        && m_requestClock.elapsed() > deadlineMs;
}

void SandboxSocket::requestTimedOut(int deadlineMs)
{
    if (m_framing.onlyBlankSoFar()) { // no request to answer: a quiet close
        m_closing = true;
        abort();
        return;
    }
    m_deadlineMs = deadlineMs;
    reject(Problem::TooSlow);
}

void SandboxSocket::reject(Problem problem)
{
    if (m_rejected || m_closing || state() != ConnectedState)
        return;
    m_rejected = true;
    stopParser();
    discardInput();

    const bool controlRoute = problem == Problem::BodyTooLarge
        && SandboxControlApi::handles(QUrl::fromEncoded(m_framing.target()).path());
    SandboxHttpReply reply = controlRoute
        ? SandboxControlApi::bodyTooLargeReply()
        : rejectionReply(problem, versionOfTarget(m_framing.target()), m_framing.contentLength(),
                         m_deadlineMs);
    reply.close = true;
    const int status = reply.status;
    completeReply(reserveReply(), std::move(reply));
    emit requestRejected(status);
}

void SandboxSocket::stopParser()
{
    if (m_parserStopped)
        return;
    m_parserStopped = true;
    disconnect(this, &QIODevice::readyRead, m_httpServer, nullptr);
}

void SandboxSocket::discardInput()
{
    if (!isOpen())
        return;
    if (isTransactionStarted())
        commitTransaction(); // the parser's transaction: nothing will roll it back now
    skip(bytesAvailable());
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
    // Without a read notifier to hold (not Qt 6.4 on Unix), flushing at once is the next best
    // protection against a half-close.
    QTcpSocket::write(reply.serialize());
    if (!m_readNotifier)
        flush();
    if (!reply.close)
        return;
    m_closing = true;
    stopParser();
    if (m_rejected) {
        // Closing at once, with the rest of a large body unread, would make the kernel reset
        // the connection and the client might never read the answer. Keep swallowing input
        // for a moment instead.
        QTimer::singleShot(LingerMs, this, [this] { abort(); });
    } else {
        disconnectFromHost(); // after the answer is flushed
    }
}

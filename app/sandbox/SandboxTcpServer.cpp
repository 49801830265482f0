#include "SandboxTcpServer.h"

#include "SandboxSocket.h"

#include <QAbstractSocket>
#include <QEvent>
#include <QSocketNotifier>

SandboxTcpServer::SandboxTcpServer(HttpServerFactory makeHttpServer, QObject *parent)
    : QTcpServer(parent), m_makeHttpServer(std::move(makeHttpServer)), m_retry(this)
{
    setListenBacklogSize(ListenBacklog);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SandboxTcpServer::retry);
    // Qt has paused accepting already when it reports an error.
    connect(this, &QTcpServer::acceptError, this, &SandboxTcpServer::backOff);
}

void SandboxTcpServer::watchAccepting()
{
    // Qt's socket engine (a child of this server, like the accepted sockets) reads through a
    // QSocketNotifier of its own.
    for (QObject *child : children()) {
        if (qobject_cast<QAbstractSocket *>(child))
            continue;
        const auto notifiers = child->findChildren<QSocketNotifier *>(Qt::FindDirectChildrenOnly);
        for (QSocketNotifier *notifier : notifiers) {
            if (notifier->type() == QSocketNotifier::Read) {
                m_acceptNotifier = notifier;
                notifier->installEventFilter(this);
                return;
            }
        }
    }
}

bool SandboxTcpServer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_acceptNotifier || event->type() != QEvent::SockAct)
        return QTcpServer::eventFilter(watched, event);
    // Readable, yet the last two times nothing was accepted: accept() fails (one such
    // notification may be a client that gave up before it was accepted).
    if (++m_fruitlessNotifications <= 2)
        return false;
    pauseAccepting();
    backOff();
    return true;
}

void SandboxTcpServer::backOff()
{
    if (m_retryMs == 0) {
        m_retryMs = FirstRetryMs;
        emit acceptPaused();
    } else {
        m_retryMs = qMin(m_retryMs * 2, LastRetryMs);
    }
    m_retry.start(m_retryMs);
}

void SandboxTcpServer::retry()
{
    m_fruitlessNotifications = 1; // one more try; nothing accepted then means still failing
    resumeAccepting();
}

void SandboxTcpServer::incomingConnection(qintptr handle)
{
    m_fruitlessNotifications = 0;
    if (m_retryMs > 0) {
        m_retryMs = 0;
        emit acceptResumed();
    }
    // Made before the socket is queued: binding connects newConnection, which QTcpServer
    // emits after this returns, so the first connection is served like every other.
    if (!m_httpServer)
        m_httpServer = m_makeHttpServer(this);
    auto *socket = new SandboxSocket(m_httpServer, this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    socket->watchReading();
    // Answers are single small writes; do not let Nagle's algorithm hold them back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    emit socketAccepted(socket);
    addPendingConnection(socket);
}

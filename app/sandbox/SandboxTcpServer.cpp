#include "SandboxTcpServer.h"

#include "SandboxSocket.h"

SandboxTcpServer::SandboxTcpServer(HttpServerFactory makeHttpServer, QObject *parent)
    : QTcpServer(parent), m_makeHttpServer(std::move(makeHttpServer))
{ }

void SandboxTcpServer::incomingConnection(qintptr handle)
{
    // Made before the socket is queued: binding connects newConnection, which QTcpServer
    // emits after this returns, so the first connection is served like every other.
    if (!m_httpServer)
        m_httpServer = m_makeHttpServer(this);
    auto *socket = new SandboxSocket(m_httpServer, this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Answers are single small writes; do not let Nagle's algorithm hold them back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    emit socketAccepted(socket);
    addPendingConnection(socket);
}

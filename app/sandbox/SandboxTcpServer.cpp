#include "SandboxTcpServer.h"

#include "SandboxSocket.h"

SandboxTcpServer::SandboxTcpServer(QObject *httpServer, QObject *parent)
    : QTcpServer(parent), m_httpServer(httpServer)
{ }

void SandboxTcpServer::incomingConnection(qintptr handle)
{
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

#pragma once

#include <QTcpServer>

#include <functional>

class SandboxSocket;

// The sandbox's listening socket. Makes every accepted connection a SandboxSocket (request
// size limit, ordered answers, idle tracking) before QAbstractHttpServer takes it over, and
// has that HTTP server made only when the first connection arrives: constructing a
// QAbstractHttpServer initialises the TLS backend and OpenSSL (some 5 MiB and tens of
// milliseconds), which an app that never calls its sandbox in a session should not pay at
// start-up for a server that speaks plain HTTP.
class SandboxTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    // Called on the first connection; returns the HTTP server, which has bound the listener.
    using HttpServerFactory = std::function<QObject *(SandboxTcpServer *listener)>;

    explicit SandboxTcpServer(HttpServerFactory makeHttpServer, QObject *parent = nullptr);

signals:
    void socketAccepted(SandboxSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    HttpServerFactory m_makeHttpServer;
    QObject *m_httpServer = nullptr;
};

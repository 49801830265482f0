#pragma once

#include <QTcpServer>

class SandboxSocket;

// Makes every accepted connection a SandboxSocket (request size limit, ordered answers, idle
// tracking) before QAbstractHttpServer takes it over.
class SandboxTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    // httpServer: passed on to each socket (see SandboxSocket).
    explicit SandboxTcpServer(QObject *httpServer, QObject *parent = nullptr);

signals:
    void socketAccepted(SandboxSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    QObject *m_httpServer;
};

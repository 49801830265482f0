#pragma once

#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <functional>

class QSocketNotifier;
class SandboxSocket;

// The sandbox's listening socket. Makes every accepted connection a SandboxSocket (request
// framing and limits, ordered answers, idle tracking) before QAbstractHttpServer takes it over,
// and has that HTTP server made only when the first connection arrives: constructing a
// QAbstractHttpServer initialises the TLS backend and OpenSSL (some 5 MiB and tens of
// milliseconds), which an app that never calls its sandbox in a session should not pay at
// start-up for a server that speaks plain HTTP.
//
// When accept() fails (out of file handles: EMFILE, ENFILE) the connection stays in the listen
// backlog and the socket stays readable. Qt 6.4 then either stops accepting for good (when it
// reports the error) or, when its socket engine had recorded a harmless EAGAIN before (it keeps
// the first error it sees), takes the failure as temporary and tries again at once, spinning a
// core. This listener notices both (acceptError, or readable twice without a connection
// accepted), stops accepting, and tries again after a back-off (50 ms doubling up to 2 s) until
// a connection is accepted; it reports the episode once (acceptPaused, acceptResumed). The
// connections it has are served meanwhile.
class SandboxTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    // Called on the first connection; returns the HTTP server, which has bound the listener.
    using HttpServerFactory = std::function<QObject *(SandboxTcpServer *listener)>;

    static constexpr int FirstRetryMs = 50;
    static constexpr int LastRetryMs = 2000;
    // Qt's default of 50 drops the SYNs of a burst (a test suite opening a thousand long-polls
    // at once), and each dropped client waits for TCP's retransmission back-off, seconds on
    // end. The kernel caps this at net.core.somaxconn.
    static constexpr int ListenBacklog = 4096;

    explicit SandboxTcpServer(HttpServerFactory makeHttpServer, QObject *parent = nullptr);

    // After listen(): watches the listening socket for accept() failing without Qt noticing.
    void watchAccepting();

signals:
    void socketAccepted(SandboxSocket *socket);
    void acceptPaused();
    void acceptResumed();

protected:
    void incomingConnection(qintptr handle) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void backOff();
    void retry();

    HttpServerFactory m_makeHttpServer;
    QObject *m_httpServer = nullptr;
    QPointer<QSocketNotifier> m_acceptNotifier;
    int m_fruitlessNotifications = 0; // readable since the last accepted connection
    QTimer m_retry;
    int m_retryMs = 0; // 0: accepting normally
};

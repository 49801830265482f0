#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTcpSocket>

// One HTTP/1.1 request on a connection of its own, answered through the event loop: usable
// while the server runs on the test's own thread (SandboxServerOptions::ownThread = false),
// and by the thousand at once for the long-poll tests. Headers are kept as sent on the wire.
class RawHttpCall : public QObject
{
    Q_OBJECT

public:
    RawHttpCall(quint16 port, const QByteArray &request, QObject *parent = nullptr);

    // "GET /path HTTP/1.1" with Host, Content-Length (with a body) and the extra header lines.
    static QByteArray request(const QByteArray &method, const QByteArray &path,
                              const QByteArray &body = {}, const QByteArray &extraHeaders = {});

    bool isDone() const { return m_done; } // a whole answer, or the connection closed
    bool waitDone(int timeoutMs = 10000); // runs the event loop meanwhile
    qint64 answeredAfterMs() const { return m_answeredAfterMs; } // since the request was written

    int status() const;
    QByteArray header(const QByteArray &name) const; // first one, name in any case
    QByteArray body() const;
    QJsonObject json() const;
    const QByteArray &raw() const { return m_data; }

private:
    void onReadyRead();

    QTcpSocket m_socket;
    QByteArray m_data;
    QElapsedTimer m_sent;
    qint64 m_answeredAfterMs = -1;
    bool m_done = false;
};

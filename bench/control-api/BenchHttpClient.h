#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>

#include <functional>

// One keep-alive connection to the sandbox that sends raw HTTP/1.1 requests (pipelined when
// several are queued) and hands back each complete answer with the time it took from its
// request's write. Event-driven: a thousand of them share the bench's thread.
class BenchHttpClient : public QObject
{
    Q_OBJECT

public:
    using Answered = std::function<void(int status, const QByteArray &body, qint64 elapsedNs)>;

    BenchHttpClient(quint16 port, Answered answered, QObject *parent = nullptr);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &request); // queued until connected
    int inFlight() const { return int(m_sentAt.size()); }

    static QByteArray get(const QByteArray &path);
    static QByteArray postForm(const QByteArray &path, const QByteArray &body);

private:
    void onReadyRead();

    QTcpSocket m_socket;
    Answered m_answered;
    QByteArray m_buffer;
    QList<QByteArray> m_queued; // before the connection is up
    QList<qint64> m_sentAt; // ns on the shared clock, one per request in flight
};

// Nanoseconds on one monotonic clock shared by every client.
qint64 benchNowNs();

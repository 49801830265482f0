#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

// A webhook receiver on 127.0.0.1 for the tests: reads each HTTP request in full, records it,
// then answers as told: at once, after a delay, with a status, or never.
class FakeWebhook
{
public:
    enum class Mode { Answer, Never };

    struct Received {
        QByteArray head; // request line and headers
        QByteArray body;
        qint64 atMs = 0; // since the fake started
    };

    explicit FakeWebhook(int status = 200, int delayMs = 0, Mode mode = Mode::Answer)
        : m_status(status), m_delayMs(delayMs), m_mode(mode)
    {
        m_clock.start();
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { read(socket); });
        });
    }

    QUrl url(const QString &path = QStringLiteral("/hook")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    const QList<Received> &received() const { return m_received; }
    int answered() const { return m_answered; }

    static QByteArray header(const QByteArray &head, const QByteArray &name)
    {
        for (const QByteArray &line : head.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        const int length = header(head, "content-length").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        m_received.append({head, buffer.mid(end + 4, length), m_clock.elapsed()});
        buffer.clear();
        if (m_mode == Mode::Never)
            return;
        QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(m_delayMs, socket, [this, alive] {
            if (!alive)
                return;
            alive->write("HTTP/1.1 " + QByteArray::number(m_status)
                         + " Status\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            alive->flush();
            alive->disconnectFromHost();
            ++m_answered;
        });
    }

    int m_status;
    int m_delayMs;
    Mode m_mode;
    QElapsedTimer m_clock;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Received> m_received;
    int m_answered = 0;
};

#include "BenchHttpClient.h"

#include <QHostAddress>

qint64 benchNowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.nsecsElapsed();
}

BenchHttpClient::BenchHttpClient(quint16 port, Answered answered, QObject *parent)
    : QObject(parent), m_answered(std::move(answered))
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &BenchHttpClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QList<QByteArray> queued = std::exchange(m_queued, {});
        for (const QByteArray &request : queued)
            send(request);
    });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void BenchHttpClient::send(const QByteArray &request)
{
    if (!isConnected()) {
        m_queued.append(request);
        return;
    }
    m_sentAt.append(benchNowNs());
    m_socket.write(request);
    m_socket.flush();
}

QByteArray BenchHttpClient::get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

QByteArray BenchHttpClient::postForm(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void BenchHttpClient::onReadyRead()
{
    const qint64 now = benchNowNs();
    m_buffer += m_socket.readAll();
    for (;;) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ");
        const qsizetype length = m_buffer.mid(lengthAt + 16, 12).split('\r').first().toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        const QByteArray body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        const qint64 sentAt = m_sentAt.isEmpty() ? now : m_sentAt.takeFirst();
        m_answered(status, body, now - sentAt);
    }
}

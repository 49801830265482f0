#include "RawHttpCall.h"

#include <QJsonDocument>
#include <QTest>

RawHttpCall::RawHttpCall(quint16 port, const QByteArray &request, QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawHttpCall::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_socket.bytesAvailable() > 0) // the device may be closed already: nothing left then
            m_data += m_socket.readAll();
        m_done = true;
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { m_done = true; });
    connect(&m_socket, &QTcpSocket::connected, this, [this, request] {
        m_sent.start();
        m_socket.write(request);
    });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

QByteArray RawHttpCall::request(const QByteArray &method, const QByteArray &path,
                                const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray text = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        text += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    text += extraHeaders + "\r\n" + body;
    return text;
}

bool RawHttpCall::waitDone(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_done; }, timeoutMs);
}

void RawHttpCall::onReadyRead()
{
    m_data += m_socket.readAll();
    const qsizetype headEnd = m_data.indexOf("\r\n\r\n");
    if (headEnd < 0 || m_done)
        return;
    const qsizetype length = header("Content-Length").toLongLong();
    if (m_data.size() >= headEnd + 4 + length) {
        m_answeredAfterMs = m_sent.elapsed();
        m_done = true;
    }
}

int RawHttpCall::status() const
{
    // "HTTP/1.1 200 OK"
    return m_data.startsWith("HTTP/1.1 ") ? m_data.mid(9, 3).toInt() : 0;
}

QByteArray RawHttpCall::header(const QByteArray &name) const
{
    const qsizetype headEnd = m_data.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = m_data.left(headEnd < 0 ? 0 : headEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray RawHttpCall::body() const
{
    const qsizetype headEnd = m_data.indexOf("\r\n\r\n");
    return headEnd < 0 ? QByteArray() : m_data.mid(headEnd + 4);
}

QJsonObject RawHttpCall::json() const
{
    return QJsonDocument::fromJson(body()).object();
}

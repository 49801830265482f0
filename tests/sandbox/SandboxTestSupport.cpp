#include "SandboxTestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace SandboxTest {

SandboxApp makeApp(const QString &name, const QString &key, const QString &secret, int digits,
                   const QString &messageTemplate, const QStringList &ipRanges, int expiryMinutes)
{
    SandboxApp app;
    app.config.id = QUuid::createUuid();
    app.config.name = name;
    app.config.contactEmail = u"qa@example.com"_s;
    app.config.contactName = u"QA"_s;
    app.config.digits = digits;
    app.config.messageTemplate = messageTemplate.isEmpty()
        ? u"{app} code: {otp} (ref {ref}), valid {minutes} min."_s
        : messageTemplate;
    app.config.expiryMinutes = expiryMinutes;
    app.config.ipRanges = ipRanges;
    app.config.environment = Environment::Sandbox;
    app.config.appKey = key;
    app.secret = secret;
    return app;
}

QByteArray formBody(const Fields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QByteArray jsonBody(const Fields &fields)
{
    QJsonObject object;
    for (const auto &[name, value] : fields)
        object.insert(name, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray multipartBody(const Fields &fields, const QByteArray &boundary)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + name.toUtf8() + "\"\r\n\r\n";
        body += value.toUtf8() + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

QByteArray multipartContentType(const QByteArray &boundary)
{
    return "multipart/form-data; boundary=" + boundary;
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

std::unique_ptr<QNetworkAccessManager> makeManager()
{
    auto manager = std::make_unique<QNetworkAccessManager>();
    manager->setProxy(QNetworkProxy::NoProxy);
    return manager;
}

HttpResult send(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &verb,
                const QByteArray &contentType, const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = finished.wait(timeoutMs) || !finished.isEmpty();
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    result.allow = reply->rawHeader("Allow");
    result.error = reply->error();
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult post(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &contentType,
                const QByteArray &body, int timeoutMs)
{
    return send(manager, url, "POST", contentType, body, timeoutMs);
}

HttpResult get(QNetworkAccessManager &manager, const QUrl &url, int timeoutMs)
{
    return send(manager, url, "GET", {}, {}, timeoutMs);
}

namespace {

// The length of one complete response at the start of data, or -1 while incomplete.
qsizetype completeLength(const QByteArray &data)
{
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qsizetype contentLength = 0;
    for (const QByteArray &line : data.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + contentLength;
    return data.size() >= total ? total : -1;
}

} // namespace

QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (completeLength(data) < 0 && timer.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed()))))
            break; // closed or timed out
        data += socket.readAll();
    }
    data += socket.readAll();
    return data;
}

QByteArray rawPost(const QByteArray &path, const QByteArray &contentType, const QByteArray &body,
                   const QByteArray &extraHeaders)
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!contentType.isEmpty())
        request += "Content-Type: " + contentType + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += extraHeaders;
    request += "\r\n" + body;
    return request;
}

QByteArray bodyOf(const QByteArray &response)
{
    const qsizetype length = completeLength(response);
    if (length < 0)
        return {};
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    return response.mid(headEnd + 4, length - headEnd - 4);
}

} // namespace SandboxTest

#pragma once

#include "sandbox/SandboxApp.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

// Helpers shared by the sandbox's end-to-end tests: apps, the three body encodings, and HTTP
// exchanges through real sockets on 127.0.0.1 (QNetworkAccessManager and raw QTcpSocket).
namespace SandboxTest {

using Fields = QList<QPair<QString, QString>>;

SandboxApp makeApp(const QString &name, const QString &key, const QString &secret, int digits = 6,
                   const QString &messageTemplate = {}, const QStringList &ipRanges = {},
                   int expiryMinutes = 5);

QByteArray formBody(const Fields &fields);
QByteArray jsonBody(const Fields &fields);
// What PHP's cURL sends for CURLOPT_POSTFIELDS given an array.
QByteArray multipartBody(const Fields &fields, const QByteArray &boundary);
QByteArray multipartContentType(const QByteArray &boundary);

struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray allow;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 elapsedMs = 0;
    bool finished = false;

    QJsonObject json() const;
};

// A manager that never uses a proxy: the tests talk to 127.0.0.1 only.
std::unique_ptr<QNetworkAccessManager> makeManager();

HttpResult post(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &contentType,
                const QByteArray &body, int timeoutMs = 10000);
HttpResult get(QNetworkAccessManager &manager, const QUrl &url, int timeoutMs = 10000);
HttpResult send(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &verb,
                const QByteArray &contentType = {}, const QByteArray &body = {},
                int timeoutMs = 10000);

// Writes raw bytes on a fresh connection and returns everything read until one complete
// response (by Content-Length) has arrived, or the connection closed, or the timeout.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 10000);
// A complete HTTP/1.1 POST request as bytes.
QByteArray rawPost(const QByteArray &path, const QByteArray &contentType, const QByteArray &body,
                   const QByteArray &extraHeaders = {});
// The body of a raw response ("" when incomplete).
QByteArray bodyOf(const QByteArray &response);

} // namespace SandboxTest

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What went over the wire in one API call, exactly and without the App Secret: the request as
// sent (secret masked), the response as received (body capped), the phase times Qt reports and
// what went wrong. A value: the client fills it, the viewer, cURL and HAR exports and the
// history read it. Phase times are milliseconds since startedAt; none when the phase did not
// happen or Qt did not report it (a reused connection has no "connecting").
struct ExchangeRecord {
    using Header = QPair<QByteArray, QByteArray>;

    static constexpr qsizetype MaxBodySize = 1024 * 1024; // kept and read, 1 MiB
    static constexpr int FormatVersion = 1;
    static QString formatId(); // "otp-manager-exchange"
    // [{"name":…,"value":…}] in the order given, as the record's JSON and HAR both write them.
    static QJsonArray headersToJson(const QList<Header> &headers);

    QDateTime startedAt; // UTC

    std::optional<double> connectingMs; // socketStartedConnecting: a new connection was opened
    std::optional<double> encryptedMs; // the TLS handshake finished
    std::optional<double> requestSentMs; // the request was written out
    std::optional<double> headersReceivedMs; // status line and headers arrived
    std::optional<double> finishedMs; // done: answered, failed, timed out or cancelled

    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    QList<Header> requestHeaders; // in the order sent, those Qt adds included
    QByteArray requestBody; // the App Secret masked
    qint64 requestBodySize = 0; // bytes actually sent (the masked body may differ in length)

    bool hasResponse = false; // a status line arrived
    QString httpVersion; // "HTTP/1.1" or "HTTP/2"
    int status = 0;
    QByteArray reasonPhrase;
    QList<Header> responseHeaders;
    QByteArray responseBody; // at most MaxBodySize bytes
    qint64 responseBodySize = 0; // bytes received; more than kept when truncated
    bool responseTruncated = false; // reading stopped at MaxBodySize

    QString error; // what went wrong on the way, as Qt or the client said it; empty when nothing
    QStringList tlsErrors; // each certificate problem, with the certificate it concerns

    QByteArray requestHeader(QByteArrayView name) const; // first match, any case; empty if none
    QByteArray responseHeader(QByteArrayView name) const;
    QByteArray requestContentType() const { return requestHeader("Content-Type"); }
    std::optional<double> latencyMs() const { return finishedMs; }

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // compact UTF-8
    // nullopt, with a reason in *error, for anything that is not a record of this format.
    static std::optional<ExchangeRecord> fromJson(const QJsonObject &object,
                                                  QString *error = nullptr);
    static std::optional<ExchangeRecord> fromJsonBytes(const QByteArray &json,
                                                       QString *error = nullptr);

    friend bool operator==(const ExchangeRecord &a, const ExchangeRecord &b);
    friend bool operator!=(const ExchangeRecord &a, const ExchangeRecord &b) { return !(a == b); }
};

#include "ExchangeRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUtf8StringView>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray findHeader(const QList<ExchangeRecord::Header> &headers, QByteArrayView name)
{
    for (const ExchangeRecord::Header &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

std::optional<QList<ExchangeRecord::Header>> headersFromJson(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QList<ExchangeRecord::Header>();
    if (!value.isArray())
        return std::nullopt;
    QList<ExchangeRecord::Header> headers;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject header = item.toObject();
        if (!header.value("name"_L1).isString() || !header.value("value"_L1).isString())
            return std::nullopt;
        headers.append({header.value("name"_L1).toString().toLatin1(),
                        header.value("value"_L1).toString().toLatin1()});
    }
    return headers;
}

// Text when the body is UTF-8 (the usual case, readable in the database), else base64.
void putBody(QJsonObject &object, const QByteArray &body)
{
    if (QUtf8StringView(body).isValidUtf8()) {
        object.insert(u"body"_s, QString::fromUtf8(body));
    } else {
        object.insert(u"body"_s, QString::fromLatin1(body.toBase64()));
        object.insert(u"bodyEncoding"_s, u"base64"_s);
    }
}

std::optional<QByteArray> takeBody(const QJsonObject &object)
{
    const QJsonValue body = object.value("body"_L1);
    if (body.isUndefined() || body.isNull())
        return QByteArray();
    if (!body.isString())
        return std::nullopt;
    const QString encoding = object.value("bodyEncoding"_L1).toString();
    if (encoding.isEmpty())
        return body.toString().toUtf8();
    if (encoding != u"base64")
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(body.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

void putTime(QJsonObject &object, const QString &key, const std::optional<double> &ms)
{
    if (ms)
        object.insert(key, std::round(*ms * 1000.0) / 1000.0); // microseconds are enough
}

std::optional<double> takeTime(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

bool sameTime(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) < 0.0005; // JSON keeps microseconds
}

} // namespace

QString ExchangeRecord::formatId()
{
    return u"otp-manager-exchange"_s;
}

// Header bytes are Latin-1 on the wire (RFC 9110 allows obs-text); Latin-1 round-trips any byte.
QJsonArray ExchangeRecord::headersToJson(const QList<Header> &headers)
{
    QJsonArray array;
    for (const Header &header : headers) {
        array.append(QJsonObject{{u"name"_s, QString::fromLatin1(header.first)},
                                 {u"value"_s, QString::fromLatin1(header.second)}});
    }
    return array;
}

QByteArray ExchangeRecord::requestHeader(QByteArrayView name) const
{
    return findHeader(requestHeaders, name);
}

QByteArray ExchangeRecord::responseHeader(QByteArrayView name) const
{
    return findHeader(responseHeaders, name);
}

QJsonObject ExchangeRecord::toJson() const
{
    QJsonObject timings;
    putTime(timings, u"connecting"_s, connectingMs);
    putTime(timings, u"encrypted"_s, encryptedMs);
    putTime(timings, u"requestSent"_s, requestSentMs);
    putTime(timings, u"headersReceived"_s, headersReceivedMs);
    putTime(timings, u"finished"_s, finishedMs);

    QJsonObject request{{u"method"_s, QString::fromLatin1(method)},
                        {u"url"_s, url.toString(QUrl::FullyEncoded)},
                        {u"headers"_s, headersToJson(requestHeaders)},
                        {u"bodySize"_s, requestBodySize}};
    putBody(request, requestBody);

    QJsonObject object{{u"format"_s, formatId()},
                       {u"version"_s, FormatVersion},
                       {u"startedAt"_s, startedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {u"timings"_s, timings},
                       {u"request"_s, request}};
    if (hasResponse) {
        QJsonObject response{{u"httpVersion"_s, httpVersion},
                             {u"status"_s, status},
                             {u"reasonPhrase"_s, QString::fromLatin1(reasonPhrase)},
                             {u"headers"_s, headersToJson(responseHeaders)},
                             {u"bodySize"_s, responseBodySize},
                             {u"truncated"_s, responseTruncated}};
        putBody(response, responseBody);
        object.insert(u"response"_s, response);
    } else {
        object.insert(u"response"_s, QJsonValue::Null);
    }
    if (!error.isEmpty())
        object.insert(u"error"_s, error);
    if (!tlsErrors.isEmpty())
        object.insert(u"tlsErrors"_s, QJsonArray::fromStringList(tlsErrors));
    return object;
}

QByteArray ExchangeRecord::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<ExchangeRecord> ExchangeRecord::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ExchangeRecord> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (object.value("format"_L1).toString() != formatId())
        return fail(QCoreApplication::translate(
                        "ExchangeRecord",
                        "This is not an exchange record of OTP Manager (its format is not %1).")
                        .arg(formatId()));
    if (object.value("version"_L1).toInt(-1) != FormatVersion)
        return fail(QCoreApplication::translate(
            "ExchangeRecord",
            "This exchange record comes from a newer OTP Manager; update to read it."));

    ExchangeRecord record;
    record.startedAt
        = QDateTime::fromString(object.value("startedAt"_L1).toString(), Qt::ISODateWithMs);
    if (!record.startedAt.isValid())
        return fail(QCoreApplication::translate(
            "ExchangeRecord",
            "The exchange record is damaged: its start time is not an ISO 8601 time."));
    record.startedAt = record.startedAt.toUTC();

    const QJsonObject timings = object.value("timings"_L1).toObject();
    record.connectingMs = takeTime(timings, "connecting"_L1);
    record.encryptedMs = takeTime(timings, "encrypted"_L1);
    record.requestSentMs = takeTime(timings, "requestSent"_L1);
    record.headersReceivedMs = takeTime(timings, "headersReceived"_L1);
    record.finishedMs = takeTime(timings, "finished"_L1);

    const QJsonValue requestValue = object.value("request"_L1);
    if (!requestValue.isObject())
        return fail(QCoreApplication::translate(
            "ExchangeRecord", "The exchange record is damaged: it has no request."));
    const QJsonObject request = requestValue.toObject();
    record.method = request.value("method"_L1).toString().toLatin1();
    record.url = QUrl(request.value("url"_L1).toString(), QUrl::StrictMode);
    const auto requestHeaders = headersFromJson(request.value("headers"_L1));
    const auto requestBody = takeBody(request);
    if (record.method.isEmpty() || !record.url.isValid() || !requestHeaders || !requestBody)
        return fail(QCoreApplication::translate(
            "ExchangeRecord",
            "The exchange record is damaged: its request has a wrong method, URL, "
            "headers or body."));
    record.requestHeaders = *requestHeaders;
    record.requestBody = *requestBody;
    record.requestBodySize = qint64(request.value("bodySize"_L1).toDouble());

    const QJsonValue responseValue = object.value("response"_L1);
    if (responseValue.isObject()) {
        const QJsonObject response = responseValue.toObject();
        record.hasResponse = true;
        record.httpVersion = response.value("httpVersion"_L1).toString();
        record.status = response.value("status"_L1).toInt();
        record.reasonPhrase = response.value("reasonPhrase"_L1).toString().toLatin1();
        const auto responseHeaders = headersFromJson(response.value("headers"_L1));
        const auto responseBody = takeBody(response);
        if (!responseHeaders || !responseBody)
            return fail(QCoreApplication::translate(
                "ExchangeRecord",
                "The exchange record is damaged: its response has wrong headers or body."));
        record.responseHeaders = *responseHeaders;
        record.responseBody = *responseBody;
        record.responseBodySize = qint64(response.value("bodySize"_L1).toDouble());
        record.responseTruncated = response.value("truncated"_L1).toBool();
    } else if (!responseValue.isNull() && !responseValue.isUndefined()) {
        return fail(QCoreApplication::translate(
            "ExchangeRecord",
            "The exchange record is damaged: its response is neither an object nor null."));
    }
    record.error = object.value("error"_L1).toString();
    for (const QJsonValue &item : object.value("tlsErrors"_L1).toArray())
        record.tlsErrors << item.toString();
    return record;
}

std::optional<ExchangeRecord> ExchangeRecord::fromJsonBytes(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

bool operator==(const ExchangeRecord &a, const ExchangeRecord &b)
{
    return a.startedAt == b.startedAt && sameTime(a.connectingMs, b.connectingMs)
        && sameTime(a.encryptedMs, b.encryptedMs) && sameTime(a.requestSentMs, b.requestSentMs)
        && sameTime(a.headersReceivedMs, b.headersReceivedMs)
        && sameTime(a.finishedMs, b.finishedMs) && a.method == b.method && a.url == b.url
        && a.requestHeaders == b.requestHeaders && a.requestBody == b.requestBody
        && a.requestBodySize == b.requestBodySize && a.hasResponse == b.hasResponse
        && a.httpVersion == b.httpVersion && a.status == b.status
        && a.reasonPhrase == b.reasonPhrase && a.responseHeaders == b.responseHeaders
        && a.responseBody == b.responseBody && a.responseBodySize == b.responseBodySize
        && a.responseTruncated == b.responseTruncated && a.error == b.error
        && a.tlsErrors == b.tlsErrors;
}

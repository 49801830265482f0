#include "HarExporter.h"

#include "SecretMasker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUtf8StringView>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

double rounded(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

QJsonArray queryString(const QUrl &url)
{
    QJsonArray array;
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        array.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});
    return array;
}

QJsonObject timings(const ExchangeRecord &record)
{
    // Walk the phases in order; each part runs from where the previous one ended.
    const double finished = record.finishedMs.value_or(0.0);
    double cursor = 0.0;
    double blocked = -1.0;
    double connect = -1.0;
    double ssl = -1.0;
    if (record.connectingMs) {
        blocked = *record.connectingMs;
        cursor = *record.connectingMs;
        const double end = record.encryptedMs.value_or(
            record.requestSentMs.value_or(record.headersReceivedMs.value_or(finished)));
        connect = std::max(0.0, end - cursor);
        if (record.encryptedMs)
            ssl = std::max(0.0, *record.encryptedMs - cursor);
        cursor = std::max(cursor, end);
    }
    double send = 0.0;
    if (record.requestSentMs) {
        send = std::max(0.0, *record.requestSentMs - cursor);
        cursor = std::max(cursor, *record.requestSentMs);
    }
    const double waitEnd = record.headersReceivedMs.value_or(finished);
    const double wait = std::max(0.0, waitEnd - cursor);
    cursor = std::max(cursor, waitEnd);
    const double receive = std::max(0.0, finished - cursor);
    return {{u"blocked"_s, blocked < 0 ? -1.0 : rounded(blocked)},
            {u"dns"_s, -1},
            {u"connect"_s, connect < 0 ? -1.0 : rounded(connect)},
            {u"ssl"_s, ssl < 0 ? -1.0 : rounded(ssl)},
            {u"send"_s, rounded(send)},
            {u"wait"_s, rounded(wait)},
            {u"receive"_s, rounded(receive)}};
}

double total(const QJsonObject &timings)
{
    double sum = 0.0;
    for (const char16_t *part : {u"blocked", u"dns", u"connect", u"send", u"wait", u"receive"}) {
        const double value = timings.value(QStringView(part)).toDouble();
        if (value > 0)
            sum += value;
    }
    return rounded(sum);
}

} // namespace

QJsonObject HarExporter::entry(const ExchangeRecord &record)
{
    const QByteArray requestType = record.requestContentType();
    QJsonObject request{{u"method"_s, QString::fromLatin1(record.method)},
                        {u"url"_s, record.url.toString(QUrl::FullyEncoded)},
                        {u"httpVersion"_s, u"HTTP/1.1"_s},
                        {u"cookies"_s, QJsonArray()},
                        {u"headers"_s, ExchangeRecord::headersToJson(record.requestHeaders)},
                        {u"queryString"_s, queryString(record.url)},
                        {u"headersSize"_s, -1},
                        {u"bodySize"_s, record.requestBodySize}};
    if (!record.requestBody.isEmpty() || !requestType.isEmpty()) {
        const QByteArray body = SecretMasker::maskBody(record.requestBody, requestType);
        request.insert(u"postData"_s,
                       QJsonObject{{u"mimeType"_s, QString::fromLatin1(requestType)},
                                   {u"params"_s, QJsonArray()},
                                   {u"text"_s, QString::fromUtf8(body)}});
    }

    QJsonObject content{{u"size"_s, record.responseBodySize},
                        {u"mimeType"_s,
                         record.responseHeader("Content-Type").isEmpty()
                             ? u"x-unknown"_s
                             : QString::fromLatin1(record.responseHeader("Content-Type"))}};
    if (QUtf8StringView(record.responseBody).isValidUtf8()) {
        content.insert(u"text"_s, QString::fromUtf8(record.responseBody));
    } else {
        content.insert(u"text"_s, QString::fromLatin1(record.responseBody.toBase64()));
        content.insert(u"encoding"_s, u"base64"_s);
    }
    if (record.responseTruncated) {
        content.insert(u"comment"_s,
                       u"truncated: the first %1 of at least %2 bytes"_s.arg(
                           QString::number(record.responseBody.size()),
                           QString::number(record.responseBodySize)));
    }
    const QJsonObject response{
        {u"status"_s, record.hasResponse ? record.status : 0},
        {u"statusText"_s, QString::fromLatin1(record.reasonPhrase)},
        {u"httpVersion"_s, record.hasResponse ? record.httpVersion : QString()},
        {u"cookies"_s, QJsonArray()},
        {u"headers"_s, ExchangeRecord::headersToJson(record.responseHeaders)},
        {u"content"_s, content},
        {u"redirectURL"_s, QString::fromLatin1(record.responseHeader("Location"))},
        {u"headersSize"_s, -1},
        {u"bodySize"_s, record.hasResponse ? record.responseBodySize : -1}};

    const QJsonObject phases = timings(record);
    QJsonObject entry{{u"startedDateTime"_s, record.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                      {u"time"_s, total(phases)},
                      {u"request"_s, request},
                      {u"response"_s, response},
                      {u"cache"_s, QJsonObject()},
                      {u"timings"_s, phases}};
    QStringList problems;
    if (!record.error.isEmpty())
        problems << record.error;
    problems << record.tlsErrors;
    if (!problems.isEmpty())
        entry.insert(u"comment"_s, problems.join(u"; "_s));
    return entry;
}

QJsonObject HarExporter::toHar(const QList<ExchangeRecord> &records)
{
    QList<ExchangeRecord> sorted = records;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const ExchangeRecord &a, const ExchangeRecord &b) { return a.startedAt < b.startedAt; });
    QJsonArray entries;
    for (const ExchangeRecord &record : std::as_const(sorted))
        entries.append(entry(record));
    return {{u"log"_s,
             QJsonObject{{u"version"_s, u"1.2"_s},
                         {u"creator"_s,
                          QJsonObject{{u"name"_s, u"OTP Manager"_s},
                                      {u"version"_s, QStringLiteral(OTP_VERSION_STRING)}}},
                         {u"entries"_s, entries}}}};
}

QByteArray HarExporter::toDocument(const QList<ExchangeRecord> &records)
{
    return QJsonDocument(toHar(records)).toJson(QJsonDocument::Indented);
}

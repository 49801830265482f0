#include "CurlExporter.h"

#include "SecretMasker.h"
#include "util/HeaderValue.h"
#include "util/JsonText.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

// Headers curl writes itself from the URL and the data.
bool curlSetsItself(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "host" || lower == "content-length" || lower == "connection";
}

QByteArray encodedSecret(const QByteArray &contentType, const QString &secret)
{
    const QByteArray type = HeaderValue::mediaType(contentType);
    if (type == "application/x-www-form-urlencoded")
        return QUrl::toPercentEncoding(secret);
    if (type == "application/json" || type.endsWith("+json"))
        return JsonText::escaped(secret);
    return secret.toUtf8();
}

QString build(const ExchangeRecord &record, const QByteArray &body)
{
    QStringList lines;
    QString first = u"curl "_s;
    if (record.method != "POST" || body.isEmpty())
        first += u"--request "_s + QString::fromLatin1(record.method) + u' ';
    first += CurlExporter::shellQuote(record.url.toString(QUrl::FullyEncoded));
    lines << first;
    for (const ExchangeRecord::Header &header : record.requestHeaders) {
        if (curlSetsItself(header.first))
            continue;
        lines << u"  --header "_s
                + CurlExporter::shellQuote(
                     QString::fromLatin1(header.first + ": " + header.second));
    }
    if (!body.isEmpty())
        lines << u"  --data-raw "_s + CurlExporter::shellQuote(QString::fromUtf8(body));
    return lines.join(u" \\\n"_s);
}

} // namespace

QString CurlExporter::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString CurlExporter::toCurl(const ExchangeRecord &record)
{
    // The record is masked already; masking again costs nothing and guards a hand-made record.
    return build(record, SecretMasker::maskBody(record.requestBody, record.requestContentType()));
}

QString CurlExporter::toCurlWithSecret(const ExchangeRecord &record, const QString &secret)
{
    QByteArray body
        = SecretMasker::maskBody(record.requestBody, record.requestContentType()); // one form
    body.replace(SecretMasker::maskUtf8(), encodedSecret(record.requestContentType(), secret));
    return build(record, body);
}

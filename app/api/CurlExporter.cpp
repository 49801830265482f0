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

QString quoted(const QString &text, CurlExporter::Shell shell)
{
    return shell == CurlExporter::Shell::Posix ? CurlExporter::shellQuote(text)
                                               : CurlExporter::cmdQuote(text);
}

// The body as one argument, the shell's variable in place of each mask: outside the quotes in
// a POSIX shell ('…'"$OTP_SECRET"'…'), inside them in cmd, which expands %…% there.
QString bodyArgument(const QString &body, CurlExporter::Shell shell)
{
    const QStringList parts = body.split(SecretMasker::mask());
    if (shell == CurlExporter::Shell::WindowsCmd)
        return CurlExporter::cmdQuote(parts.join(CurlExporter::secretVariable(shell)));
    QStringList quotedParts;
    for (const QString &part : parts)
        quotedParts << CurlExporter::shellQuote(part);
    return quotedParts.join(u'"' + CurlExporter::secretVariable(shell) + u'"');
}

QString build(const ExchangeRecord &record, const QByteArray &body, CurlExporter::Shell shell)
{
    QStringList lines;
    QString first = u"curl "_s;
    if (record.method != "POST" || body.isEmpty())
        first += u"--request "_s + QString::fromLatin1(record.method) + u' ';
    first += quoted(record.url.toString(QUrl::FullyEncoded), shell);
    lines << first;
    for (const ExchangeRecord::Header &header : record.requestHeaders) {
        if (curlSetsItself(header.first))
            continue;
        lines << u"  --header "_s
                + quoted(QString::fromLatin1(header.first + ": " + header.second), shell);
    }
    if (!body.isEmpty())
        lines << u"  --data-raw "_s + bodyArgument(QString::fromUtf8(body), shell);
    return lines.join(shell == CurlExporter::Shell::Posix ? u" \\\n"_s : u" ^\n"_s);
}

} // namespace

CurlExporter::Shell CurlExporter::nativeShell()
{
#ifdef Q_OS_WIN
    return Shell::WindowsCmd;
#else
    return Shell::Posix;
#endif
}

QString CurlExporter::secretVariable(Shell shell)
{
    return shell == Shell::Posix ? u"$OTP_SECRET"_s : u"%OTP_SECRET%"_s;
}

QString CurlExporter::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString CurlExporter::cmdQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CurlExporter::toCurl(const ExchangeRecord &record, Shell shell)
{
    // The record is masked already; masking again costs nothing and guards a hand-made record.
    return build(record, SecretMasker::maskBody(record.requestBody, record.requestContentType()),
                 shell);
}

QString CurlExporter::toCurlWithSecret(const ExchangeRecord &record, const QString &secret,
                                       Shell shell)
{
    QByteArray body
        = SecretMasker::maskBody(record.requestBody, record.requestContentType()); // one form
    body.replace(SecretMasker::maskUtf8(), encodedSecret(record.requestContentType(), secret));
    return build(record, body, shell);
}

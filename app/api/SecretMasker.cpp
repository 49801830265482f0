#include "SecretMasker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Lenient application/x-www-form-urlencoded decoding: a broken escape stays as it is.
QString formDecode(QByteArrayView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0
                   && hexValue(text[i + 2]) >= 0) {
            bytes.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    return QString::fromUtf8(bytes);
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

qsizetype skipSpace(const QByteArray &text, qsizetype i)
{
    while (i < text.size() && isJsonSpace(text.at(i)))
        ++i;
    return i;
}

// The index just past the closing quote of the string starting at `open`, or -1.
qsizetype stringEnd(const QByteArray &text, qsizetype open)
{
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            return i + 1;
    }
    return -1;
}

// The index just past a scalar (number, true, false, null) starting at `start`.
qsizetype scalarEnd(const QByteArray &text, qsizetype start)
{
    qsizetype i = start;
    while (i < text.size()) {
        const char c = text.at(i);
        if (isJsonSpace(c) || c == ',' || c == '}' || c == ']' || c == ':' || c == '{' || c == '['
            || c == '"')
            break;
        ++i;
    }
    return i;
}

// A JSON string token (with its quotes) decoded, escapes included ("secr\u0065t").
QString decodeJsonString(QByteArrayView token)
{
    // Appended step by step: the QStringBuilder form trips GCC 12's -Wstringop-overflow at -O3.
    QByteArray array;
    array.reserve(token.size() + 2);
    array.append('[').append(token).append(']');
    const QJsonDocument document = QJsonDocument::fromJson(array);
    return document.isArray() ? document.array().at(0).toString() : QString();
}

QByteArray jsonEscaped(const QString &text)
{
    QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact); // ["..."]
    return array.mid(2, array.size() - 4);
}

} // namespace

QString SecretMasker::mask()
{
    return QString(8, QChar(0x2022));
}

QByteArray SecretMasker::maskUtf8()
{
    return mask().toUtf8();
}

bool SecretMasker::isSecretField(QStringView name)
{
    return name.trimmed().compare(u"secret", Qt::CaseInsensitive) == 0;
}

QByteArray SecretMasker::mediaType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView type = semicolon < 0 ? contentType : contentType.first(semicolon);
    return type.toByteArray().trimmed().toLower();
}

QByteArray SecretMasker::headerParameter(QByteArrayView headerValue, QByteArrayView name)
{
    const QList<QByteArray> parts = headerValue.toByteArray().split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0)
            continue;
        if (QByteArrayView(part.first(equals)).trimmed().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray value = part.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

QByteArray SecretMasker::maskBody(const QByteArray &body, QByteArrayView contentType,
                                  const QString &secret)
{
    const QByteArray type = mediaType(contentType);
    QByteArray masked;
    if (type == "application/x-www-form-urlencoded") {
        masked = maskForm(body);
    } else if (type == "application/json" || type.endsWith("+json")) {
        masked = maskJson(body);
    } else if (type == "multipart/form-data") {
        masked = maskMultipart(body, headerParameter(contentType, "boundary"));
    } else {
        masked = maskForm(maskJson(body)); // unknown: whichever applies
    }
    return maskOccurrences(masked, secret);
}

QByteArray SecretMasker::maskForm(const QByteArray &body)
{
    if (!body.contains('='))
        return body;
    QList<QByteArray> pairs = body.split('&');
    bool changed = false;
    for (QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView name
            = equals < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(equals);
        if (!isSecretField(formDecode(name)))
            continue;
        pair = name.toByteArray() + '=' + maskUtf8();
        changed = true;
    }
    return changed ? pairs.join('&') : body;
}

QByteArray SecretMasker::maskJson(const QByteArray &body)
{
    QByteArray out;
    out.reserve(body.size());
    qsizetype copied = 0; // body[0, copied) is already in out
    qsizetype i = 0;
    while (i < body.size()) {
        if (body.at(i) != '"') {
            ++i;
            continue;
        }
        const qsizetype end = stringEnd(body, i);
        if (end < 0)
            break; // an unterminated string: nothing after it is a key
        const qsizetype colon = skipSpace(body, end);
        if (colon >= body.size() || body.at(colon) != ':'
            || !isSecretField(decodeJsonString(QByteArrayView(body).sliced(i, end - i)))) {
            i = end;
            continue;
        }
        // A "secret" key: mask its value if it is a scalar; an object or array is scanned on.
        const qsizetype valueStart = skipSpace(body, colon + 1);
        if (valueStart >= body.size() || body.at(valueStart) == '{' || body.at(valueStart) == '[') {
            i = valueStart;
            continue;
        }
        qsizetype valueEnd = body.at(valueStart) == '"' ? stringEnd(body, valueStart)
                                                        : scalarEnd(body, valueStart);
        if (valueEnd < 0)
            valueEnd = body.size(); // an unterminated value: mask to the end
        out += QByteArrayView(body).sliced(copied, valueStart - copied);
        out += '"' + maskUtf8() + '"';
        copied = valueEnd;
        i = valueEnd;
    }
    if (copied == 0)
        return body;
    out += QByteArrayView(body).sliced(copied);
    return out;
}

QByteArray SecretMasker::maskMultipart(const QByteArray &body, QByteArrayView boundary)
{
    if (boundary.isEmpty())
        return body;
    const QByteArray delimiter = "--"_ba + boundary;
    QByteArray out;
    qsizetype copied = 0;
    qsizetype position = body.indexOf(delimiter);
    while (position >= 0) {
        qsizetype partStart = position + delimiter.size();
        if (body.mid(partStart, 2) == "--")
            break; // the closing delimiter
        const qsizetype lineEnd = body.indexOf('\n', partStart);
        if (lineEnd < 0)
            break;
        partStart = lineEnd + 1;
        const QByteArray nextDelimiter = "\n"_ba + delimiter;
        qsizetype next = body.indexOf(nextDelimiter, partStart);
        if (next < 0)
            next = body.size(); // a cut-off body: the part runs to the end
        qsizetype contentEnd = next;
        if (contentEnd > partStart && body.at(contentEnd - 1) == '\r')
            --contentEnd;

        qsizetype headersEnd = body.indexOf("\r\n\r\n", partStart);
        qsizetype separator = 4;
        if (headersEnd < 0 || headersEnd > contentEnd) {
            headersEnd = body.indexOf("\n\n", partStart);
            separator = 2;
        }
        if (headersEnd >= 0 && headersEnd <= contentEnd) {
            const QList<QByteArray> headers
                = body.mid(partStart, headersEnd - partStart).split('\n');
            bool isSecret = false;
            for (const QByteArray &header : headers) {
                const qsizetype colon = header.indexOf(':');
                if (colon < 0
                    || header.first(colon).trimmed().compare("content-disposition",
                                                             Qt::CaseInsensitive)
                        != 0)
                    continue;
                const QByteArray name = headerParameter(header.mid(colon + 1).trimmed(), "name");
                isSecret = isSecretField(QString::fromUtf8(name));
            }
            const qsizetype contentStart = headersEnd + separator;
            if (isSecret && contentStart <= contentEnd) {
                out += QByteArrayView(body).sliced(copied, contentStart - copied);
                out += maskUtf8();
                copied = contentEnd;
            }
        }
        if (next >= body.size())
            break;
        position = next + 1;
    }
    if (copied == 0)
        return body;
    out += QByteArrayView(body).sliced(copied);
    return out;
}

QByteArray SecretMasker::maskOccurrences(const QByteArray &data, const QString &secret)
{
    if (secret.size() < MinOccurrenceLength || data.isEmpty())
        return data;
    const QByteArray raw = secret.toUtf8();
    const QByteArray percent = QUrl::toPercentEncoding(secret);
    QByteArray form = QUrl::toPercentEncoding(secret, " ");
    form.replace(' ', '+');
    const QByteArray json = jsonEscaped(secret);
    QByteArray out = data;
    for (const QByteArray &variant : {raw, percent, form, json}) {
        if (!variant.isEmpty())
            out.replace(variant, maskUtf8());
    }
    return out;
}

QString SecretMasker::maskOccurrences(const QString &text, const QString &secret)
{
    if (secret.size() < MinOccurrenceLength || text.isEmpty())
        return text;
    return QString::fromUtf8(maskOccurrences(text.toUtf8(), secret));
}

#include "SecretMasker.h"

#include "util/FormEncoding.h"
#include "util/HeaderValue.h"
#include "util/JsonText.h"
#include "util/MultipartReader.h"
#include "util/Utf8Text.h"

#include <QUrl>

namespace {

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

QByteArray SecretMasker::maskBody(const QByteArray &body, QByteArrayView contentType,
                                  const QString &secret)
{
    const QByteArray type = HeaderValue::mediaType(contentType);
    QByteArray masked;
    if (type == "application/x-www-form-urlencoded") {
        masked = maskForm(body);
    } else if (type == "application/json" || type.endsWith("+json")) {
        masked = maskJson(body);
    } else if (type == "multipart/form-data") {
        masked = maskMultipart(body, HeaderValue::parameter(contentType, "boundary"));
    } else {
        masked = maskForm(maskJson(body)); // unknown: whichever applies
    }
    return maskOccurrences(masked, secret);
}

QByteArray SecretMasker::maskForm(const QByteArray &body)
{
    if (!body.contains('='))
        return body; // not a form: a text body given every treatment stays as it is
    QByteArray out;
    qsizetype copied = 0; // body[0, copied) is already in out
    bool changed = false;
    for (const FormEncoding::Pair &pair : FormEncoding::split(body)) {
        if (!isSecretField(FormEncoding::decode(pair.name).text))
            continue;
        out += QByteArrayView(body).sliced(copied, pair.start - copied);
        out += pair.name;
        out += '=' + maskUtf8();
        copied = pair.end;
        changed = true;
    }
    if (!changed)
        return body;
    out += QByteArrayView(body).sliced(copied);
    return out;
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
            || !isSecretField(JsonText::readString(QByteArrayView(body).sliced(i, end - i))
                                  .value_or(QString()))) {
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
    QByteArray out;
    qsizetype copied = 0;
    bool changed = false;
    for (const MultipartReader::Part &part : MultipartReader::read(body, boundary).parts) {
        if (!isSecretField(Utf8Text::decodeValid(part.name)))
            continue;
        out += QByteArrayView(body).sliced(copied, part.contentStart - copied);
        out += maskUtf8();
        copied = part.contentEnd;
        changed = true;
    }
    if (!changed)
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
    const QByteArray json = JsonText::escaped(secret);
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

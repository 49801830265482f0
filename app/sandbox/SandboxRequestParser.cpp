#include "SandboxRequestParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUtf8StringView>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

using Problem = SandboxRequestParser::BodyProblem;

SandboxRequestParser::Result failure(Problem problem)
{
    SandboxRequestParser::Result result;
    result.problem = problem;
    return result;
}

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

// application/x-www-form-urlencoded decoding of one name or value; nullopt for a broken
// escape or bytes that are not UTF-8.
std::optional<QString> formDecode(QByteArrayView text)
{
    if (!text.contains('%') && !text.contains('+')) { // the common case: nothing to decode
        if (!text.isValidUtf8())
            return std::nullopt;
        return QString::fromUtf8(text);
    }
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            bytes.append(char(high * 16 + low));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    if (!QUtf8StringView(bytes).isValidUtf8())
        return std::nullopt;
    return QString::fromUtf8(bytes);
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size()
        && QByteArrayView(text.first(prefix.size())).compare(prefix, Qt::CaseInsensitive) == 0;
}

} // namespace

SandboxRequestParser::Result SandboxRequestParser::parse(QByteArrayView contentType,
                                                         QByteArrayView body)
{
    const QByteArray type = mediaType(contentType);
    if (type == "application/x-www-form-urlencoded")
        return parseForm(body);
    if (type == "application/json" || type.endsWith("+json"))
        return parseJson(body);
    if (type == "multipart/form-data")
        return parseMultipart(body, parameter(contentType, "boundary"));
    if (type.isEmpty()) {
        // No Content-Type: what curl -d and most hand-written clients mean is a form, unless
        // the body is plainly a JSON object.
        const QByteArrayView start = trimmed(body);
        if (start.startsWith('{'))
            return parseJson(body);
        return parseForm(body);
    }
    return failure(Problem::UnsupportedContentType);
}

SandboxRequestParser::Result SandboxRequestParser::parseForm(QByteArrayView body)
{
    Result result;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair = body.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue; // "a=1&&b=2", a trailing "&"
        const qsizetype equals = pair.indexOf('=');
        const std::optional<QString> name = formDecode(equals < 0 ? pair : pair.first(equals));
        const std::optional<QString> value
            = formDecode(equals < 0 ? QByteArrayView() : pair.sliced(equals + 1));
        if (!name || !value)
            return failure(Problem::MalformedForm);
        if (!name->isEmpty())
            result.fields.insert(*name, *value);
    }
    return result;
}

SandboxRequestParser::Result SandboxRequestParser::parseJson(QByteArrayView body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return failure(Problem::MalformedJson);

    Result result;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString()) {
            result.fields.insert(it.key(), value.toString());
        } else if (value.isDouble()) {
            // Clients send pin and msisdn as numbers; take integral values up to 2^53 (exact
            // in a double) as their digits.
            const double number = value.toDouble();
            if (std::trunc(number) == number && std::fabs(number) <= 9007199254740992.0)
                result.fields.insert(it.key(), QString::number(qint64(number)));
            else
                result.invalidFields.insert(it.key());
        } else if (!value.isNull()) {
            result.invalidFields.insert(it.key()); // true, [...], {...}
        }
        // null is the same as leaving the field out
    }
    return result;
}

SandboxRequestParser::Result SandboxRequestParser::parseMultipart(QByteArrayView body,
                                                                  QByteArrayView boundary)
{
    // RFC 7578 / RFC 2046. Boundaries are 1-70 characters; lines end in CRLF, but a lone LF
    // is accepted too.
    if (boundary.isEmpty() || boundary.size() > 70)
        return failure(Problem::MalformedMultipart);
    const QByteArray delimiter = "--"_ba + boundary.toByteArray();
    const QByteArray innerDelimiter = '\n' + delimiter;

    qsizetype pos = 0;
    if (!body.startsWith(delimiter)) {
        const qsizetype first = body.indexOf(innerDelimiter); // skip a preamble
        if (first < 0)
            return failure(Problem::MalformedMultipart);
        pos = first + 1;
    }
    pos += delimiter.size();

    Result result;
    for (;;) {
        if (body.sliced(pos).startsWith("--"))
            return result; // the closing delimiter; anything after it is an epilogue
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t'))
            ++pos;
        if (body.sliced(pos).startsWith("\r\n"))
            pos += 2;
        else if (body.sliced(pos).startsWith("\n"))
            pos += 1;
        else
            return failure(Problem::MalformedMultipart);

        QByteArray name;
        bool haveName = false;
        for (;;) { // the part's headers, up to an empty line
            const qsizetype lineEnd = body.indexOf('\n', pos);
            if (lineEnd < 0)
                return failure(Problem::MalformedMultipart);
            QByteArrayView line = body.sliced(pos, lineEnd - pos);
            pos = lineEnd + 1;
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                break;
            if (startsWithNoCase(line, "content-disposition:")) {
                const QByteArrayView value
                    = line.sliced(qsizetype(sizeof "content-disposition:") - 1);
                name = parameter(value, "name");
                haveName = !name.isEmpty();
            }
        }

        const qsizetype next = body.indexOf(innerDelimiter, pos - 1);
        if (next < 0 || !haveName)
            return failure(Problem::MalformedMultipart);
        qsizetype contentEnd = next;
        if (contentEnd > pos && body[contentEnd - 1] == '\r')
            --contentEnd;
        const QByteArrayView content = body.sliced(pos, qMax<qsizetype>(0, contentEnd - pos));
        if (!QUtf8StringView(content).isValidUtf8() || !QUtf8StringView(name).isValidUtf8())
            return failure(Problem::MalformedMultipart);
        result.fields.insert(QString::fromUtf8(name), QString::fromUtf8(content));
        pos = next + innerDelimiter.size();
    }
}

QByteArray SandboxRequestParser::mediaType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return trimmed(semicolon < 0 ? contentType : contentType.first(semicolon))
        .toByteArray()
        .toLower();
}

QByteArray SandboxRequestParser::parameter(QByteArrayView headerValue, QByteArrayView name)
{
    // Walks "type; a=b; c=\"d;e\"" honouring quotes, so a ';' inside a quoted value does not
    // end it.
    qsizetype pos = headerValue.indexOf(';');
    while (pos >= 0 && pos < headerValue.size()) {
        ++pos; // past ';'
        while (pos < headerValue.size() && (headerValue[pos] == ' ' || headerValue[pos] == '\t'))
            ++pos;
        const qsizetype equals = headerValue.indexOf('=', pos);
        if (equals < 0)
            return {};
        const QByteArrayView key = trimmed(headerValue.sliced(pos, equals - pos));
        pos = equals + 1;
        while (pos < headerValue.size() && (headerValue[pos] == ' ' || headerValue[pos] == '\t'))
            ++pos;
        QByteArray value;
        if (pos < headerValue.size() && headerValue[pos] == '"') {
            ++pos;
            while (pos < headerValue.size() && headerValue[pos] != '"') {
                if (headerValue[pos] == '\\' && pos + 1 < headerValue.size())
                    ++pos;
                value.append(headerValue[pos]);
                ++pos;
            }
            pos = headerValue.indexOf(';', pos);
        } else {
            const qsizetype end = headerValue.indexOf(';', pos);
            value = trimmed(headerValue.sliced(pos, (end < 0 ? headerValue.size() : end) - pos))
                        .toByteArray();
            pos = end;
        }
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

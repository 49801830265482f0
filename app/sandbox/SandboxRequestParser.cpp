#include "SandboxRequestParser.h"

#include "util/FormEncoding.h"
#include "util/HeaderValue.h"
#include "util/JsonText.h"
#include "util/MultipartReader.h"
#include "util/Utf8Text.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

using Problem = SandboxRequestParser::BodyProblem;

SandboxRequestParser::ParsedBody failure(Problem problem)
{
    SandboxRequestParser::ParsedBody result;
    result.problem = problem;
    return result;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

} // namespace

SandboxRequestParser::ParsedBody SandboxRequestParser::parse(QByteArrayView contentType,
                                                             QByteArrayView body)
{
    const QByteArray type = HeaderValue::mediaType(contentType);
    if (type == "application/x-www-form-urlencoded")
        return parseForm(body);
    if (type == "application/json" || type.endsWith("+json"))
        return parseJson(body);
    if (type == "multipart/form-data")
        return parseMultipart(body, HeaderValue::parameter(contentType, "boundary"));
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

SandboxRequestParser::ParsedBody SandboxRequestParser::parseForm(QByteArrayView body)
{
    ParsedBody result;
    for (const FormEncoding::Pair &pair : FormEncoding::split(body)) {
        const FormEncoding::Decoded name = FormEncoding::decode(pair.name);
        const FormEncoding::Decoded value = FormEncoding::decode(pair.value);
        if (!name.valid || !value.valid)
            return failure(Problem::MalformedForm);
        if (!name.text.isEmpty())
            result.fields.insert(name.text, value.text);
    }
    return result;
}

SandboxRequestParser::ParsedBody SandboxRequestParser::parseJson(QByteArrayView body)
{
    QJsonParseError error;
    const QJsonDocument document = JsonText::parseDocument(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return failure(Problem::MalformedJson);

    ParsedBody result;
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

SandboxRequestParser::ParsedBody SandboxRequestParser::parseMultipart(QByteArrayView body,
                                                                      QByteArrayView boundary)
{
    const MultipartReader::Parts read = MultipartReader::read(body, boundary);
    if (!read.wellFormed)
        return failure(Problem::MalformedMultipart);
    ParsedBody result;
    for (const MultipartReader::Part &part : read.parts) {
        const std::optional<QString> content
            = Utf8Text::decode(body.sliced(part.contentStart, part.contentEnd - part.contentStart));
        const std::optional<QString> name = Utf8Text::decode(part.name);
        if (!content || !name)
            return failure(Problem::MalformedMultipart);
        result.fields.insert(*name, *content);
    }
    return result;
}

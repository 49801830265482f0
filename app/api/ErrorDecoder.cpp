#include "ErrorDecoder.h"

#include "ErrorCatalog.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

using Shape = DecodedResponse::Shape;

bool isBlank(const QByteArray &body)
{
    return std::all_of(body.cbegin(), body.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    });
}

// The start of the body as text, at most MaxRawText UTF-16 units. Only a prefix is decoded, so
// a huge body costs no more than a small one: a UTF-8 sequence of n bytes never yields more
// than n units, and 3 bytes always yield at least one, so 4 bytes per unit is always enough.
QString cappedText(const QByteArray &body)
{
    constexpr qsizetype cap = ErrorDecoder::MaxRawText;
    const QByteArrayView prefix = QByteArrayView(body).first(std::min(body.size(), cap * 4));
    QString text = QString::fromUtf8(prefix); // invalid sequences become U+FFFD
    if (text.size() > cap) {
        qsizetype keep = cap;
        if (text.at(keep - 1).isHighSurrogate())
            --keep; // never leave half of a surrogate pair behind
        text.truncate(keep);
    }
    return text;
}

QString stringField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString(); // wrong type: as if missing
}

// An integral JSON number that fits an int; anything else ("abc", 1.5, 1e300) is no code.
std::optional<int> intField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number
        || number < double(std::numeric_limits<int>::min())
        || number > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return static_cast<int>(number);
}

// {"status":"success", ...}: v2 at the top level, v1 inside "data".
bool decodeSuccess(const QJsonObject &object, Shape shape, DecodedResponse &result)
{
    const QString status = stringField(object, "status"_L1);
    if (status.compare(u"success", Qt::CaseInsensitive) != 0)
        return false;
    result.shape = shape;
    result.entry = ErrorCatalog::byRow(1);
    result.token = stringField(object, "token"_L1);
    result.refno = stringField(object, "refno"_L1);
    result.message = stringField(object, "message"_L1);
    return true;
}

// {"code":400,"errors":[{"message":...,"detail":...}]}: v2 at the top level, v1 inside "error".
bool decodeOtpError(const QJsonObject &object, Shape shape, DecodedResponse &result)
{
    const QJsonValue errors = object.value("errors"_L1);
    if (!errors.isArray())
        return false;
    result.shape = shape;

    // The first error that carries a message speaks for the answer; the service sends one.
    const QJsonArray list = errors.toArray();
    for (const QJsonValue &item : list) {
        if (!item.isObject())
            continue;
        const QJsonObject error = item.toObject();
        const QJsonValue message = error.value("message"_L1);
        if (!message.isString())
            continue;
        result.message = message.toString();
        if (error.contains("detail"_L1))
            result.detail = error.value("detail"_L1);
        break;
    }

    // "code" repeats the HTTP status; it stands in when the caller has none (e.g. a log).
    int httpStatus = result.httpStatus;
    if (httpStatus <= 0)
        httpStatus = intField(object, "code"_L1).value_or(0);
    if (!result.message.isEmpty())
        result.entry = ErrorCatalog::byMessage(result.message, httpStatus);
    return true;
}

// {"error":{"code":116,"name":"ERROR_...","description":"..."}}
bool decodeSmsApiError(const QJsonObject &error, DecodedResponse &result)
{
    const std::optional<int> code = intField(error, "code"_L1);
    const QString name = stringField(error, "name"_L1);
    const QString description = stringField(error, "description"_L1);
    if (!code && name.isEmpty() && description.isEmpty())
        return false;
    result.shape = Shape::SmsApiError;
    result.message = description;

    const int http = result.httpStatus;
    std::optional<ErrorEntry> entry;
    if (code == 0 && http != 200 && http != 201) {
        // Status 0 without the HTTP code that tells success from NO_ERROR: let the body's
        // name or description decide, if it names one of the two.
        for (const std::optional<ErrorEntry> &candidate :
             {ErrorCatalog::byName(name), ErrorCatalog::byMessage(description, http)}) {
            if (candidate && candidate->statusCode == 0) {
                entry = candidate;
                break;
            }
        }
    }
    if (!entry && code)
        entry = ErrorCatalog::byStatusCode(*code, http);
    if (!entry)
        entry = ErrorCatalog::byName(name);
    if (!entry)
        entry = ErrorCatalog::byMessage(description, http);
    result.entry = entry;
    return true;
}

} // namespace

DecodedResponse ErrorDecoder::decode(int httpStatus, const QByteArray &body)
{
    DecodedResponse result;
    result.httpStatus = httpStatus;

    // No body (or only line breaks): nothing to decode. The HTTP code alone is not turned into
    // an entry, even where it would fit one row; the caller explains an empty answer.
    if (isBlank(body)) {
        result.shape = Shape::Empty;
        return result;
    }

    result.rawText = cappedText(body);

    // QJsonDocument parses in linear time, rejects invalid UTF-8 and stops at 1024 levels of
    // nesting, so hostile bodies end up here rather than in a crash.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || (!document.isObject() && !document.isArray())) {
        result.shape = Shape::NotJson;
        return result;
    }
    if (document.isArray()) {
        result.shape = Shape::UnknownJson;
        return result;
    }

    const QJsonObject object = document.object();
    if (decodeSuccess(object, Shape::OtpV2Success, result))
        return result;
    const QJsonValue data = object.value("data"_L1);
    if (data.isObject() && decodeSuccess(data.toObject(), Shape::OtpV1Success, result))
        return result;
    if (decodeOtpError(object, Shape::OtpV2Error, result))
        return result;
    const QJsonValue wrapped = object.value("error"_L1);
    if (wrapped.isObject()) {
        const QJsonObject inner = wrapped.toObject();
        if (decodeOtpError(inner, Shape::OtpV1Error, result) || decodeSmsApiError(inner, result))
            return result;
    }

    result.shape = Shape::UnknownJson;
    return result;
}

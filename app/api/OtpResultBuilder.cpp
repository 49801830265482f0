#include "OtpResultBuilder.h"

#include "ErrorDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUtf8StringView>

using namespace Qt::Literals::StringLiterals;

namespace {

using Reason = OtpResult::Reason;
using Shape = DecodedResponse::Shape;

OtpResult base(OtpOperation operation, const OtpCallOptions &options, const ExchangeRecord &record)
{
    OtpResult result;
    result.operation = operation;
    result.options = options;
    result.record = record;
    result.httpStatus = record.hasResponse ? record.status : 0;
    return result;
}

void setReason(OtpResult &result, Reason reason, const QString &problem = {})
{
    result.reason = reason;
    result.outcome = OtpResult::outcomeOf(reason);
    result.problem = problem;
}

bool looksLikeHtml(const ExchangeRecord &record)
{
    const QByteArray type = record.responseHeader("Content-Type").toLower();
    if (type.contains("text/html") || type.contains("application/xhtml"))
        return true;
    const QByteArray start = record.responseBody.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html")
        || start.contains("<title") || start.contains("<body");
}

bool isInvalidParameter(const QString &message)
{
    QString text = message.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text.compare(u"Invalid Parameter", Qt::CaseInsensitive) == 0;
}

// The success object (v2 at the top level, v1 inside "data"): the field that is present but
// unusable, or empty when the fields are fine.
QString badSuccessField(OtpOperation operation, const QByteArray &body, Shape shape)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    if (shape == Shape::OtpV1Success)
        object = object.value("data"_L1).toObject();
    if (operation == OtpOperation::Request) {
        const QJsonValue token = object.value("token"_L1);
        if (!token.isString() || token.toString().trimmed().isEmpty())
            return u"token"_s;
    }
    for (const QLatin1StringView key : {"refno"_L1, "message"_L1}) {
        if (object.contains(key) && !object.value(key).isString())
            return key;
    }
    return {};
}

// A body that is not a JSON object: damaged text, a web page, or JSON that does not parse.
void judgeNotJson(OtpResult &result)
{
    const ExchangeRecord &record = result.record;
    const QByteArray &body = record.responseBody;
    if (!QUtf8StringView(body).isValidUtf8()) {
        setReason(result, Reason::InvalidUtf8);
    } else if (looksLikeHtml(record)) {
        setReason(result, Reason::HtmlPage, OtpResultBuilder::htmlTitle(body));
    } else {
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        const QString why = error.error == QJsonParseError::NoError
            ? OtpResultBuilder::tr("a JSON value that is not an object")
            : OtpResultBuilder::tr("%1 at byte %2").arg(error.errorString()).arg(error.offset);
        setReason(result, Reason::NotJson, why);
    }
}

// A success body counts only with a 2xx status and usable fields.
void judgeSuccess(OtpResult &result, const DecodedResponse &decoded)
{
    const int status = result.record.status;
    if (status < 200 || status >= 300) {
        setReason(result, Reason::UnexpectedStatus);
        return;
    }
    if (const QString bad
        = badSuccessField(result.operation, result.record.responseBody, decoded.shape);
        !bad.isEmpty()) {
        setReason(result, Reason::MissingField, bad);
        return;
    }
    result.token = decoded.token;
    result.refno = decoded.refno;
    if (result.operation == OtpOperation::Verify)
        result.entry = decoded.entry; // "Code is correct"; a request's success has no row
    setReason(result, Reason::None);
}

void judgeError(OtpResult &result, const DecodedResponse &decoded)
{
    result.entry = decoded.entry;
    if (decoded.entry && decoded.entry->isSuccess()) {
        // "Code is correct." listed under HTTP 400: the catalog says to take it as verified.
        if (result.operation == OtpOperation::Verify) {
            setReason(result, Reason::None);
        } else {
            result.entry.reset();
            setReason(result, Reason::MissingField, u"token"_s);
        }
        return;
    }
    if (decoded.entry)
        setReason(result, Reason::CatalogError);
    else if (isInvalidParameter(decoded.message))
        setReason(result, Reason::InvalidParameter);
    else
        setReason(result, Reason::UnknownApiError);
}

} // namespace

QString OtpResultBuilder::htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(u"<title[^>]*>([^<]*)</title"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(body.left(64 * 1024)));
    if (!match.hasMatch())
        return {};
    return match.captured(1).simplified().left(120);
}

OtpResult OtpResultBuilder::failure(OtpOperation operation, const OtpCallOptions &options,
                                    const ExchangeRecord &record, OtpResult::Reason reason,
                                    const QString &problem)
{
    OtpResult result = base(operation, options, record);
    setReason(result, reason, problem);
    return result;
}

OtpResult OtpResultBuilder::fromResponse(OtpOperation operation, const OtpCallOptions &options,
                                         const ExchangeRecord &record)
{
    OtpResult result = base(operation, options, record);
    const int status = record.status;
    if (record.responseTruncated) {
        setReason(result, Reason::TooLarge);
        return result;
    }
    if (status >= 300 && status < 400) {
        setReason(result, Reason::Redirect, QString::fromLatin1(record.responseHeader("Location")));
        return result;
    }

    const DecodedResponse decoded = ErrorDecoder::decode(status, record.responseBody);
    result.message = decoded.message;
    result.detail = decoded.detail;
    switch (decoded.shape) {
    case Shape::Empty:
        setReason(result, Reason::EmptyBody);
        break;
    case Shape::NotJson:
        judgeNotJson(result);
        break;
    case Shape::UnknownJson:
        setReason(result, Reason::UnknownJson);
        break;
    case Shape::OtpV2Success:
    case Shape::OtpV1Success:
        judgeSuccess(result, decoded);
        break;
    case Shape::OtpV2Error:
    case Shape::OtpV1Error:
    case Shape::SmsApiError:
        judgeError(result, decoded);
        break;
    }
    return result;
}

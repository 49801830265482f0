#include "OtpResult.h"

#include "ErrorCatalog.h"
#include "OtpResultSummary.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = OtpResult::Outcome;
using Reason = OtpResult::Reason;

struct ReasonInfo {
    Reason reason;
    Outcome outcome;
    const char16_t *id;
};

constexpr ReasonInfo Reasons[] = {
    {Reason::None, Outcome::Success, u"none"},
    {Reason::CatalogError, Outcome::ApiError, u"catalog-error"},
    {Reason::InvalidParameter, Outcome::ApiError, u"invalid-parameter"},
    {Reason::UnknownApiError, Outcome::ApiError, u"unknown-api-error"},
    {Reason::EmptyBody, Outcome::InvalidResponse, u"empty-body"},
    {Reason::HtmlPage, Outcome::InvalidResponse, u"html-page"},
    {Reason::NotJson, Outcome::InvalidResponse, u"not-json"},
    {Reason::InvalidUtf8, Outcome::InvalidResponse, u"invalid-utf8"},
    {Reason::UnknownJson, Outcome::InvalidResponse, u"unknown-json"},
    {Reason::MissingField, Outcome::InvalidResponse, u"missing-field"},
    {Reason::UnexpectedStatus, Outcome::InvalidResponse, u"unexpected-status"},
    {Reason::Redirect, Outcome::InvalidResponse, u"redirect"},
    {Reason::TooLarge, Outcome::InvalidResponse, u"too-large"},
    {Reason::RefusedUrl, Outcome::TransportError, u"refused-url"},
    {Reason::ConnectionRefused, Outcome::TransportError, u"connection-refused"},
    {Reason::HostNotFound, Outcome::TransportError, u"host-not-found"},
    {Reason::TlsError, Outcome::TransportError, u"tls-error"},
    {Reason::ConnectionClosed, Outcome::TransportError, u"connection-closed"},
    {Reason::NetworkError, Outcome::TransportError, u"network-error"},
    {Reason::Timeout, Outcome::Timeout, u"timeout"},
    {Reason::Cancelled, Outcome::Cancelled, u"cancelled"},
};

const ReasonInfo *infoOf(Reason reason)
{
    for (const ReasonInfo &info : Reasons) {
        if (info.reason == reason)
            return &info;
    }
    return nullptr;
}

} // namespace

QString OtpResult::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return u"success"_s;
    case Outcome::ApiError:
        return u"api-error"_s;
    case Outcome::TransportError:
        return u"transport-error"_s;
    case Outcome::Timeout:
        return u"timeout"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    case Outcome::InvalidResponse:
        return u"invalid-response"_s;
    }
    return {};
}

std::optional<OtpResult::Outcome> OtpResult::outcomeFromId(QStringView id)
{
    for (Outcome outcome : {Outcome::Success, Outcome::ApiError, Outcome::TransportError,
                            Outcome::Timeout, Outcome::Cancelled, Outcome::InvalidResponse}) {
        if (outcomeId(outcome) == id)
            return outcome;
    }
    return std::nullopt;
}

QString OtpResult::reasonId(Reason reason)
{
    const ReasonInfo *info = infoOf(reason);
    return info ? QString::fromUtf16(info->id) : QString();
}

std::optional<OtpResult::Reason> OtpResult::reasonFromId(QStringView id)
{
    for (const ReasonInfo &info : Reasons) {
        if (id == QStringView(info.id))
            return info.reason;
    }
    return std::nullopt;
}

OtpResult::Outcome OtpResult::outcomeOf(Reason reason)
{
    const ReasonInfo *info = infoOf(reason);
    return info ? info->outcome : Outcome::TransportError;
}

QString OtpResult::outcomeText() const
{
    switch (outcome) {
    case Outcome::Success:
        return tr("Success");
    case Outcome::ApiError:
        return tr("API error");
    case Outcome::TransportError:
        return tr("Transport error");
    case Outcome::Timeout:
        return tr("Timeout");
    case Outcome::Cancelled:
        return tr("Cancelled");
    case Outcome::InvalidResponse:
        return tr("Invalid response");
    }
    return {};
}

QStringList OtpResult::invalidFields() const
{
    // The sandbox and the service send {"msisdn":"invalid"}; arrays of names or of
    // {"field":...,"message":...} objects are taken too.
    QStringList fields;
    const auto describe = [](const QString &name, const QString &problem) {
        return problem.isEmpty() ? name : u"%1 (%2)"_s.arg(name, problem);
    };
    if (detail.isObject()) {
        const QJsonObject object = detail.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString problem;
            if (it.value().isString())
                problem = it.value().toString();
            else if (it.value().isArray() && it.value().toArray().first().isString())
                problem = it.value().toArray().first().toString();
            fields << describe(it.key(), problem);
        }
    } else if (detail.isArray()) {
        for (const QJsonValue &item : detail.toArray()) {
            if (item.isString()) {
                fields << item.toString();
            } else if (item.isObject()) {
                const QJsonObject object = item.toObject();
                QString name = object.value("field"_L1).toString();
                if (name.isEmpty())
                    name = object.value("param"_L1).toString();
                if (name.isEmpty())
                    name = object.value("name"_L1).toString();
                if (!name.isEmpty())
                    fields << describe(name, object.value("message"_L1).toString());
            }
        }
    }
    return fields;
}

QString OtpResult::summary() const
{
    return OtpResultSummary::of(*this);
}

QString OtpResult::historyOutcome() const
{
    if (outcome == Outcome::Success)
        return u"success"_s;
    if (reason == Reason::CatalogError && entry)
        return entry->displayName();
    if ((reason == Reason::InvalidParameter || reason == Reason::UnknownApiError)
        && !message.isEmpty())
        return message.left(100);
    return reasonId(reason);
}

QJsonObject OtpResult::toJson() const
{
    QJsonObject object{{u"operation"_s, operationId(operation)},
                       {u"apiVersion"_s, apiVersionId(options.version)},
                       {u"bodyFormat"_s, bodyFormatId(options.bodyFormat)},
                       {u"timeoutMs"_s, options.timeoutMs},
                       {u"outcome"_s, outcomeId(outcome)},
                       {u"reason"_s, reasonId(reason)},
                       {u"summary"_s, summary()},
                       {u"record"_s, record.toJson()}};
    if (httpStatus > 0)
        object.insert(u"httpStatus"_s, httpStatus);
    if (const std::optional<double> latency = latencyMs())
        object.insert(u"latencyMs"_s, qRound(*latency * 1000) / 1000.0);
    if (!token.isEmpty())
        object.insert(u"token"_s, token);
    if (!refno.isEmpty())
        object.insert(u"refno"_s, refno);
    if (!message.isEmpty())
        object.insert(u"message"_s, message);
    if (!detail.isUndefined() && !detail.isNull())
        object.insert(u"detail"_s, detail);
    if (entry) {
        object.insert(u"entry"_s,
                      QJsonObject{{u"row"_s, entry->row},
                                  {u"http"_s, entry->httpStatus},
                                  {u"status"_s, entry->statusCode},
                                  {u"name"_s, entry->displayName()},
                                  {u"description"_s, entry->description()},
                                  {u"descriptionEn"_s, entry->descriptionEn},
                                  {u"hint"_s, entry->hint()}});
    }
    if (!problem.isEmpty())
        object.insert(u"problem"_s, problem);
    return object;
}

std::optional<OtpResult> OtpResult::fromJson(const QJsonObject &object, QString *error)
{
    OtpResult result;
    const std::optional<OtpOperation> operation
        = operationFromId(object.value("operation"_L1).toString());
    const std::optional<Reason> reason = reasonFromId(object.value("reason"_L1).toString());
    if (!operation || !reason) {
        if (error)
            *error = tr("This is not a saved OTP result: its operation or reason is unknown.");
        return std::nullopt;
    }
    const std::optional<ExchangeRecord> record
        = ExchangeRecord::fromJson(object.value("record"_L1).toObject(), error);
    if (!record)
        return std::nullopt;
    result.operation = *operation;
    result.reason = *reason;
    result.outcome = outcomeOf(*reason);
    result.options.version
        = apiVersionFromId(object.value("apiVersion"_L1).toString()).value_or(ApiVersion::V2);
    result.options.bodyFormat
        = bodyFormatFromId(object.value("bodyFormat"_L1).toString()).value_or(BodyFormat::Form);
    result.options.timeoutMs = object.value("timeoutMs"_L1).toInt(OtpCallOptions::DefaultTimeoutMs);
    result.httpStatus = object.value("httpStatus"_L1).toInt();
    result.token = object.value("token"_L1).toString();
    result.refno = object.value("refno"_L1).toString();
    result.message = object.value("message"_L1).toString();
    result.detail = object.value("detail"_L1);
    if (result.detail.isUndefined())
        result.detail = QJsonValue();
    const QJsonValue entry = object.value("entry"_L1);
    if (entry.isObject())
        result.entry = ErrorCatalog::byRow(entry.toObject().value("row"_L1).toInt());
    result.problem = object.value("problem"_L1).toString();
    result.record = *record;
    return result;
}

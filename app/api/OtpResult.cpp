#include "OtpResult.h"

#include "ErrorCatalog.h"
#include "OtpResultSummary.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = OtpResult::Outcome;
using Reason = OtpResult::Reason;

} // namespace

OtpResult::Outcome OtpResult::outcomeOf(Reason reason)
{
    for (const ReasonInfo &info : Reasons) {
        if (info.reason == reason)
            return info.outcome;
    }
    return Outcome::TransportError;
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
    return enumId(reason);
}

QString OtpResult::historyOutcomeText(const QString &stored)
{
    if (stored == u"success")
        return reasonText(Reason::None);
    if (const std::optional<Reason> reason = enumFromId<Reason>(stored))
        return reasonText(*reason);
    return stored;
}

QStringList OtpResult::historyOutcomesShowing(const QString &text)
{
    QStringList stored;
    if (text.isEmpty())
        return stored;
    for (const Reason reason : enumValues<Reason>()) {
        if (reasonText(reason).contains(text, Qt::CaseInsensitive))
            stored << (reason == Reason::None ? u"success"_s : enumId(reason));
    }
    return stored;
}

QString OtpResult::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return tr("Success");
    case Reason::CatalogError:
        return tr("API error");
    case Reason::InvalidParameter:
        return tr("Invalid parameter");
    case Reason::UnknownApiError:
        return tr("Unknown API error");
    case Reason::EmptyBody:
        return tr("Empty answer");
    case Reason::HtmlPage:
        return tr("HTML page instead of JSON");
    case Reason::NotJson:
        return tr("Not JSON");
    case Reason::InvalidUtf8:
        return tr("Not valid UTF-8");
    case Reason::UnknownJson:
        return tr("Unknown JSON answer");
    case Reason::MissingField:
        return tr("Field missing in the answer");
    case Reason::UnexpectedStatus:
        return tr("Unexpected HTTP status");
    case Reason::Redirect:
        return tr("Redirected");
    case Reason::TooLarge:
        return tr("Answer too large");
    case Reason::RefusedUrl:
        return tr("URL refused, nothing sent");
    case Reason::ConnectionRefused:
        return tr("Connection refused");
    case Reason::HostNotFound:
        return tr("Host not found");
    case Reason::TlsError:
        return tr("TLS error");
    case Reason::ConnectionClosed:
        return tr("Connection closed");
    case Reason::NetworkError:
        return tr("Network error");
    case Reason::Timeout:
        return tr("Timeout");
    case Reason::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QJsonObject OtpResult::toJson() const
{
    QJsonObject object{{u"operation"_s, enumId(operation)},
                       {u"apiVersion"_s, enumId(options.version)},
                       {u"bodyFormat"_s, enumId(options.bodyFormat)},
                       {u"timeoutMs"_s, options.timeoutMs},
                       {u"outcome"_s, enumId(outcome)},
                       {u"reason"_s, enumId(reason)},
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
        = enumFromId<OtpOperation>(object.value("operation"_L1).toString());
    const std::optional<Reason> reason = enumFromId<Reason>(object.value("reason"_L1).toString());
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
        = enumFromId<ApiVersion>(object.value("apiVersion"_L1).toString()).value_or(ApiVersion::V2);
    result.options.bodyFormat = enumFromId<BodyFormat>(object.value("bodyFormat"_L1).toString())
                                    .value_or(BodyFormat::Form);
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

#include "OtpResult.h"

#include "ErrorCatalog.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = OtpResult::Outcome;
using Reason = OtpResult::Reason;

struct ReasonInfo {
    Reason reason;
    Outcome outcome;
};

constexpr ReasonInfo Reasons[] = {
    {Reason::None, Outcome::Success},
    {Reason::CatalogError, Outcome::ApiError},
    {Reason::InvalidParameter, Outcome::ApiError},
    {Reason::UnknownApiError, Outcome::ApiError},
    {Reason::EmptyBody, Outcome::InvalidResponse},
    {Reason::HtmlPage, Outcome::InvalidResponse},
    {Reason::NotJson, Outcome::InvalidResponse},
    {Reason::InvalidUtf8, Outcome::InvalidResponse},
    {Reason::UnknownJson, Outcome::InvalidResponse},
    {Reason::MissingField, Outcome::InvalidResponse},
    {Reason::UnexpectedStatus, Outcome::InvalidResponse},
    {Reason::Redirect, Outcome::InvalidResponse},
    {Reason::TooLarge, Outcome::InvalidResponse},
    {Reason::RefusedUrl, Outcome::TransportError},
    {Reason::ConnectionRefused, Outcome::TransportError},
    {Reason::HostNotFound, Outcome::TransportError},
    {Reason::TlsError, Outcome::TransportError},
    {Reason::ConnectionClosed, Outcome::TransportError},
    {Reason::NetworkError, Outcome::TransportError},
    {Reason::Timeout, Outcome::Timeout},
    {Reason::Cancelled, Outcome::Cancelled},
};

const ReasonInfo *infoOf(Reason reason)
{
    for (const ReasonInfo &info : Reasons) {
        if (info.reason == reason)
            return &info;
    }
    return nullptr;
}

QString withoutFinalPeriod(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// "host:port" of the call, the port written out even when it is the scheme's default.
QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    QString host = url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return host + u':' + QString::number(port);
}

QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0, 'g', 3);
}

QString kibibytes(qint64 bytes)
{
    return QLocale().toString(bytes / 1024.0, 'f', 0);
}

} // namespace

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
    const QUrl &url = record.url;
    const int status = httpStatus;
    switch (reason) {
    case Reason::None: {
        if (operation == OtpOperation::Verify) {
            const ErrorEntry success = entry.value_or(*ErrorCatalog::byRow(1));
            //: Summary of a result: the catalog's description, then its hint.
            return tr("%1. %2").arg(withoutFinalPeriod(success.description()), success.hint());
        }
        if (refno.isEmpty()) {
            return tr("OTP sent: token %1 (no reference number; API v1 sends none). Verify the "
                      "code the user types with this token.")
                .arg(token);
        }
        return tr("OTP sent: token %1, reference %2. Verify the code the user types with this "
                  "token.")
            .arg(token, refno);
    }
    case Reason::CatalogError: {
        if (!entry)
            break;
        QString text = tr("%1. %2").arg(withoutFinalPeriod(entry->description()), entry->hint());
        if (status >= 200 && status < 300) {
            text += u' '
                + tr("(The error arrived with HTTP %1; the service normally sends it with %2.)")
                      .arg(status)
                      .arg(entry->httpStatus);
        }
        return text;
    }
    case Reason::InvalidParameter: {
        const QStringList fields = invalidFields();
        if (fields.isEmpty()) {
            return tr("Invalid Parameter: the service did not say which field. Check that key, "
                      "secret and %1 are all sent and not empty, then send again.")
                .arg(operation == OtpOperation::Request ? u"msisdn"_s : u"token, pin"_s);
        }
        return tr("Invalid Parameter: %1. Correct these fields and send again (msisdn: "
                  "0812345678, 66812345678 or +66812345678).")
            .arg(fields.join(u", "_s));
    }
    case Reason::UnknownApiError:
        if (message.isEmpty()) {
            return tr("HTTP %1: an error body without a message. The answer does not say what "
                      "went wrong; check the request and the base URL.")
                .arg(status);
        }
        return tr("HTTP %1: the service answered “%2”, which is not in the catalog of the "
                  "vendor's codes. Check the request fields; ask ThaiBulkSMS support if it "
                  "persists.")
            .arg(QString::number(status), message);
    case Reason::EmptyBody:
        if (status >= 500) {
            return tr("HTTP %1 with an empty body: the server or a proxy in front of it failed "
                      "before the OTP API could answer. Retry later; if it persists, check the "
                      "base URL.")
                .arg(status);
        }
        return tr("HTTP %1 with an empty body: this is not an answer of the OTP API. Check the "
                  "base URL and the API version.")
            .arg(status);
    case Reason::HtmlPage:
        return tr("HTTP %1 with an HTML page (“%2”) instead of the API's JSON: a web server, "
                  "proxy or gateway answered, not the OTP API. Check the base URL; retry later "
                  "if it is a 5xx.")
            .arg(QString::number(status), problem.isEmpty() ? tr("untitled") : problem);
    case Reason::NotJson:
        return tr("HTTP %1 with a body that is not valid JSON (%2): the answer is cut off or not "
                  "from the OTP API. Check the base URL; retry if the connection is unstable.")
            .arg(QString::number(status), problem);
    case Reason::InvalidUtf8:
        return tr("HTTP %1 with a body that is not valid UTF-8 text: the answer is damaged or "
                  "not from the OTP API. Check the base URL and any proxy in between.")
            .arg(status);
    case Reason::UnknownJson:
        return tr("HTTP %1 with JSON the OTP API never sends: the server is not the OTP API, or "
                  "speaks another version. Check the base URL and the API version (v1/v2).")
            .arg(status);
    case Reason::MissingField:
        return tr("HTTP %1 says success, but “%2” is missing or not a string: the answer cannot "
                  "be used. Check that the base URL points to the OTP API.")
            .arg(QString::number(status), problem);
    case Reason::UnexpectedStatus:
        return tr("The body says success but the status is HTTP %1: the answer contradicts "
                  "itself, so it is treated as failed. Check the server at the base URL.")
            .arg(status);
    case Reason::Redirect:
        if (problem.isEmpty()) {
            return tr("HTTP %1 redirect without a Location, not followed: use the final address "
                      "of the API as the base URL.")
                .arg(status);
        }
        return tr("HTTP %1 redirect to %2, not followed (a redirect could drop the body or send "
                  "the App Secret elsewhere): use the final address as the base URL.")
            .arg(QString::number(status), problem);
    case Reason::TooLarge:
        return tr("The answer is larger than %1 KiB, so reading stopped: no OTP answer is that "
                  "big. Check that the base URL points to the OTP API.")
            .arg(kibibytes(ExchangeRecord::MaxBodySize));
    case Reason::RefusedUrl:
        return problem;
    case Reason::ConnectionRefused:
        return tr("Connection refused at %1: nothing listens there. Start the server (for a "
                  "Sandbox app: the sandbox), or correct the host and port.")
            .arg(hostAndPort(url));
    case Reason::HostNotFound:
        return tr("The host name %1 could not be resolved (DNS): check the spelling of the URL "
                  "and the network connection.")
            .arg(url.host());
    case Reason::TlsError:
        return tr("TLS problem with %1: %2. Nothing was sent; fix the server's certificate or "
                  "use the host name it is issued for (certificate errors are never ignored).")
            .arg(hostAndPort(url), problem);
    case Reason::ConnectionClosed:
        if (record.hasResponse) {
            return tr("The connection to %1 was closed after HTTP %2 and %3 bytes, before the "
                      "whole answer arrived (%4). Retry; if it persists, check the server or the "
                      "proxy in between.")
                .arg(hostAndPort(url), QString::number(status),
                     QString::number(record.responseBodySize), problem);
        }
        return tr("The connection to %1 was closed before an answer arrived (%2). Retry; if it "
                  "persists, check the server or the proxy in between.")
            .arg(hostAndPort(url), problem);
    case Reason::NetworkError:
        return tr("Network error calling %1: %2. Check the network connection and the URL, then "
                  "retry.")
            .arg(hostAndPort(url), problem);
    case Reason::Timeout: {
        const QString limit = seconds(options.timeoutMs);
        if (!record.requestSentMs) {
            return tr("Timeout after %1 s: no connection to %2 could be made in time. Check that "
                      "the server is reachable, then retry or raise the timeout.")
                .arg(limit, hostAndPort(url));
        }
        if (!record.hasResponse) {
            return tr("Timeout after %1 s: %2 accepted the request but did not answer. The server "
                      "is stuck or very slow; retry, or raise the timeout.")
                .arg(limit, hostAndPort(url));
        }
        return tr("Timeout after %1 s: the answer was still arriving (%2 bytes so far). The "
                  "server or the network is too slow; retry, or raise the timeout.")
            .arg(limit, QString::number(record.responseBodySize));
    }
    case Reason::Cancelled:
        return tr("Cancelled before the answer arrived; nothing is known about the outcome. "
                  "Send the call again if needed.");
    }
    return tr("The call failed: %1").arg(problem);
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

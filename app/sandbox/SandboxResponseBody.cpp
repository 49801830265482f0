#include "SandboxResponseBody.h"

#include "api/ErrorCatalog.h"
#include "api/ErrorEntry.h"
#include "util/JsonText.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray wrap(ApiVersion version, const char *wrapper, const QByteArray &body)
{
    if (version == ApiVersion::V2)
        return body;
    return "{\""_ba + wrapper + "\":" + body + '}';
}

// Every string of these bodies goes through the one escaper, written as QJsonDocument would.
QByteArray jsonString(QStringView text)
{
    return JsonText::string(text);
}

} // namespace

QByteArray SandboxResponseBody::requestSuccess(ApiVersion version, const QString &token,
                                               const QString &refno)
{
    if (version == ApiVersion::V1)
        return "{\"data\":{\"status\":\"success\",\"token\":"_ba + jsonString(token) + "}}";
    return "{\"status\":\"success\",\"token\":"_ba + jsonString(token)
        + ",\"refno\":" + jsonString(refno) + '}';
}

QByteArray SandboxResponseBody::verifySuccess(ApiVersion version)
{
    return wrap(version, "data",
                "{\"status\":\"success\",\"message\":"_ba
                    + jsonString(QString::fromLatin1(CodeCorrect)) + '}');
}

QByteArray SandboxResponseBody::error(ApiVersion version, int httpStatus, const QString &message,
                                      const QByteArray &detailJson)
{
    QByteArray body = "{\"code\":"_ba + QByteArray::number(httpStatus)
        + ",\"errors\":[{\"message\":" + jsonString(message);
    if (!detailJson.isEmpty())
        body += ",\"detail\":"_ba + detailJson;
    body += "}]}";
    return wrap(version, "error", body);
}

QByteArray SandboxResponseBody::detail(const QList<std::pair<QString, QString>> &problems)
{
    QByteArray body = "{"_ba;
    for (const auto &[field, problem] : problems) {
        if (body.size() > 1)
            body += ',';
        body += jsonString(field) + ':' + jsonString(problem);
    }
    return body + '}';
}

QByteArray SandboxResponseBody::catalogEntry(ApiVersion version, const ErrorEntry &entry)
{
    const QByteArray body = ErrorCatalog::exampleBody(entry);
    if (entry.row == 1)
        return wrap(version, "data", body); // the verify success
    if (!entry.hasName())
        return wrap(version, "error", body); // the four OTP rows
    return body; // the SMS-API shape has no v1/v2 variant
}

QByteArray SandboxResponseBody::health(int apps, int pendingTokens)
{
    return "{\"status\":\"ok\",\"version\":"_ba
        + jsonString(QString::fromLatin1(OTP_VERSION_STRING))
        + ",\"apps\":" + QByteArray::number(apps)
        + ",\"pendingTokens\":" + QByteArray::number(pendingTokens) + '}';
}

#include "SandboxEventLines.h"

#include "domain/OtpAppConfig.h"
#include "domain/OtpMessage.h"
#include "sandbox/SandboxRequestRecord.h"
#include "services/WebhookFailure.h"
#include "util/JsonLine.h"

using namespace Qt::Literals::StringLiterals;

QByteArray SandboxEventLines::sms(const OtpMessage &message)
{
    return JsonLine()
        .add("event", u"sms"_s)
        .add("app", message.appName)
        .add("appId", message.appId.toString(QUuid::WithoutBraces))
        .add("msisdn", message.msisdn)
        .add("text", message.text)
        .add("code", message.code)
        .add("refno", message.refno)
        .add("token", message.token)
        .add("createdAt", message.createdAt)
        .add("expiresAt", message.expiresAt)
        .finish();
}

QByteArray SandboxEventLines::request(const SandboxRequestRecord &record)
{
    return JsonLine()
        .add("event", u"request"_s)
        .add("method", record.method)
        .add("path", record.path)
        .add("status", qint64(record.status))
        .add("ms", record.elapsedMs, 2)
        .finish();
}

QJsonObject SandboxEventLines::listening(const QString &url, const QString &apiToken)
{
    QJsonObject line{{u"event"_s, u"listening"_s}, {u"url"_s, url}};
    if (!apiToken.isEmpty())
        line.insert(u"apiToken"_s, apiToken);
    return line;
}

QJsonObject SandboxEventLines::app(const OtpAppConfig &app, const QString &generatedSecret)
{
    QJsonObject line{{u"event"_s, u"app"_s}, {u"app"_s, app.name}, {u"key"_s, app.appKey}};
    if (!generatedSecret.isEmpty())
        line.insert(u"secret"_s, generatedSecret);
    return line;
}

QJsonObject SandboxEventLines::stopped(int signalNumber)
{
    return {{u"event"_s, u"stopped"_s}, {u"signal"_s, signalNumber}};
}

QByteArray SandboxEventLines::webhookFailed(const WebhookFailure &failure)
{
    return JsonLine()
        .add("event", u"webhook-failed"_s)
        .add("url", failure.url.toString())
        .add("messageId", failure.messageId)
        .add("attempts", qint64(failure.attempts))
        .add("httpStatus", qint64(failure.httpStatus))
        .add("error", failure.error)
        .finish();
}

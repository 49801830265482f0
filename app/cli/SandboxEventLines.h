#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

struct OtpAppConfig;
struct OtpMessage;
struct SandboxRequestRecord;
struct WebhookFailure;

// The JSON lines `otpctl sandbox` prints (docs/otpctl.md). The two that come once per request
// under load, sms and request, are written field by field (JsonLine), newline included; the
// others are objects for CliOutput::jsonLine().
class SandboxEventLines
{
public:
    static QByteArray sms(const OtpMessage &message);
    static QByteArray request(const SandboxRequestRecord &record);

    // apiToken: a generated control API token, shown this once; empty for none.
    static QJsonObject listening(const QString &url, const QString &apiToken = {});
    // generatedSecret: fake, local-only credentials made for an app that came without them,
    // shown this once; empty for any other app (no line ever holds a stored secret).
    static QJsonObject app(const OtpAppConfig &app, const QString &generatedSecret = {});
    static QJsonObject stopped(int signalNumber);
    // A webhook delivery given up: {"event":"webhook-failed","url":…,"messageId":N,
    // "attempts":N,"httpStatus":N,"error":…}.
    static QByteArray webhookFailed(const WebhookFailure &failure);
};

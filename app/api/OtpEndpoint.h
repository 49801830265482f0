#pragma once

#include "domain/ApiVersion.h"
#include "domain/OtpAppConfig.h"
#include "domain/OtpOperation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where an OTP app's calls go, and whether they may go there at all. The App Secret travels in
// the body, so a base URL must be https, or plain http only to this computer; anything else is
// refused before a byte is sent.
class OtpEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(OtpEndpoint)

public:
    static QUrl defaultLiveBaseUrl(); // https://otp.thaibulksms.com

    // Sandbox apps go to sandboxUrl (empty: the sandbox is not running), Live apps to
    // liveBaseUrl (empty: the vendor's), Custom apps to their own base URL.
    static Result<QUrl> forApp(const OtpAppConfig &app, const QUrl &sandboxUrl,
                               const QUrl &liveBaseUrl = {});
    // The policy alone: a usable http(s) URL with a host, https or http to loopback.
    static Result<QUrl> check(const QUrl &baseUrl);

    // base + "/v2/otp/request" (a path in the base URL is kept: https://proxy/otp/v2/...).
    static QUrl callUrl(const QUrl &baseUrl, OtpOperation operation, ApiVersion version);

    // localhost, 127.0.0.0/8, ::1 (also as an IPv4-mapped address).
    static bool isLoopbackHost(const QString &host);
};

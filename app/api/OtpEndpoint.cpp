#include "OtpEndpoint.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

QUrl OtpEndpoint::defaultLiveBaseUrl()
{
    return QUrl(u"https://otp.thaibulksms.com"_s);
}

bool OtpEndpoint::isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1); // "localhost." is the same name
    if (name == u"localhost" || name.endsWith(u".localhost"))
        return true;
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:127.0.0.1
    if (isV4)
        return (v4 >> 24) == 127;
    return address.isLoopback();
}

Result<QUrl> OtpEndpoint::check(const QUrl &baseUrl)
{
    const QString shown = baseUrl.toDisplayString();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        return Result<QUrl>::failure(
            tr("“%1” is not a usable base URL: write it as https://host[:port], for "
               "example https://otp.thaibulksms.com.")
                .arg(shown));
    }
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"https" && scheme != u"http") {
        return Result<QUrl>::failure(tr("“%1” is not an http or https URL: write the base URL as "
                                        "https://host[:port].")
                                         .arg(shown));
    }
    if (scheme == u"http" && !isLoopbackHost(baseUrl.host())) {
        return Result<QUrl>::failure(
            tr("Not sent: %1 is plain http to another computer, so the App Secret "
               "would travel unencrypted. Use https, or plain http only to this "
               "computer (localhost, 127.0.0.1, ::1).")
                .arg(shown));
    }
    if (!baseUrl.userInfo().isEmpty()) {
        return Result<QUrl>::failure(
            tr("Not sent: %1 carries a user name or password; remove it from the "
               "base URL (the OTP API takes its credentials in the body).")
                .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo)));
    }
    QUrl clean = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    return Result<QUrl>::success(clean);
}

Result<QUrl> OtpEndpoint::forApp(const OtpAppConfig &app, const QUrl &sandboxUrl,
                                 const QUrl &liveBaseUrl)
{
    switch (app.environment) {
    case Environment::Sandbox:
        if (sandboxUrl.isEmpty()) {
            return Result<QUrl>::failure(
                tr("“%1” is a Sandbox app, but the sandbox is not running: start the "
                   "sandbox (or give its URL), then try again.")
                    .arg(app.name));
        }
        return check(sandboxUrl);
    case Environment::Live:
        return check(liveBaseUrl.isEmpty() ? defaultLiveBaseUrl() : liveBaseUrl);
    case Environment::Custom:
        if (app.baseUrl.isEmpty()) {
            return Result<QUrl>::failure(
                tr("“%1” is a Custom app without a base URL: edit the app and enter "
                   "the server's https URL.")
                    .arg(app.name));
        }
        return check(app.baseUrl);
    }
    return Result<QUrl>::failure(tr("“%1” has an unknown environment.").arg(app.name));
}

QUrl OtpEndpoint::callUrl(const QUrl &baseUrl, OtpOperation operation, ApiVersion version)
{
    QString path = baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    path += u'/' + enumId(version) + u"/otp/"_s + enumId(operation);
    QUrl url = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(path);
    return url;
}

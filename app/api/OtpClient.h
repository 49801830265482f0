#pragma once

#include "OtpCall.h"
#include "OtpCallOptions.h"
#include "domain/OtpAppConfig.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// The OTP API client: request and verify for an app (its environment picks the URL) or for a
// bare base URL and key. Asynchronous on QNetworkAccessManager; each call returns an OtpCall
// that emits finished(OtpResult). Sets every header itself, never follows a redirect, reads at
// most 1 MiB, never ignores a TLS error, and applies the timeout to the whole call. The App
// Secret is a parameter (callers read it from the SecretStore) and never reaches the record.
// Use from one thread, the one it lives in.
class OtpClient : public QObject
{
    Q_OBJECT

public:
    using Field = QPair<QString, QString>;

    // With a network manager of its own, which goes direct to loopback hosts and through the
    // system's proxy elsewhere.
    explicit OtpClient(QObject *parent = nullptr);
    // With the caller's manager (tests, a shared one); its proxy settings are left alone.
    explicit OtpClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OtpClient() override;

    static QByteArray userAgent(); // "OTP-Manager/<version>"

    // Where Sandbox apps go: the running sandbox's URL (empty: not running).
    void setSandboxUrl(const QUrl &url) { m_sandboxUrl = url; }
    QUrl sandboxUrl() const { return m_sandboxUrl; }
    // Where Live apps go; empty: https://otp.thaibulksms.com (a staging proxy in settings).
    void setLiveBaseUrl(const QUrl &url) { m_liveBaseUrl = url; }
    QUrl liveBaseUrl() const { return m_liveBaseUrl; }

    OtpCall *request(const OtpAppConfig &app, const QString &secret, const QString &msisdn,
                     const OtpCallOptions &options = {});
    OtpCall *verify(const OtpAppConfig &app, const QString &secret, const QString &token,
                    const QString &pin, const OtpCallOptions &options = {});

    // Without a stored app: to this base URL with this key (otpctl --base-url).
    OtpCall *requestAt(const QUrl &baseUrl, const QString &key, const QString &secret,
                       const QString &msisdn, const OtpCallOptions &options = {});
    OtpCall *verifyAt(const QUrl &baseUrl, const QString &key, const QString &secret,
                      const QString &token, const QString &pin, const OtpCallOptions &options = {});

    // The body as it is sent: form (percent-encoded, "+" as %2B) or compact JSON, fields in
    // the given order.
    static QByteArray encodeBody(const QList<Field> &fields, BodyFormat format);
    static QByteArray contentType(BodyFormat format);

private:
    OtpCall *start(OtpOperation operation, const Result<QUrl> &endpoint, const QList<Field> &fields,
                   const QString &secret, const OtpCallOptions &options);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_sandboxUrl;
    QUrl m_liveBaseUrl;
};

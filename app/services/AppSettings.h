#pragma once

#include "TrafficRetention.h"
#include "api/OtpCallOptions.h"
#include "domain/ApiVersion.h"
#include "domain/Language.h"
#include "sandbox/SandboxServerOptions.h"
#include "services/Theme.h"

#include <QObject>
#include <QSettings>
#include <QUuid>

#include <optional>

// The user's preferences, in QSettings (the platform's usual place), read and written through
// one typed class so keys and defaults live in one file.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultSandboxPort = 8765;

    explicit AppSettings(QObject *parent = nullptr);
    // A settings file of its own (tests, portable installs).
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);

    // nullopt: follow the system (Thai system locale → Thai, anything else → English).
    std::optional<Language> language() const;
    void setLanguage(std::optional<Language> language);
    // Settings > Appearance; stored as its id ("dark"), anything else reads as System.
    Theme theme() const;
    void setTheme(Theme theme);

    bool sandboxStartsWithApp() const;
    void setSandboxStartsWithApp(bool starts);
    int sandboxPort() const;
    void setSandboxPort(int port);
    // Where the sandbox also posts each SMS (WebhookNotifier), as the user typed them (each
    // checked with WebhookNotifier::checkUrl before it is stored).
    QStringList sandboxWebhooks() const;
    void setSandboxWebhooks(const QStringList &urls);
    // "Allow other machines": the sandbox listens on 0.0.0.0 and its control API requires the
    // bearer token below. Off by default.
    bool sandboxAllowsRemote() const;
    void setSandboxAllowsRemote(bool allows);
    // The control API's token while other machines are allowed; empty until one is made.
    QString sandboxApiToken() const;
    void setSandboxApiToken(const QString &token);
    // How the embedded sandbox listens: the port, and with "Allow other machines" every
    // address and the token.
    SandboxServerOptions sandboxOptions() const;
    // A desktop notification for each SMS the sandbox delivers while the window is not in
    // front. On by default.
    bool smsNotifications() const;
    void setSmsNotifications(bool on);

    // How long the recorded sandbox traffic is kept (reports): days and a row cap.
    TrafficRetention trafficRetention() const;
    void setTrafficRetention(const TrafficRetention &retention);

    // Test console defaults (each call can override them under "Advanced").
    int callTimeoutSeconds() const; // default 15
    void setCallTimeoutSeconds(int seconds);
    // Stored as their ids ("v2", "json"); anything else reads as the default.
    ApiVersion apiVersion() const; // default V2
    void setApiVersion(ApiVersion version);
    BodyFormat bodyFormat() const; // default Form
    void setBodyFormat(BodyFormat format);
    // The three above as the options of a call.
    OtpCallOptions callOptions() const;
    // Where Live apps go; empty: https://otp.thaibulksms.com (set for a staging proxy).
    QString liveBaseUrl() const;
    void setLiveBaseUrl(const QString &url);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray &geometry);
    void setWindowState(const QByteArray &state);
    // A splitter's sizes (QSplitter::saveState) under a name of its own ("console").
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    // The phone numbers last requested with an app, newest first, at most MaxRecentNumbers:
    // numbers only, never a secret. A number already there moves to the front.
    static constexpr int MaxRecentNumbers = 10;
    QStringList recentNumbers(const QUuid &appId) const;
    void addRecentNumber(const QUuid &appId, const QString &number);
    // Drops the numbers saved for apps not in this list (deleted here or by otpctl).
    void keepRecentNumbersOf(const QList<QUuid> &appIds);

signals:
    void changed();

private:
    // An enum stored as its stable id (EnumIds): the file keeps "v1", "json", not numbers.
    template<typename Enum> Enum enumValue(const QString &key, Enum fallback) const
    {
        return enumFromId<Enum>(m_settings.value(key).toString()).value_or(fallback);
    }
    template<typename Enum> void setEnumValue(const QString &key, Enum value)
    {
        m_settings.setValue(key, enumId(value));
        emit changed();
    }

    QSettings m_settings;
};

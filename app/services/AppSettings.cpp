#include "AppSettings.h"

using namespace Qt::Literals::StringLiterals;

AppSettings::AppSettings(QObject *parent) : QObject(parent) { }

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(iniFile, QSettings::IniFormat)
{ }

std::optional<Language> AppSettings::language() const
{
    return enumFromId<Language>(m_settings.value(u"ui/language"_s).toString());
}

void AppSettings::setLanguage(std::optional<Language> language)
{
    if (language)
        m_settings.setValue(u"ui/language"_s, enumId(*language));
    else
        m_settings.remove(u"ui/language"_s);
    emit changed();
}

Theme AppSettings::theme() const
{
    return enumValue(u"ui/theme"_s, Theme::System);
}

void AppSettings::setTheme(Theme theme)
{
    setEnumValue(u"ui/theme"_s, theme);
}

bool AppSettings::sandboxStartsWithApp() const
{
    return m_settings.value(u"sandbox/startWithApp"_s, true).toBool();
}

void AppSettings::setSandboxStartsWithApp(bool starts)
{
    m_settings.setValue(u"sandbox/startWithApp"_s, starts);
    emit changed();
}

int AppSettings::sandboxPort() const
{
    const int port = m_settings.value(u"sandbox/port"_s, DefaultSandboxPort).toInt();
    return port >= 0 && port <= 65535 ? port : DefaultSandboxPort;
}

void AppSettings::setSandboxPort(int port)
{
    m_settings.setValue(u"sandbox/port"_s, port);
    emit changed();
}

TrafficRetention AppSettings::trafficRetention() const
{
    TrafficRetention retention;
    const int days = m_settings.value(u"reports/retentionDays"_s, retention.maxAgeDays).toInt();
    const int rows = m_settings.value(u"reports/maxRows"_s, retention.maxRows).toInt();
    retention.maxAgeDays = days >= 0 ? days : TrafficRetention::DefaultMaxAgeDays;
    retention.maxRows = rows >= 0 ? rows : TrafficRetention::DefaultMaxRows;
    return retention;
}

void AppSettings::setTrafficRetention(const TrafficRetention &retention)
{
    m_settings.setValue(u"reports/retentionDays"_s, retention.maxAgeDays);
    m_settings.setValue(u"reports/maxRows"_s, retention.maxRows);
    emit changed();
}

QStringList AppSettings::sandboxWebhooks() const
{
    return m_settings.value(u"sandbox/webhooks"_s).toStringList();
}

void AppSettings::setSandboxWebhooks(const QStringList &urls)
{
    m_settings.setValue(u"sandbox/webhooks"_s, urls);
    emit changed();
}

bool AppSettings::sandboxAllowsRemote() const
{
    return m_settings.value(u"sandbox/allowRemote"_s, false).toBool();
}

void AppSettings::setSandboxAllowsRemote(bool allows)
{
    m_settings.setValue(u"sandbox/allowRemote"_s, allows);
    emit changed();
}

QString AppSettings::sandboxApiToken() const
{
    return m_settings.value(u"sandbox/apiToken"_s).toString();
}

void AppSettings::setSandboxApiToken(const QString &token)
{
    m_settings.setValue(u"sandbox/apiToken"_s, token);
    emit changed();
}

SandboxServerOptions AppSettings::sandboxOptions() const
{
    SandboxServerOptions options;
    options.port = quint16(sandboxPort());
    if (sandboxAllowsRemote()) {
        options.bindAddress = QHostAddress(QHostAddress::AnyIPv4);
        options.allowNonLoopback = true;
        options.apiToken = sandboxApiToken(); // empty: the server makes one
    }
    return options;
}

bool AppSettings::smsNotifications() const
{
    return m_settings.value(u"sandbox/smsNotifications"_s, true).toBool();
}

void AppSettings::setSmsNotifications(bool on)
{
    m_settings.setValue(u"sandbox/smsNotifications"_s, on);
    emit changed();
}

int AppSettings::callTimeoutSeconds() const
{
    const int seconds = m_settings.value(u"console/timeoutSeconds"_s, 15).toInt();
    return seconds >= 1 && seconds <= 600 ? seconds : 15;
}

void AppSettings::setCallTimeoutSeconds(int seconds)
{
    m_settings.setValue(u"console/timeoutSeconds"_s, seconds);
    emit changed();
}

ApiVersion AppSettings::apiVersion() const
{
    return enumValue(u"console/apiVersion"_s, ApiVersion::V2);
}

void AppSettings::setApiVersion(ApiVersion version)
{
    setEnumValue(u"console/apiVersion"_s, version);
}

BodyFormat AppSettings::bodyFormat() const
{
    return enumValue(u"console/bodyFormat"_s, BodyFormat::Form);
}

void AppSettings::setBodyFormat(BodyFormat format)
{
    setEnumValue(u"console/bodyFormat"_s, format);
}

OtpCallOptions AppSettings::callOptions() const
{
    OtpCallOptions options;
    options.version = apiVersion();
    options.bodyFormat = bodyFormat();
    options.timeoutMs = callTimeoutSeconds() * 1000;
    return options;
}

QString AppSettings::liveBaseUrl() const
{
    return m_settings.value(u"console/liveBaseUrl"_s).toString();
}

void AppSettings::setLiveBaseUrl(const QString &url)
{
    m_settings.setValue(u"console/liveBaseUrl"_s, url.trimmed());
    emit changed();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(u"window/state"_s, state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings.value(u"window/splitter/"_s + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(u"window/splitter/"_s + name, state);
}

namespace {
const QString RecentNumbersGroup = u"console/recentNumbers"_s;

QString recentNumbersKey(const QUuid &appId)
{
    return RecentNumbersGroup + u'/' + appId.toString(QUuid::WithoutBraces);
}
} // namespace

QStringList AppSettings::recentNumbers(const QUuid &appId) const
{
    return m_settings.value(recentNumbersKey(appId)).toStringList().mid(0, MaxRecentNumbers);
}

void AppSettings::addRecentNumber(const QUuid &appId, const QString &number)
{
    const QString text = number.trimmed();
    if (text.isEmpty() || appId.isNull())
        return;
    QStringList numbers = recentNumbers(appId);
    numbers.removeAll(text);
    numbers.prepend(text);
    m_settings.setValue(recentNumbersKey(appId), numbers.mid(0, MaxRecentNumbers));
}

void AppSettings::keepRecentNumbersOf(const QList<QUuid> &appIds)
{
    m_settings.beginGroup(RecentNumbersGroup);
    const QStringList stored = m_settings.childKeys();
    for (const QString &key : stored) {
        if (!appIds.contains(QUuid::fromString(key)))
            m_settings.remove(key);
    }
    m_settings.endGroup();
}

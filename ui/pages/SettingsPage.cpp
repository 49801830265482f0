#include "SettingsPage.h"

#include "domain/OtpAppValidator.h"
#include "i18n/Translations.h"
#include "services/AppSettings.h"
#include "widgets/PageTitle.h"
#include "widgets/ReportsSettingsBox.h"
#include "widgets/SandboxAccessBox.h"
#include "widgets/StatusColors.h"
#include "widgets/WebhookSettingsBox.h"
#include "widgets/WheelGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SettingsPage::SettingsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *page = new QVBoxLayout(this);
    m_title = new PageTitle(this);
    page->addWidget(m_title);
    // The groups scroll under the title: at 1024x700 in Thai they are taller than the window.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *groups = new QWidget(scroll);
    auto *layout = new QVBoxLayout(groups);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(groups);
    page->addWidget(scroll, 1);
    layout->addWidget(buildGeneralGroup());
    layout->addWidget(buildAppearanceGroup());
    layout->addWidget(buildSandboxGroup());
    layout->addWidget(new WebhookSettingsBox(m_context.settings, this));
    layout->addWidget(buildConsoleGroup());
    layout->addWidget(new ReportsSettingsBox(m_context.settings, this));
    layout->addStretch();
    WheelGuard::protect(groups); // the wheel scrolls the page, not the port or the timeout
    loadSettings();
    connectSettings();
    retranslateUi();
}

QWidget *SettingsPage::buildGeneralGroup()
{
    m_general = new QGroupBox(this);
    auto *form = new QFormLayout(m_general);
    m_languageLabel = new QLabel(m_general);
    m_language = new QComboBox(m_general);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(QString(), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"ไทย (Thai)"_s, u"th"_s);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    return m_general;
}

QWidget *SettingsPage::buildAppearanceGroup()
{
    m_appearance = new QGroupBox(this);
    auto *form = new QFormLayout(m_appearance);
    m_themeLabel = new QLabel(m_appearance);
    m_theme = new QComboBox(m_appearance);
    m_theme->setObjectName(u"themeCombo"_s);
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark})
        m_theme->addItem(QString(), QVariant::fromValue(theme));
    m_themeLabel->setBuddy(m_theme);
    form->addRow(m_themeLabel, m_theme);
    return m_appearance;
}

QWidget *SettingsPage::buildSandboxGroup()
{
    m_sandbox = new QGroupBox(this);
    auto *form = new QFormLayout(m_sandbox);
    m_portLabel = new QLabel(m_sandbox);
    m_port = new QSpinBox(m_sandbox);
    m_port->setObjectName(u"sandboxPortSpin"_s);
    m_port->setRange(1024, 65535);
    m_portLabel->setBuddy(m_port);
    m_startWithApp = new QCheckBox(m_sandbox);
    m_startWithApp->setObjectName(u"sandboxStartCheck"_s);
    m_notifications = new QCheckBox(m_sandbox);
    m_notifications->setObjectName(u"smsNotificationsCheck"_s);
    m_notifications->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    m_access = new SandboxAccessBox(m_context.settings, m_sandbox);
    connect(m_access, &SandboxAccessBox::changed, this, &SettingsPage::sandboxAccessChanged);
    form->addRow(m_portLabel, m_port);
    form->addRow(QString(), m_startWithApp);
    form->addRow(QString(), m_notifications);
    form->addRow(QString(), m_access);
    return m_sandbox;
}

QWidget *SettingsPage::buildConsoleGroup()
{
    m_console = new QGroupBox(this);
    auto *form = new QFormLayout(m_console);
    m_timeoutLabel = new QLabel(m_console);
    m_timeout = new QSpinBox(m_console);
    m_timeout->setObjectName(u"timeoutSpin"_s);
    m_timeout->setRange(1, 600);
    m_versionLabel = new QLabel(m_console);
    m_version = new QComboBox(m_console);
    m_version->setObjectName(u"apiVersionCombo"_s);
    m_version->addItem(enumId(ApiVersion::V2), QVariant::fromValue(ApiVersion::V2));
    m_version->addItem(enumId(ApiVersion::V1), QVariant::fromValue(ApiVersion::V1));
    m_formatLabel = new QLabel(m_console);
    m_format = new QComboBox(m_console);
    m_format->setObjectName(u"bodyFormatCombo"_s);
    m_format->addItem(QString(), QVariant::fromValue(BodyFormat::Form));
    m_format->addItem(QString(), QVariant::fromValue(BodyFormat::Json));
    m_liveUrlLabel = new QLabel(m_console);
    m_liveUrl = new QLineEdit(m_console);
    m_liveUrl->setObjectName(u"liveUrlEdit"_s);
    m_liveUrl->setPlaceholderText(u"https://otp.thaibulksms.com"_s);
    m_liveUrlProblem = new QLabel(m_console);
    m_liveUrlProblem->setWordWrap(true);
    StatusColors::setTextTone(m_liveUrlProblem, StatusColors::Tone::Error);
    m_liveUrlProblem->hide();
    m_timeoutLabel->setBuddy(m_timeout);
    m_versionLabel->setBuddy(m_version);
    m_formatLabel->setBuddy(m_format);
    m_liveUrlLabel->setBuddy(m_liveUrl);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_versionLabel, m_version);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_liveUrlLabel, m_liveUrl);
    form->addRow(QString(), m_liveUrlProblem);
    return m_console;
}

void SettingsPage::loadSettings()
{
    const AppSettings &settings = m_context.settings;
    const std::optional<Language> language = settings.language();
    m_language->setCurrentIndex(language ? m_language->findData(enumId(*language)) : 0);
    m_theme->setCurrentIndex(m_theme->findData(QVariant::fromValue(settings.theme())));
    m_port->setValue(settings.sandboxPort());
    m_startWithApp->setChecked(settings.sandboxStartsWithApp());
    m_notifications->setChecked(settings.smsNotifications());
    m_timeout->setValue(settings.callTimeoutSeconds());
    m_version->setCurrentIndex(m_version->findData(QVariant::fromValue(settings.apiVersion())));
    m_format->setCurrentIndex(m_format->findData(QVariant::fromValue(settings.bodyFormat())));
    m_liveUrl->setText(settings.liveBaseUrl());
}

// Each change is saved at once.
void SettingsPage::connectSettings()
{
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const std::optional<Language> chosen
            = enumFromId<Language>(m_language->currentData().toString());
        m_context.settings.setLanguage(chosen);
        m_context.translations.install(chosen.value_or(Translations::systemLanguage()));
    });
    // Applied at once by the application's Appearance, which follows the setting.
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_context.settings.setTheme(m_theme->currentData().value<Theme>()); });
    // Set elsewhere too (the screenshot tour): the combo shows the theme in force.
    connect(&m_context.settings, &AppSettings::changed, m_theme, [this] {
        const QSignalBlocker blocker(m_theme);
        m_theme->setCurrentIndex(
            m_theme->findData(QVariant::fromValue(m_context.settings.theme())));
    });
    connect(m_port, &QSpinBox::editingFinished, this, [this] {
        if (m_port->value() == m_context.settings.sandboxPort())
            return;
        m_context.settings.setSandboxPort(m_port->value());
        emit sandboxPortChanged(m_port->value());
    });
    connect(m_startWithApp, &QCheckBox::toggled, this,
            [this](bool on) { m_context.settings.setSandboxStartsWithApp(on); });
    connect(m_notifications, &QCheckBox::toggled, this,
            [this](bool on) { m_context.settings.setSmsNotifications(on); });
    connect(m_timeout, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_context.settings.setCallTimeoutSeconds(seconds); });
    connect(m_version, &QComboBox::currentIndexChanged, this, [this] {
        m_context.settings.setApiVersion(m_version->currentData().value<ApiVersion>());
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_context.settings.setBodyFormat(m_format->currentData().value<BodyFormat>());
    });
    connect(m_liveUrl, &QLineEdit::textChanged, this, &SettingsPage::saveLiveUrl);
}

void SettingsPage::saveLiveUrl(const QString &text)
{
    // Saved only when usable: the App Secret must never travel unencrypted.
    const QString trimmed = text.trimmed();
    const bool usable = trimmed.isEmpty()
        || OtpAppValidator::isAcceptableBaseUrl(QUrl(trimmed, QUrl::StrictMode));
    m_liveUrlProblem->setVisible(!usable);
    if (!usable)
        return;
    m_context.settings.setLiveBaseUrl(trimmed);
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_general->setTitle(tr("General"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Follow the system"));
    m_language->setAccessibleName(tr("Language"));
    m_appearance->setTitle(tr("Appearance"));
    m_themeLabel->setText(tr("&Colour theme:"));
    m_theme->setItemText(0, tr("Follow the system"));
    //: Colour theme: dark text on light backgrounds
    m_theme->setItemText(1, tr("Light"));
    //: Colour theme: light text on dark backgrounds
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Colour theme"));
    m_sandbox->setTitle(tr("Sandbox"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setAccessibleName(tr("Sandbox port"));
    m_port->setToolTip(tr("The sandbox listens on http://127.0.0.1 at this port"));
    m_startWithApp->setText(tr("&Start the sandbox when OTP Manager starts"));
    m_notifications->setText(m_notifications->isEnabled()
                                 ? tr("&Notify me of each sandbox SMS while the window is not "
                                      "in front")
                                 : tr("&Notify me of each sandbox SMS (not available: this "
                                      "desktop has no system tray)"));
    m_console->setTitle(tr("Test console"));
    m_timeoutLabel->setText(tr("&Timeout:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout of a call in seconds"));
    m_versionLabel->setText(tr("API ve&rsion:"));
    m_version->setAccessibleName(tr("API version"));
    m_formatLabel->setText(tr("Request &body:"));
    m_format->setItemText(0, tr("Form (application/x-www-form-urlencoded)"));
    m_format->setItemText(1, tr("JSON (application/json)"));
    m_format->setAccessibleName(tr("Request body format"));
    m_liveUrlLabel->setText(tr("Live base &URL:"));
    m_liveUrl->setAccessibleName(tr("Live base URL"));
    m_liveUrl->setToolTip(tr("Leave empty for https://otp.thaibulksms.com; set it to use a "
                             "staging proxy"));
    m_liveUrlProblem->setText(tr("Use https, or plain http only to this computer; the App "
                                 "Secret must not travel unencrypted. Not saved."));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

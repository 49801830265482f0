#include "SettingsPage.h"

#include "i18n/Translations.h"
#include "services/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SettingsPage::SettingsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_general = new QGroupBox(this);
    auto *generalForm = new QFormLayout(m_general);
    m_languageLabel = new QLabel(m_general);
    m_language = new QComboBox(m_general);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(QString(), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"ไทย (Thai)"_s, u"th"_s);
    m_languageLabel->setBuddy(m_language);
    generalForm->addRow(m_languageLabel, m_language);
    layout->addWidget(m_general);

    m_sandbox = new QGroupBox(this);
    auto *sandboxForm = new QFormLayout(m_sandbox);
    m_portLabel = new QLabel(m_sandbox);
    m_port = new QSpinBox(m_sandbox);
    m_port->setObjectName(u"sandboxPortSpin"_s);
    m_port->setRange(1024, 65535);
    m_portLabel->setBuddy(m_port);
    m_startWithApp = new QCheckBox(m_sandbox);
    m_startWithApp->setObjectName(u"sandboxStartCheck"_s);
    sandboxForm->addRow(m_portLabel, m_port);
    sandboxForm->addRow(QString(), m_startWithApp);
    layout->addWidget(m_sandbox);
    layout->addStretch();

    AppSettings *settings = m_context.settings;
    const std::optional<Language> language = settings->language();
    m_language->setCurrentIndex(language ? m_language->findData(languageId(*language)) : 0);
    m_port->setValue(settings->sandboxPort());
    m_startWithApp->setChecked(settings->sandboxStartsWithApp());

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const std::optional<Language> chosen = languageFromId(m_language->currentData().toString());
        m_context.settings->setLanguage(chosen);
        if (m_context.translations)
            m_context.translations->install(chosen.value_or(Translations::systemLanguage()));
    });
    connect(m_port, &QSpinBox::editingFinished, this, [this] {
        if (m_port->value() == m_context.settings->sandboxPort())
            return;
        m_context.settings->setSandboxPort(m_port->value());
        emit sandboxPortChanged(m_port->value());
    });
    connect(m_startWithApp, &QCheckBox::toggled, this,
            [this](bool on) { m_context.settings->setSandboxStartsWithApp(on); });
    retranslateUi();
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_general->setTitle(tr("General"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Follow the system"));
    m_language->setAccessibleName(tr("Language"));
    m_sandbox->setTitle(tr("Sandbox"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setAccessibleName(tr("Sandbox port"));
    m_port->setToolTip(tr("The sandbox listens on http://127.0.0.1 at this port"));
    m_startWithApp->setText(tr("&Start the sandbox when OTP Manager starts"));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

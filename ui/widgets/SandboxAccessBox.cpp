#include "SandboxAccessBox.h"

#include "StatusColors.h"
#include "secrets/CredentialGenerator.h"
#include "services/AppSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

SandboxAccessBox::SandboxAccessBox(AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_allow = new QCheckBox(this);
    m_allow->setObjectName(u"sandboxAllowRemoteCheck"_s);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"sandboxAllowRemoteWarning"_s);
    m_warning->setWordWrap(true);
    StatusColors::setTextTone(m_warning, StatusColors::Tone::Warning);
    m_tokenLabel = new QLabel(this);
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"sandboxApiToken"_s);
    m_token->setReadOnly(true);
    m_tokenLabel->setBuddy(m_token);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(u"copyApiTokenButton"_s);
    m_regenerate = new QPushButton(this);
    m_regenerate->setObjectName(u"regenerateApiTokenButton"_s);
    grid->addWidget(m_allow, 0, 0, 1, 4);
    grid->addWidget(m_warning, 1, 0, 1, 4);
    grid->addWidget(m_tokenLabel, 2, 0);
    grid->addWidget(m_token, 2, 1);
    grid->addWidget(m_copy, 2, 2);
    grid->addWidget(m_regenerate, 2, 3);
    grid->setColumnStretch(1, 1);

    m_allow->setChecked(m_settings.sandboxAllowsRemote());
    connect(m_allow, &QCheckBox::toggled, this, &SandboxAccessBox::setAllowed);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_token->text()); });
    connect(m_regenerate, &QPushButton::clicked, this, &SandboxAccessBox::regenerateToken);
    retranslateUi();
    refresh();
}

void SandboxAccessBox::setAllowed(bool allowed)
{
    if (allowed && m_settings.sandboxApiToken().isEmpty())
        m_settings.setSandboxApiToken(CredentialGenerator::appSecret());
    m_settings.setSandboxAllowsRemote(allowed);
    refresh();
    emit changed();
}

void SandboxAccessBox::regenerateToken()
{
    m_settings.setSandboxApiToken(CredentialGenerator::appSecret());
    refresh();
    if (m_settings.sandboxAllowsRemote())
        emit changed(); // the old token stops working now
}

void SandboxAccessBox::refresh()
{
    const bool allowed = m_settings.sandboxAllowsRemote();
    m_token->setText(allowed ? m_settings.sandboxApiToken() : QString());
    for (QWidget *w : {static_cast<QWidget *>(m_warning), static_cast<QWidget *>(m_tokenLabel),
                       static_cast<QWidget *>(m_token), static_cast<QWidget *>(m_copy),
                       static_cast<QWidget *>(m_regenerate)})
        w->setVisible(allowed);
}

void SandboxAccessBox::retranslateUi()
{
    m_allow->setText(tr("Allow &other machines to reach the sandbox"));
    m_allow->setToolTip(tr("Listen on every network address (0.0.0.0) instead of this computer "
                           "only, like otpctl sandbox --allow-remote"));
    m_warning->setText(tr("Anyone on your network can then call the sandbox. Its control API "
                          "hands out OTP codes, so it requires this token "
                          "(Authorization: Bearer …); the OTP routes stay open."));
    m_tokenLabel->setText(tr("API &token:"));
    m_token->setAccessibleName(tr("Control API token"));
    m_copy->setText(tr("Copy"));
    m_regenerate->setText(tr("Regenerate"));
}

void SandboxAccessBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

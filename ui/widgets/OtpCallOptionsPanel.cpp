#include "OtpCallOptionsPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

OtpCallOptionsPanel::OtpCallOptionsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_versionLabel = new QLabel(this);
    m_version = new QComboBox(this);
    m_version->setObjectName(u"consoleApiVersion"_s);
    m_version->addItem(enumId(ApiVersion::V2), QVariant::fromValue(ApiVersion::V2));
    m_version->addItem(enumId(ApiVersion::V1), QVariant::fromValue(ApiVersion::V1));
    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"consoleBodyFormat"_s);
    m_format->addItem(u"form"_s, QVariant::fromValue(BodyFormat::Form));
    m_format->addItem(u"JSON"_s, QVariant::fromValue(BodyFormat::Json));
    m_timeoutLabel = new QLabel(this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"consoleTimeout"_s);
    m_timeout->setRange(1, 600);
    m_versionLabel->setBuddy(m_version);
    m_formatLabel->setBuddy(m_format);
    m_timeoutLabel->setBuddy(m_timeout);
    for (QWidget *w : std::initializer_list<QWidget *>{m_versionLabel, m_version, m_formatLabel,
                                                       m_format, m_timeoutLabel, m_timeout})
        layout->addWidget(w);
    layout->addStretch();
    setOptions({});
    retranslateUi();
}

OtpCallOptions OtpCallOptionsPanel::options() const
{
    OtpCallOptions options;
    options.version = m_version->currentData().value<ApiVersion>();
    options.bodyFormat = m_format->currentData().value<BodyFormat>();
    options.timeoutMs = m_timeout->value() * 1000;
    return options;
}

void OtpCallOptionsPanel::setOptions(const OtpCallOptions &options)
{
    m_version->setCurrentIndex(m_version->findData(QVariant::fromValue(options.version)));
    m_format->setCurrentIndex(m_format->findData(QVariant::fromValue(options.bodyFormat)));
    m_timeout->setValue(qRound(options.timeoutMs / 1000.0));
}

void OtpCallOptionsPanel::retranslateUi()
{
    m_versionLabel->setText(tr("API:"));
    m_version->setAccessibleName(tr("API version"));
    m_formatLabel->setText(tr("Body:"));
    m_format->setAccessibleName(tr("Request body format"));
    m_timeoutLabel->setText(tr("Timeout:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
}

void OtpCallOptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

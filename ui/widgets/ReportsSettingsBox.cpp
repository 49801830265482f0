#include "ReportsSettingsBox.h"

#include "services/AppSettings.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

ReportsSettingsBox::ReportsSettingsBox(AppSettings &settings, QWidget *parent)
    : QGroupBox(parent), m_settings(settings)
{
    setObjectName(u"reportsSettings"_s);
    auto *form = new QFormLayout(this);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_daysLabel = new QLabel(this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"retentionDays"_s);
    m_days->setRange(0, TrafficRetention::MostDays);
    m_rowsLabel = new QLabel(this);
    m_rows = new QSpinBox(this);
    m_rows->setObjectName(u"retentionRows"_s);
    m_rows->setRange(0, TrafficRetention::MostRows);
    m_rows->setSingleStep(100000);
    m_rows->setGroupSeparatorShown(true);
    // Each step down would prune: save what the user settles on, not every keystroke.
    for (QSpinBox *box : {m_days, m_rows})
        box->setKeyboardTracking(false);
    m_daysLabel->setBuddy(m_days);
    m_rowsLabel->setBuddy(m_rows);
    form->addRow(m_explanation);
    form->addRow(m_daysLabel, m_days);
    form->addRow(m_rowsLabel, m_rows);

    const TrafficRetention retention = m_settings.trafficRetention();
    m_days->setValue(retention.maxAgeDays);
    m_rows->setValue(retention.maxRows);
    connect(m_days, &QSpinBox::valueChanged, this, &ReportsSettingsBox::save);
    connect(m_rows, &QSpinBox::valueChanged, this, &ReportsSettingsBox::save);
    retranslateUi();
}

void ReportsSettingsBox::save()
{
    TrafficRetention retention = m_settings.trafficRetention();
    retention.maxAgeDays = m_days->value();
    retention.maxRows = m_rows->value();
    m_settings.setTrafficRetention(retention);
}

void ReportsSettingsBox::retranslateUi()
{
    //: Settings group about the Reports page's data
    setTitle(tr("Reports"));
    m_explanation->setText(tr("The calls the sandbox answers are recorded for the Reports page. "
                              "Older ones are deleted in the background, and the oldest beyond "
                              "the limit. Calls made from OTP Manager stay in the history."));
    m_daysLabel->setText(tr("&Keep for:"));
    //: Retention of recorded sandbox calls: 0 days means they are never deleted for their age
    m_days->setSpecialValueText(tr("Forever"));
    //: Suffix of a number of days, with its leading space
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days to keep recorded sandbox calls"));
    m_rowsLabel->setText(tr("Ro&w limit:"));
    //: Row limit of recorded sandbox calls: 0 means no limit
    m_rows->setSpecialValueText(tr("No limit"));
    //: Suffix of a number of recorded calls, with its leading space
    m_rows->setSuffix(tr(" calls"));
    m_rows->setAccessibleName(tr("Most recorded sandbox calls kept"));
}

void ReportsSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

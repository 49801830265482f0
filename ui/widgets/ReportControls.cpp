#include "ReportControls.h"

#include "storage/AppRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

ReportControls::ReportControls(AppRepository &apps, QWidget *parent) : QWidget(parent), m_apps(apps)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"reportPeriod"_s);
    for (const Period period :
         {Period::Today, Period::Last7Days, Period::Last30Days, Period::Custom})
        m_period->addItem(QString(), int(period));
    m_from = new QDateEdit(QDate::currentDate().addDays(-6), this);
    m_from->setObjectName(u"reportFrom"_s);
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(u"reportTo"_s);
    for (QDateEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_appLabel = new QLabel(this);
    m_app = new QComboBox(this);
    m_app->setObjectName(u"reportApp"_s);
    m_app->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceLabel = new QLabel(this);
    m_source = new QComboBox(this);
    m_source->setObjectName(u"reportSource"_s);
    for (const ReportSource source :
         {ReportSource::All, ReportSource::Calls, ReportSource::Sandbox})
        m_source->addItem(QString(), int(source));
    m_periodLabel->setBuddy(m_period);
    m_appLabel->setBuddy(m_app);
    m_sourceLabel->setBuddy(m_source);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_periodLabel, m_period, m_from, m_toLabel, m_to,
                                          m_appLabel, m_app, m_sourceLabel, m_source})
        layout->addWidget(widget);
    layout->addStretch(1);

    m_period->setCurrentIndex(int(Period::Last7Days));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeVisibility();
        emit changed();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ReportControls::changed);
    for (QComboBox *box : {m_app, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportControls::changed);
    reloadApps();
    retranslateUi();
    updateRangeVisibility();
}

ReportQuery ReportControls::query(const QDateTime &now) const
{
    ReportQuery query;
    const QDate today = now.toTimeZone(query.timeZone).date();
    QDate first = today;
    QDate last = today;
    switch (Period(m_period->currentData().toInt())) {
    case Period::Today:
        break;
    case Period::Last7Days:
        first = today.addDays(-6);
        break;
    case Period::Last30Days:
        first = today.addDays(-29);
        break;
    case Period::Custom:
        first = qMin(m_from->date(), m_to->date());
        last = qMax(m_from->date(), m_to->date());
        break;
    }
    query.from = QDateTime(first, QTime(0, 0), query.timeZone).toUTC();
    query.to = QDateTime(last.addDays(1), QTime(0, 0), query.timeZone).toUTC();
    query.now = now.toUTC();
    if (const QUuid app = QUuid::fromString(m_app->currentData().toString()); !app.isNull())
        query.appId = app;
    query.source = ReportSource(m_source->currentData().toInt());
    return query;
}

void ReportControls::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void ReportControls::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker fromBlocker(m_from), toBlocker(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    if (m_period->currentData().toInt() == int(Period::Custom))
        emit changed();
    else
        setPeriod(Period::Custom);
}

void ReportControls::reloadApps()
{
    const QString chosen = m_app->currentData().toString();
    const QSignalBlocker blocker(m_app);
    m_app->clear();
    m_app->addItem(tr("All apps"), QString());
    for (const OtpAppConfig &app : m_apps.list())
        m_app->addItem(app.name, app.id.toString());
    const int index = m_app->findData(chosen);
    m_app->setCurrentIndex(qMax(0, index));
    if (index < 0 && !chosen.isEmpty())
        emit changed(); // the app chosen is gone: all apps now
}

void ReportControls::updateRangeVisibility()
{
    const bool custom = m_period->currentData().toInt() == int(Period::Custom);
    m_from->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_to->setVisible(custom);
}

void ReportControls::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    m_period->setItemText(int(Period::Today), tr("Today"));
    m_period->setItemText(int(Period::Last7Days), tr("Last 7 days"));
    m_period->setItemText(int(Period::Last30Days), tr("Last 30 days"));
    m_period->setItemText(int(Period::Custom), tr("Custom range"));
    //: Between the two dates of a custom report period: "1 May to 7 May"
    m_toLabel->setText(tr("to"));
    m_appLabel->setText(tr("&App:"));
    m_app->setItemText(0, tr("All apps"));
    m_sourceLabel->setText(tr("&Source:"));
    m_source->setItemText(0, tr("Both"));
    m_source->setItemText(1, tr("Calls from OTP Manager"));
    m_source->setItemText(2, tr("Traffic the sandbox answered"));
    m_source->setItemData(1, tr("Calls made from the Test console or otpctl request/verify"),
                          Qt::ToolTipRole);
    m_source->setItemData(2,
                          tr("Every OTP call the sandbox answered, from any client: your "
                             "backend, the console, curl"),
                          Qt::ToolTipRole);
}

void ReportControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

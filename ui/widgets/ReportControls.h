#pragma once

#include "reports/ReportQuery.h"

#include <QWidget>

class AppRepository;
class QComboBox;
class QDateEdit;
class QLabel;

// What a report covers, as the Reports page's controls say it: a period (today, the last 7
// or 30 days with today, or a range of dates), all apps or one, and a source. Periods are
// whole local days, so each ends at the midnight after today and "now" is inside it.
class ReportControls : public QWidget
{
    Q_OBJECT

public:
    enum class Period { Today, Last7Days, Last30Days, Custom };

    explicit ReportControls(AppRepository &apps, QWidget *parent = nullptr);

    ReportQuery query(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    void setPeriod(Period period);
    void setCustomRange(const QDate &from, const QDate &to); // both included
    void reloadApps(); // keeps the app chosen when it still exists

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateRangeVisibility();

    AppRepository &m_apps;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_appLabel = nullptr;
    QComboBox *m_app = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_source = nullptr;
};

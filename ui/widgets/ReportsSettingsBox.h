#pragma once

#include <QGroupBox>

class AppSettings;
class QLabel;
class QSpinBox;

// The Settings page's Reports group: how long the calls the sandbox answered stay recorded
// (days, and a cap on their number). Saved into AppSettings when a value is committed (Enter,
// leaving the field, the arrows), and the running recorder prunes to it at once.
class ReportsSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ReportsSettingsBox(AppSettings &settings, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();
    void retranslateUi();

    AppSettings &m_settings;
    QLabel *m_explanation = nullptr;
    QLabel *m_daysLabel = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_rowsLabel = nullptr;
    QSpinBox *m_rows = nullptr;
};

#pragma once

#include <QGroupBox>

class AppSettings;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// The Settings page's webhook URLs: where the sandbox also posts each SMS. A URL is added only
// when it is http or https with a host (WebhookNotifier::checkUrl; otherwise the reason is
// shown under the field) and saved at once into AppSettings, which the running sandbox follows.
class WebhookSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit WebhookSettingsBox(AppSettings &settings, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addUrl();
    void removeSelected();
    void showProblem(const QString &text);
    void save();
    void retranslateUi();

    AppSettings &m_settings;
    QLabel *m_explanation = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
};

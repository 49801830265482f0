#pragma once

#include "AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

// Preferences that apply at once and persist: language, and the embedded sandbox's port and
// whether it starts with the app.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const AppContext &context, QWidget *parent = nullptr);

signals:
    void sandboxPortChanged(int port);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppContext m_context;
    QLabel *m_title = nullptr;
    QGroupBox *m_general = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QGroupBox *m_sandbox = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_startWithApp = nullptr;
};

#pragma once

#include "AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class SandboxAccessBox;

// Preferences that apply at once and persist: language; the colour theme; the embedded sandbox's
// port and whether it starts with the app; the test console's defaults (timeout, API version, body
// format) and the Live base URL (for a staging proxy).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const AppContext &context, QWidget *parent = nullptr);

signals:
    void sandboxPortChanged(int port);
    void sandboxAccessChanged(); // "Allow other machines" or its token changed

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildGeneralGroup();
    QWidget *buildAppearanceGroup();
    QWidget *buildSandboxGroup();
    QWidget *buildConsoleGroup();
    void loadSettings();
    void connectSettings();
    void saveLiveUrl(const QString &text);
    void retranslateUi();

    AppContext m_context;
    QLabel *m_title = nullptr;
    QGroupBox *m_general = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QGroupBox *m_appearance = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QGroupBox *m_sandbox = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_startWithApp = nullptr;
    QCheckBox *m_notifications = nullptr;
    SandboxAccessBox *m_access = nullptr;
    QGroupBox *m_console = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_versionLabel = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_liveUrlLabel = nullptr;
    QLineEdit *m_liveUrl = nullptr;
    QLabel *m_liveUrlProblem = nullptr;
};

#pragma once

#include <QObject>

class AppSettings;
class QStatusBar;
class SandboxServer;
class WebhookNotifier;

// The desktop face of the sandbox's webhooks: a WebhookNotifier that follows the embedded
// sandbox and the URLs of Settings (applied live, also while the sandbox runs), and a note in
// the window's status bar for each delivery given up.
class SandboxWebhooks : public QObject
{
    Q_OBJECT

public:
    SandboxWebhooks(SandboxServer &sandbox, AppSettings &settings, QStatusBar *statusBar,
                    QObject *parent = nullptr);

    WebhookNotifier &notifier() { return *m_notifier; }

    static constexpr int NoteMs = 10000;

private:
    void applySettings();

    AppSettings &m_settings;
    WebhookNotifier *m_notifier = nullptr;
};

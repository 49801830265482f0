#include "SandboxWebhooks.h"

#include "services/AppSettings.h"
#include "services/WebhookNotifier.h"

#include <QStatusBar>

SandboxWebhooks::SandboxWebhooks(SandboxServer &sandbox, AppSettings &settings,
                                 QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_settings(settings), m_notifier(new WebhookNotifier(this))
{
    m_notifier->follow(sandbox);
    applySettings();
    connect(&settings, &AppSettings::changed, this, &SandboxWebhooks::applySettings);
    connect(m_notifier, &WebhookNotifier::failed, statusBar,
            [statusBar](const WebhookFailure &failure) {
                statusBar->showMessage(tr("Webhook %1 failed for message %2: %3")
                                           .arg(failure.url.toString(),
                                                QString::number(failure.messageId), failure.error),
                                       NoteMs);
            });
}

void SandboxWebhooks::applySettings()
{
    QList<QUrl> urls;
    for (const QString &text : m_settings.sandboxWebhooks()) {
        if (const Result<QUrl> url = WebhookNotifier::checkUrl(text))
            urls << url.value;
    }
    m_notifier->setUrls(urls);
}

#include "SandboxTray.h"

#include "MainWindow.h"
#include "pages/InboxPage.h"
#include "sandbox/SandboxServer.h"
#include "services/SandboxInboxRecorder.h"
#include "services/SmsNotifier.h"
#include "services/Workspace.h"
#include "storage/InboxRepository.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int NotificationMs = 10000;
}

SandboxTray::SandboxTray(const AppContext &context, MainWindow *window)
    : QObject(window), m_context(context), m_window(window)
{
    const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    m_notifier = new SmsNotifier(
        m_context.settings, [window] { return window->isActiveWindow() && !window->isMinimized(); },
        this);
    m_notifier->setAvailable(trayAvailable);
    connect(&m_context.inboxRecorder, &SandboxInboxRecorder::recorded, m_notifier,
            &SmsNotifier::consider);
    connect(m_notifier, &SmsNotifier::notificationReady, this, &SandboxTray::showNotification);

    m_menu = new QMenu(window);
    m_menu->setObjectName(u"trayMenu"_s);
    m_showAction = m_menu->addAction(QString(), this, &SandboxTray::raiseWindow);
    m_copyAction = m_menu->addAction(QString(), this, [this] { copyLatestCode(); });
    m_startStopAction = m_menu->addAction(QString(), this, [this] {
        m_running ? m_window->stopSandbox() : m_window->startSandbox();
    });
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString(), window, &QWidget::close);
    m_menu->installEventFilter(this); // its LanguageChange
    connect(&m_context.sandbox, &SandboxServer::started, this, [this] { setSandboxRunning(true); });
    connect(&m_context.sandbox, &SandboxServer::stopped, this,
            [this] { setSandboxRunning(false); });
    m_running = m_context.sandbox.isRunning();

    if (trayAvailable) {
        m_icon = new QSystemTrayIcon(ThemedIcon::appIcon(), this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &SandboxTray::openLastNotification);
        connect(m_icon, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        raiseWindow();
                });
        m_icon->show();
    }
    retranslateUi();
}

SandboxTray::~SandboxTray() = default;

void SandboxTray::setSandboxRunning(bool running)
{
    m_running = running;
    retranslateUi();
}

bool SandboxTray::copyLatestCode()
{
    const QList<OtpMessage> newest = m_context.workspace.inbox().list(std::nullopt, 1);
    if (newest.isEmpty())
        return false;
    QApplication::clipboard()->setText(newest.first().code);
    return true;
}

void SandboxTray::raiseWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void SandboxTray::openLastNotification()
{
    raiseWindow();
    if (m_last.messageId == 0)
        return;
    m_window->showPage(MainWindow::Page::Inbox);
    m_window->inboxPage()->selectMessage(m_last.messageId);
}

void SandboxTray::showNotification(const SmsNotification &notification)
{
    m_last = notification;
    if (m_icon)
        m_icon->showMessage(notification.title, notification.text, QSystemTrayIcon::Information,
                            NotificationMs);
}

void SandboxTray::retranslateUi()
{
    m_showAction->setText(tr("Show OTP Manager"));
    m_copyAction->setText(tr("Copy latest code"));
    m_startStopAction->setText(m_running ? tr("Stop sandbox") : tr("Start sandbox"));
    m_quitAction->setText(tr("Quit"));
    if (m_icon)
        m_icon->setToolTip(m_running ? tr("OTP Manager: sandbox running")
                                     : tr("OTP Manager: sandbox stopped"));
}

bool SandboxTray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

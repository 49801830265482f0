#pragma once

#include "AppContext.h"
#include "services/SmsNotification.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class SmsNotifier;
class MainWindow;

// The tray icon of OTP Manager: a desktop notification for each SMS the sandbox delivers
// while the window is not in front (SmsNotifier decides; clicking it asks for that message),
// and a menu: Show window, Copy latest code, start or stop the sandbox, Quit. Where the
// platform has no tray there is no icon and no notification; the menu's actions still exist.
// Every action works on the window it is given.
class SandboxTray : public QObject
{
    Q_OBJECT

public:
    // With an icon where QSystemTrayIcon::isSystemTrayAvailable().
    SandboxTray(const AppContext &context, MainWindow *window);
    ~SandboxTray() override;

    bool isAvailable() const { return m_icon != nullptr; }
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    SmsNotifier &notifier() const { return *m_notifier; }
    // The notification shown last (what a click on it opens); messageId 0 before the first.
    const SmsNotification &lastNotification() const { return m_last; }

    // Puts the code of the newest message of the inbox on the clipboard; false when empty.
    bool copyLatestCode();
    // What clicking the notification does: the window raised, the Inbox showing that message.
    void openLastNotification();

private:
    void setSandboxRunning(bool running);
    void raiseWindow();
    void showNotification(const SmsNotification &notification);
    void retranslateUi();
    bool eventFilter(QObject *watched, QEvent *event) override;

    AppContext m_context;
    MainWindow *m_window = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    SmsNotifier *m_notifier = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_startStopAction = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_running = false;
    SmsNotification m_last;
};

#pragma once

#include "AppContext.h"

#include <QMainWindow>
#include <QPointer>
#include <QUuid>

class AppsPage;
class ErrorCodesPage;
class InboxPage;
class LazyPage;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class SecretStore;
class SettingsPage;
class TestConsolePage;

// The application window: a sidebar like the dashboard's (OTP Apps, Test console, Sandbox
// inbox, Error codes, Settings), menus with the usual shortcuts, and a status bar that tells
// the sandbox's and the keychain's state. Window size and layout are remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Apps, TestConsole, Inbox, ErrorCodes, Settings };

    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    AppsPage *appsPage() const { return m_appsPage; }
    // The other pages are built the first time they are shown or asked for.
    TestConsolePage *consolePage();
    InboxPage *inboxPage();
    ErrorCodesPage *errorCodesPage();
    SettingsPage *settingsPage();

    // Starts the embedded sandbox with the port from the settings; the status bar says how it
    // went (running at its URL, or why not).
    void startSandbox();
    // A port for this run (otp-manager --sandbox-port), instead of the saved preference.
    void setSandboxPortOverride(int port) { m_sandboxPortOverride = port; }
    void stopSandbox();

    // Checks the keychain in the background; when none is reachable the banner offers the
    // session-only mode.
    void checkKeychain();
    void useSessionOnlySecrets();

    QString sandboxStatusText() const;
    QString keychainStatusText() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void updateSandboxStatus();
    bool isSandboxRunning() const;
    void updateKeychainStatus();
    void importApps();
    void exportApps();
    void showAbout();
    void find();

    enum class KeychainState { Checking, Available, Unavailable, SessionOnly };

    AppContext m_context;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    AppsPage *m_appsPage = nullptr;
    LazyPage *m_consoleHost = nullptr;
    LazyPage *m_inboxHost = nullptr;
    LazyPage *m_errorCodesHost = nullptr;
    LazyPage *m_settingsHost = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerButton = nullptr;
    QLabel *m_sandboxStatus = nullptr;
    QLabel *m_keychainStatus = nullptr;
    KeychainState m_keychainState = KeychainState::Checking;
    QString m_keychainProblem;
    QString m_sandboxError;
    int m_sandboxPortOverride = -1;
    QPointer<SecretStore> m_sessionStore;
    QList<QAction *> m_pageActions;
    QAction *m_newAppAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

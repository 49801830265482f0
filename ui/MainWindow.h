#pragma once

#include "AppContext.h"
#include "widgets/SidebarPages.h"

#include <QMainWindow>
#include <QUuid>

class AppsFileActions;
class AppsPage;
class ErrorCodesPage;
class InboxPage;
class KeychainStatus;
class MessageBanner;
class QLabel;
class SandboxTray;
class TestConsolePage;

// The application window: a sidebar like the dashboard's (OTP Apps, Test console, Sandbox
// inbox, Error codes, Reports, Settings), menus with the usual shortcuts, and a status bar that
// tells the sandbox's and the keychain's state. Window size and layout are remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Apps, TestConsole, Inbox, ErrorCodes, Reports, Settings };

    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Every page, in the sidebar's order (Ctrl+1 is the first), and its name in the current
    // language: both read from the window's one table of pages.
    static QList<Page> pages();
    static QString pageName(Page page);

    void showPage(Page page);
    Page currentPage() const;
    AppsPage *appsPage() const { return m_appsPage; }
    // The other pages are built the first time they are shown or asked for.
    TestConsolePage *consolePage();
    InboxPage *inboxPage();
    ErrorCodesPage *errorCodesPage();

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

    SandboxTray *tray() const { return m_tray; }

    QString sandboxStatusText() const;
    QString keychainStatusText() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // One page of the window: the sidebar, the page stack and the View menu (Ctrl+1, …) are
    // made from the table of these (pageTable()), the only list of the pages.
    struct PageEntry {
        Page page;
        const char *icon; // a ThemedIcon name
        QString (*name)(); // in the current language
        SidebarPages::Build build; // the first page at start, the others when first viewed
        QWidget *(MainWindow::*make)(QWidget *parent); // builds the page and wires it up
    };
    static const QList<PageEntry> &pageTable();
    static int pageIndex(Page page);

    void buildBody();
    void buildStatusBar();
    void buildMenus();
    QWidget *makeAppsPage(QWidget *parent);
    QWidget *makeConsolePage(QWidget *parent);
    QWidget *makeInboxPage(QWidget *parent);
    QWidget *makeErrorCodesPage(QWidget *parent);
    QWidget *makeReportsPage(QWidget *parent);
    QWidget *makeSettingsPage(QWidget *parent);

    void retranslateUi();
    void updateSandboxStatus();
    bool isSandboxRunning() const;
    void updateKeychainStatus();
    void find();

    AppContext m_context;
    SidebarPages *m_pages = nullptr;
    AppsPage *m_appsPage = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_sandboxStatus = nullptr;
    QLabel *m_keychainStatus = nullptr;
    KeychainStatus *m_keychain = nullptr;
    SandboxTray *m_tray = nullptr;
    QString m_sandboxError;
    int m_sandboxPortOverride = -1;
    AppsFileActions *m_fileActions = nullptr;
    QAction *m_newAppAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

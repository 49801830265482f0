#include "MainWindow.h"

#include "AppsFileActions.h"
#include "HelpMenu.h"
#include "KeychainStatus.h"
#include "SandboxTray.h"
#include "SandboxWebhooks.h"
#include "pages/AppsPage.h"
#include "pages/ErrorCodesPage.h"
#include "pages/InboxPage.h"
#include "pages/ReportsPage.h"
#include "pages/SettingsPage.h"
#include "pages/TestConsolePage.h"
#include "sandbox/SandboxServer.h"
#include "services/AppSettings.h"
#include "services/SandboxInboxRecorder.h"
#include "widgets/MessageBanner.h"
#include "widgets/SandboxModeLabel.h"
#include "widgets/ThemedIcon.h"

#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

const QList<MainWindow::PageEntry> &MainWindow::pageTable()
{
    static const QList<PageEntry> table{
        {Page::Apps, "apps", [] { return MainWindow::tr("OTP Apps"); },
         SidebarPages::Build::AtStart, &MainWindow::makeAppsPage},
        {Page::TestConsole, "console", [] { return MainWindow::tr("Test console"); },
         SidebarPages::Build::OnFirstView, &MainWindow::makeConsolePage},
        {Page::Inbox, "inbox", [] { return MainWindow::tr("Sandbox inbox"); },
         SidebarPages::Build::OnFirstView, &MainWindow::makeInboxPage},
        {Page::ErrorCodes, "codes", [] { return MainWindow::tr("Error codes"); },
         SidebarPages::Build::OnFirstView, &MainWindow::makeErrorCodesPage},
        {Page::Reports, "reports", [] { return MainWindow::tr("Reports"); },
         SidebarPages::Build::OnFirstView, &MainWindow::makeReportsPage},
        {Page::Settings, "settings", [] { return MainWindow::tr("Settings"); },
         SidebarPages::Build::OnFirstView, &MainWindow::makeSettingsPage},
    };
    return table;
}

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(ThemedIcon::appIcon());
    m_fileActions = new AppsFileActions(m_context.apps, this);
    connect(m_fileActions, &AppsFileActions::message, statusBar(), &QStatusBar::showMessage);

    m_keychain = new KeychainStatus(m_context.apps, this);
    connect(m_keychain, &KeychainStatus::changed, this, &MainWindow::updateKeychainStatus);

    buildBody();
    buildStatusBar();
    for (const PageEntry &entry : pageTable()) {
        const auto make = entry.make;
        m_pages->addPage(QLatin1String(entry.icon), entry.name, entry.build,
                         [this, make](QWidget *parent) { return (this->*make)(parent); });
    }
    buildMenus();
    m_tray = new SandboxTray(m_context, this); // SMS notifications, the tray's menu
    m_pages->setCurrentIndex(0);
    retranslateUi();

    resize(1180, 760);
    restoreGeometry(m_context.settings.windowGeometry());
    restoreState(m_context.settings.windowState());
    updateKeychainStatus();
    updateSandboxStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildBody()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The banner for the keychain: unavailable (offer session-only mode) or session-only.
    m_banner = new MessageBanner(central);
    m_banner->setObjectNames(u"keychainBanner"_s, u"keychainBannerText"_s, u"sessionOnlyButton"_s);
    connect(m_banner, &MessageBanner::actionTriggered, this, &MainWindow::useSessionOnlySecrets);
    m_pages = new SidebarPages(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::buildStatusBar()
{
    m_sandboxStatus = new QLabel(this);
    m_sandboxStatus->setObjectName(u"sandboxStatus"_s);
    m_keychainStatus = new QLabel(this);
    m_keychainStatus->setObjectName(u"keychainStatus"_s);
    statusBar()->addPermanentWidget(new SandboxModeLabel(m_context.sandbox, this));
    statusBar()->addPermanentWidget(m_sandboxStatus);
    statusBar()->addPermanentWidget(m_keychainStatus);
    new SandboxWebhooks(m_context.sandbox, m_context.settings, statusBar(), this);
    connect(&m_context.sandbox, &SandboxServer::started, this, [this] {
        m_sandboxError.clear();
        updateSandboxStatus();
    });
    connect(&m_context.sandbox, &SandboxServer::stopped, this, &MainWindow::updateSandboxStatus);
    connect(&m_context.sandbox, &SandboxServer::error, this, [this](const QString &message) {
        m_sandboxError = message;
        updateSandboxStatus();
    });
}

QWidget *MainWindow::makeAppsPage(QWidget *parent)
{
    m_appsPage = new AppsPage(m_context, parent);
    connect(m_appsPage, &AppsPage::testAppRequested, this, [this](const QUuid &id) {
        consolePage()->selectApp(id);
        showPage(Page::TestConsole);
        consolePage()->focusPhoneNumber(); // the app is chosen: the number is what comes next
    });
    connect(m_appsPage, &AppsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    return m_appsPage;
}

QWidget *MainWindow::makeConsolePage(QWidget *parent)
{
    auto *page = new TestConsolePage(m_context, parent);
    connect(page, &TestConsolePage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(page, &TestConsolePage::startSandboxRequested, this, &MainWindow::startSandbox);
    return page;
}

QWidget *MainWindow::makeInboxPage(QWidget *parent)
{
    auto *page = new InboxPage(m_context, parent);
    connect(page, &InboxPage::startRequested, this, &MainWindow::startSandbox);
    connect(page, &InboxPage::stopRequested, this, &MainWindow::stopSandbox);
    page->setSandboxStatus(m_sandboxStatus->text(), isSandboxRunning());
    return page;
}

QWidget *MainWindow::makeErrorCodesPage(QWidget *parent)
{
    return new ErrorCodesPage(parent);
}

QWidget *MainWindow::makeReportsPage(QWidget *parent)
{
    auto *page = new ReportsPage(m_context, parent);
    connect(page, &ReportsPage::message, statusBar(), &QStatusBar::showMessage);
    connect(page, &ReportsPage::exchangeRequested, this, [this](qint64 historyId) {
        showPage(Page::TestConsole);
        consolePage()->showExchange(historyId);
    });
    return page;
}

QWidget *MainWindow::makeSettingsPage(QWidget *parent)
{
    auto *page = new SettingsPage(m_context, parent);
    const auto restart = [this] {
        if (isSandboxRunning()) {
            stopSandbox();
            startSandbox();
        }
    };
    connect(page, &SettingsPage::sandboxPortChanged, this, [this, restart] {
        m_sandboxPortOverride = -1; // the user chose a port: it wins from now on
        restart();
    });
    connect(page, &SettingsPage::sandboxAccessChanged, this, restart);
    return page;
}

QList<MainWindow::Page> MainWindow::pages()
{
    QList<Page> all;
    for (const PageEntry &entry : pageTable())
        all << entry.page;
    return all;
}

QString MainWindow::pageName(Page page)
{
    const int index = pageIndex(page);
    return index < 0 ? QString() : pageTable().at(index).name();
}

int MainWindow::pageIndex(Page page)
{
    for (int i = 0; i < pageTable().size(); ++i) {
        if (pageTable().at(i).page == page)
            return i;
    }
    return -1;
}

TestConsolePage *MainWindow::consolePage()
{
    return static_cast<TestConsolePage *>(m_pages->page(pageIndex(Page::TestConsole)));
}

InboxPage *MainWindow::inboxPage()
{
    return static_cast<InboxPage *>(m_pages->page(pageIndex(Page::Inbox)));
}

ErrorCodesPage *MainWindow::errorCodesPage()
{
    return static_cast<ErrorCodesPage *>(m_pages->page(pageIndex(Page::ErrorCodes)));
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAppAction = m_fileMenu->addAction(ThemedIcon::icon(u"add"_s), QString(), this, [this] {
        showPage(Page::Apps);
        m_appsPage->newApp();
    });
    m_newAppAction->setShortcut(QKeySequence::New);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), m_fileActions, &AppsFileActions::importApps);
    m_exportAction = m_fileMenu->addAction(QString(), m_fileActions, &AppsFileActions::exportApps);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_findAction
        = m_editMenu->addAction(ThemedIcon::icon(u"search"_s), QString(), this, &MainWindow::find);
    m_findAction->setShortcut(QKeySequence::Find);
    m_editMenu->addSeparator();
    m_settingsAction = m_editMenu->addAction(ThemedIcon::icon(u"settings"_s), QString(), this,
                                             [this] { showPage(Page::Settings); });
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(u"Ctrl+,"_s)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pages->pageActions());

    menuBar()->addMenu(new HelpMenu(this));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("OTP Manager"));
    m_pages->setSidebarAccessibleName(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAppAction->setText(tr("&New OTP App…"));
    m_importAction->setText(tr("&Import Apps…"));
    m_exportAction->setText(tr("&Export Apps…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find"));
    m_settingsAction->setText(tr("&Settings"));
    m_viewMenu->setTitle(tr("&View"));
    updateSandboxStatus();
    updateKeychainStatus();
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(pageIndex(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return pageTable().at(m_pages->currentIndex()).page;
}

void MainWindow::find()
{
    if (currentPage() == Page::TestConsole) {
        consolePage()->findInExchange();
        return;
    }
    if (currentPage() == Page::ErrorCodes) {
        errorCodesPage()->focusSearch();
        return;
    }
    showPage(Page::Apps);
    m_appsPage->focusFilter();
}

void MainWindow::startSandbox()
{
    if (m_context.sandbox.isRunning())
        return;
    SandboxServerOptions options = m_context.settings.sandboxOptions(); // port, remote access
    if (m_sandboxPortOverride >= 0)
        options.port = quint16(m_sandboxPortOverride);
    // The control API's messages/{id} and the inbox table name a message alike.
    options.firstMessageId = m_context.inboxRecorder.firstSandboxMessageId();
    const Result<SandboxListening> result = m_context.sandbox.start(options);
    m_sandboxError = result.ok() ? QString() : result.error;
    updateSandboxStatus();
}

void MainWindow::stopSandbox()
{
    m_context.sandbox.stop();
    updateSandboxStatus();
}

QString MainWindow::sandboxStatusText() const
{
    return m_sandboxStatus->text();
}

QString MainWindow::keychainStatusText() const
{
    return m_keychainStatus->text();
}

void MainWindow::updateSandboxStatus()
{
    if (!m_sandboxStatus)
        return;
    if (isSandboxRunning())
        m_sandboxStatus->setText(
            tr("Sandbox running at %1").arg(m_context.sandbox.url().toString()));
    else if (!m_sandboxError.isEmpty())
        m_sandboxStatus->setText(tr("Sandbox could not start: %1").arg(m_sandboxError));
    else
        m_sandboxStatus->setText(tr("Sandbox stopped"));
    m_sandboxStatus->setToolTip(m_sandboxError);
    if (m_pages->isBuilt(pageIndex(Page::Inbox)))
        inboxPage()->setSandboxStatus(m_sandboxStatus->text(), isSandboxRunning());
}

bool MainWindow::isSandboxRunning() const
{
    return m_context.sandbox.isRunning();
}

void MainWindow::checkKeychain()
{
    m_keychain->check();
}

void MainWindow::useSessionOnlySecrets()
{
    m_keychain->useSessionOnly();
}

void MainWindow::updateKeychainStatus()
{
    if (!m_keychainStatus)
        return;
    switch (m_keychain->state()) {
    case KeychainStatus::State::Checking:
        m_keychainStatus->setText(tr("Keychain: checking…"));
        m_banner->hide();
        break;
    case KeychainStatus::State::Available:
        m_keychainStatus->setText(tr("Keychain: available"));
        m_banner->hide();
        break;
    case KeychainStatus::State::Unavailable:
        m_keychainStatus->setText(tr("Keychain: unavailable"));
        m_banner->showMessage(
            MessageBanner::Kind::Error,
            tr("No system keychain is reachable, so App Secrets cannot be saved. %1\nYou can "
               "keep them in memory for this session only: they are forgotten when OTP Manager "
               "closes.")
                .arg(m_keychain->problem()),
            tr("Use session-only mode"));
        break;
    case KeychainStatus::State::SessionOnly:
        m_keychainStatus->setText(tr("Keychain: session-only"));
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Session-only mode: App Secrets are kept in memory and "
                                 "forgotten when OTP Manager closes."));
        break;
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_context.settings.setWindowGeometry(saveGeometry());
    m_context.settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

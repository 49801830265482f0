#include "MainWindow.h"

#include "pages/AppsPage.h"
#include "pages/ErrorCodesPage.h"
#include "pages/InboxPage.h"
#include "pages/SettingsPage.h"
#include "pages/TestConsolePage.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "services/AppSettings.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"
#include "storage/AppExporter.h"
#include "storage/AppImporter.h"
#include "widgets/LazyPage.h"
#include "widgets/StatusColors.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList PageIcons{u"apps"_s, u"console"_s, u"inbox"_s, u"codes"_s, u"settings"_s};
} // namespace

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(ThemedIcon::appIcon());

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // The banner for the keychain: unavailable (offer session-only mode) or session-only.
    m_banner = new QWidget(central);
    m_banner->setObjectName(u"keychainBanner"_s);
    m_banner->setAutoFillBackground(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(u"keychainBannerText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerButton = new QPushButton(m_banner);
    m_bannerButton->setObjectName(u"sessionOnlyButton"_s);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerButton);
    m_banner->hide();
    outer->addWidget(m_banner);
    connect(m_bannerButton, &QPushButton::clicked, this, &MainWindow::useSessionOnlySecrets);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(190);
    m_sidebar->setBackgroundRole(QPalette::Window);
    for (const QString &icon : PageIcons)
        m_sidebar->addItem(new QListWidgetItem(ThemedIcon::icon(icon, palette()), QString()));
    m_pages = new QStackedWidget(central);
    body->addWidget(m_sidebar);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    // Start-up pays only for the page the user sees; the others are built on first view.
    m_appsPage = new AppsPage(m_context, m_pages);
    m_consoleHost = new LazyPage(
        [this](QWidget *host) { return new TestConsolePage(m_context, host); }, m_pages);
    m_inboxHost = new LazyPage(
        [this](QWidget *host) {
            auto *page = new InboxPage(m_context, host);
            connect(page, &InboxPage::startRequested, this, &MainWindow::startSandbox);
            connect(page, &InboxPage::stopRequested, this, &MainWindow::stopSandbox);
            page->setSandboxStatus(m_sandboxStatus->text(), isSandboxRunning());
            return page;
        },
        m_pages);
    m_errorCodesHost
        = new LazyPage([](QWidget *host) { return new ErrorCodesPage(host); }, m_pages);
    m_settingsHost = new LazyPage(
        [this](QWidget *host) {
            auto *page = new SettingsPage(m_context, host);
            connect(page, &SettingsPage::sandboxPortChanged, this, [this] {
                m_sandboxPortOverride = -1; // the user chose a port: it wins from now on
                if (isSandboxRunning()) {
                    stopSandbox();
                    startSandbox();
                }
            });
            return page;
        },
        m_pages);
    for (QWidget *page :
         {static_cast<QWidget *>(m_appsPage), static_cast<QWidget *>(m_consoleHost),
          static_cast<QWidget *>(m_inboxHost), static_cast<QWidget *>(m_errorCodesHost),
          static_cast<QWidget *>(m_settingsHost)})
        m_pages->addWidget(page);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_appsPage, &AppsPage::testAppRequested, this, [this](const QUuid &id) {
        consolePage()->selectApp(id);
        showPage(Page::TestConsole);
    });
    connect(m_appsPage, &AppsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    m_sandboxStatus = new QLabel(this);
    m_sandboxStatus->setObjectName(u"sandboxStatus"_s);
    m_keychainStatus = new QLabel(this);
    m_keychainStatus->setObjectName(u"keychainStatus"_s);
    statusBar()->addPermanentWidget(m_sandboxStatus);
    statusBar()->addPermanentWidget(m_keychainStatus);
    if (m_context.sandbox) {
        connect(m_context.sandbox, &SandboxServer::started, this, [this] {
            m_sandboxError.clear();
            updateSandboxStatus();
        });
        connect(m_context.sandbox, &SandboxServer::stopped, this, &MainWindow::updateSandboxStatus);
        connect(m_context.sandbox, &SandboxServer::error, this, [this](const QString &message) {
            m_sandboxError = message;
            updateSandboxStatus();
        });
    }

    buildMenus();
    m_sidebar->setCurrentRow(0);
    retranslateUi();

    resize(1180, 760);
    if (m_context.settings) {
        restoreGeometry(m_context.settings->windowGeometry());
        restoreState(m_context.settings->windowState());
    }
    if (m_context.apps && m_context.apps->secretStore()
        && !m_context.apps->secretStore()->isPersistent())
        m_keychainState = KeychainState::SessionOnly;
    updateKeychainStatus();
    updateSandboxStatus();
}

MainWindow::~MainWindow() = default;

TestConsolePage *MainWindow::consolePage()
{
    return static_cast<TestConsolePage *>(m_consoleHost->content());
}

InboxPage *MainWindow::inboxPage()
{
    return static_cast<InboxPage *>(m_inboxHost->content());
}

ErrorCodesPage *MainWindow::errorCodesPage()
{
    return static_cast<ErrorCodesPage *>(m_errorCodesHost->content());
}

SettingsPage *MainWindow::settingsPage()
{
    return static_cast<SettingsPage *>(m_settingsHost->content());
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAppAction
        = m_fileMenu->addAction(ThemedIcon::icon(u"add"_s, palette()), QString(), this, [this] {
              showPage(Page::Apps);
              m_appsPage->newApp();
          });
    m_newAppAction->setShortcut(QKeySequence::New);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importApps);
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportApps);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_findAction = m_editMenu->addAction(ThemedIcon::icon(u"search"_s, palette()), QString(), this,
                                         &MainWindow::find);
    m_findAction->setShortcut(QKeySequence::Find);
    m_editMenu->addSeparator();
    m_settingsAction = m_editMenu->addAction(ThemedIcon::icon(u"settings"_s, palette()), QString(),
                                             this, [this] { showPage(Page::Settings); });
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(u"Ctrl+,"_s)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < PageIcons.size(); ++i) {
        QAction *action = m_viewMenu->addAction(ThemedIcon::icon(PageIcons.at(i), palette()),
                                                QString(), this, [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions << action;
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction
        = m_helpMenu->addAction(ThemedIcon::appIcon(), QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("OTP Manager"));
    const QStringList pageNames{tr("OTP Apps"), tr("Test console"), tr("Sandbox inbox"),
                                tr("Error codes"), tr("Settings")};
    for (int i = 0; i < pageNames.size(); ++i) {
        m_sidebar->item(i)->setText(pageNames.at(i));
        m_pageActions.at(i)->setText(pageNames.at(i));
    }
    m_sidebar->setAccessibleName(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAppAction->setText(tr("&New OTP App…"));
    m_importAction->setText(tr("&Import Apps…"));
    m_exportAction->setText(tr("&Export Apps…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find"));
    m_settingsAction->setText(tr("&Settings"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About OTP Manager"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateSandboxStatus();
    updateKeychainStatus();
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::find()
{
    if (currentPage() == Page::ErrorCodes) {
        errorCodesPage()->focusSearch();
        return;
    }
    showPage(Page::Apps);
    m_appsPage->focusFilter();
}

void MainWindow::startSandbox()
{
    if (!m_context.sandbox || m_context.sandbox->isRunning())
        return;
    SandboxServerOptions options;
    options.port = quint16(m_sandboxPortOverride >= 0 ? m_sandboxPortOverride
                               : m_context.settings   ? m_context.settings->sandboxPort()
                                                      : AppSettings::DefaultSandboxPort);
    const SandboxStartResult result = m_context.sandbox->start(options);
    m_sandboxError = result.ok ? QString() : result.error;
    updateSandboxStatus();
}

void MainWindow::stopSandbox()
{
    if (m_context.sandbox)
        m_context.sandbox->stop();
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
            tr("Sandbox running at %1").arg(m_context.sandbox->url().toString()));
    else if (!m_sandboxError.isEmpty())
        m_sandboxStatus->setText(tr("Sandbox could not start: %1").arg(m_sandboxError));
    else
        m_sandboxStatus->setText(tr("Sandbox stopped"));
    m_sandboxStatus->setToolTip(m_sandboxError);
    if (m_inboxHost->isBuilt())
        inboxPage()->setSandboxStatus(m_sandboxStatus->text(), isSandboxRunning());
}

bool MainWindow::isSandboxRunning() const
{
    return m_context.sandbox && m_context.sandbox->isRunning();
}

void MainWindow::checkKeychain()
{
    SecretStore *store = m_context.apps ? m_context.apps->secretStore() : nullptr;
    if (!store || !store->isPersistent())
        return;
    m_keychainState = KeychainState::Checking;
    updateKeychainStatus();
    // A lookup of an id that never exists: "not found" proves the keychain answers.
    static const QUuid probe(u"{6f74706d-0000-4000-8000-70726f626521}"_s);
    whenFinished(this, store->read(probe), [this](const SecretResult &result) {
        if (m_keychainState == KeychainState::SessionOnly)
            return;
        const bool reachable = result.ok() || result.status == SecretResult::Status::NotFound;
        m_keychainState = reachable ? KeychainState::Available : KeychainState::Unavailable;
        m_keychainProblem = reachable ? QString() : result.message;
        updateKeychainStatus();
    });
}

void MainWindow::useSessionOnlySecrets()
{
    if (!m_context.apps)
        return;
    if (!m_sessionStore)
        m_sessionStore = new MemorySecretStore(this);
    m_context.apps->setSecretStore(m_sessionStore);
    m_keychainState = KeychainState::SessionOnly;
    updateKeychainStatus();
}

void MainWindow::updateKeychainStatus()
{
    if (!m_keychainStatus)
        return;
    QPalette bannerPalette = m_banner->palette();
    switch (m_keychainState) {
    case KeychainState::Checking:
        m_keychainStatus->setText(tr("Keychain: checking…"));
        m_banner->hide();
        break;
    case KeychainState::Available:
        m_keychainStatus->setText(tr("Keychain: available"));
        m_banner->hide();
        break;
    case KeychainState::Unavailable:
        m_keychainStatus->setText(tr("Keychain: unavailable"));
        m_bannerText->setText(
            tr("No system keychain is reachable, so App Secrets cannot be saved. %1\nYou can "
               "keep them in memory for this session only: they are forgotten when OTP Manager "
               "closes.")
                .arg(m_keychainProblem));
        m_bannerButton->setText(tr("Use session-only mode"));
        m_bannerButton->show();
        bannerPalette.setColor(
            QPalette::Window,
            StatusColors::error(palette()).lighter(StatusColors::isDark(palette()) ? 40 : 185));
        m_banner->setPalette(bannerPalette);
        m_banner->show();
        break;
    case KeychainState::SessionOnly:
        m_keychainStatus->setText(tr("Keychain: session-only"));
        m_bannerText->setText(tr("Session-only mode: App Secrets are kept in memory and "
                                 "forgotten when OTP Manager closes."));
        m_bannerButton->hide();
        bannerPalette.setColor(
            QPalette::Window,
            StatusColors::warning(palette()).lighter(StatusColors::isDark(palette()) ? 40 : 185));
        m_banner->setPalette(bannerPalette);
        m_banner->show();
        break;
    }
}

void MainWindow::importApps()
{
    if (!m_context.apps)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import OTP Apps"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("OTP Manager apps (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const AppImporter::Result result = AppImporter::readFile(path, m_context.apps->apps());
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Import failed"), result.error);
        return;
    }
    QStringList report;
    int imported = 0;
    for (const AppImporter::ImportedApp &app : result.apps) {
        QString secret = app.secret;
        if (app.secretSource == AppImporter::SecretSource::AskUser) {
            bool ok = false;
            secret = QInputDialog::getText(
                this, tr("App Secret"),
                tr("App Secret of “%1” (from the ThaiBulkSMS dashboard):").arg(app.config.name),
                QLineEdit::Password, QString(), &ok);
            if (!ok || secret.trimmed().isEmpty()) {
                report << tr("“%1” was skipped: no App Secret given.").arg(app.config.name);
                continue;
            }
        }
        if (app.secretSource == AppImporter::SecretSource::Generate) {
            OtpAppDraft draft = OtpAppDraft::fromConfig(app.config);
            m_context.apps->create(draft, {});
        } else {
            m_context.apps->insert(app.config, secret.trimmed());
        }
        ++imported;
        if (app.renamed)
            report << tr("“%1” was renamed “%2”: the name was taken.")
                          .arg(app.nameInFile, app.config.name);
    }
    for (const AppImporter::RejectedApp &rejected : result.rejected)
        report << AppImporter::describe(rejected);
    QMessageBox::information(this, tr("Import finished"),
                             tr("%n app(s) imported.", nullptr, imported)
                                 + (report.isEmpty() ? QString() : u"\n\n"_s + report.join(u'\n')));
}

void MainWindow::exportApps()
{
    if (!m_context.apps)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export OTP Apps"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/otp-apps.json"_s,
        tr("OTP Manager apps (*.json)"));
    if (path.isEmpty())
        return;
    const Result<void> written = AppExporter::writeFile(path, m_context.apps->apps());
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.error);
        return;
    }
    statusBar()->showMessage(tr("Exported %n app(s) to %1 (without App Secrets).", nullptr,
                                int(m_context.apps->apps().size()))
                                 .arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About OTP Manager"));
    box.setIconPixmap(ThemedIcon::appIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>OTP Manager %1</h3><p>Manage, test and sandbox ThaiBulkSMS SMS-OTP "
                   "apps.</p><p>Licensed under the GNU General Public License, version 3 or "
                   "later. Built with Qt %2.</p>")
                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_context.settings) {
        m_context.settings->setWindowGeometry(saveGeometry());
        m_context.settings->setWindowState(saveState());
    }
    QMainWindow::closeEvent(event);
}

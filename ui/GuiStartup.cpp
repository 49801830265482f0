#include "GuiStartup.h"

#include "AppContext.h"
#include "Appearance.h"
#include "GuiCommandLine.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "i18n/Translations.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainSecretStore.h"
#include "services/AppSettings.h"
#include "services/BackgroundDatabaseCheck.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"
#include "services/SandboxAppSync.h"
#include "services/SandboxInboxRecorder.h"
#include "services/SandboxTokenKeeper.h"
#include "services/SandboxTrafficRecorder.h"
#include "storage/DataDirectory.h"

#include <QApplication>
#include <QFontDatabase>
#include <QImageReader>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

void showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Critical, title, text);
    box.addButton(QCoreApplication::translate("GuiStartup", "Close"), QMessageBox::AcceptRole);
    box.exec();
}

// Beside the window, without waiting: opened with open(), so the event loop goes on (the
// sandbox, the keychain check, a start measured with --quit-after-startup) and nothing waits
// for the answer. Also on stderr, for starts nobody watches.
void showWarningBeside(QWidget *window, const QString &title, const QString &text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
    std::fflush(stderr);
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, window);
    box->addButton(QCoreApplication::translate("GuiStartup", "OK"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// After start-up: the whole-file check reads every page of the store, which on a large one
// competes with the first second of work for the disk and the second core.
constexpr int DatabaseCheckDelayMs = 1000;

} // namespace

int GuiStartup::run(QApplication &app)
{
    GuiStartup startup;
    const GuiCommandLine::Options options = startup.parseOptions(app);
    startup.startWarmUp();
    if (const std::optional<int> exitCode = startup.openData(options))
        return *exitCode;
    startup.makeServices();
    startup.showWindow(options);
    startup.scheduleAfterFirstPaint(options);
    const int exitCode = app.exec();
    startup.finish();
    return exitCode;
}

GuiStartup::GuiStartup()
    : m_settings(std::make_unique<AppSettings>()), m_translations(std::make_unique<Translations>())
{ }

GuiStartup::~GuiStartup() = default;

void GuiStartup::ThreadJoiner::operator()(QThread *thread) const
{
    thread->wait();
    delete thread;
}

GuiCommandLine::Options GuiStartup::parseOptions(const QApplication &app)
{
    // The language comes first: --help and every message after it are in the user's language.
    m_translations->install(GuiCommandLine::language(*m_settings));
    GuiCommandLine::Options options = GuiCommandLine::parse(app);
    // Before any window or message box: each is drawn in the user's theme from the start.
    m_appearance = std::make_unique<Appearance>(*m_settings);
    return options;
}

// Work the window will wait for, done on another core while this one opens the data and builds
// the window: the system's fonts (fontconfig, a quarter of start-up; the first text waits for
// it), the image format plugins (the menu bar's overflow icon loads them all) and the keychain's
// library (loaded by the first keychain call). Each is thread-safe, and who needs one sooner
// waits for the work in progress instead of starting its own. Not before the command line:
// --help and --version exit on the spot.
void GuiStartup::startWarmUp()
{
    m_warmUp.reset(QThread::create([] {
        QFontDatabase::families();
        QImageReader::supportedImageFormats();
        KeychainSecretStore::preloadBackend();
    }));
    m_warmUp->start();
}

std::optional<int> GuiStartup::openData(const GuiCommandLine::Options &options)
{
    const Result<DataDirectory::Location> dataDir = DataDirectory::resolve(options.dataDir);
    if (!dataDir.ok()) {
        showError(tr("OTP Manager cannot start"), dataDir.error);
        return 1;
    }
    m_opened = Workspace::open(dataDir.value.path, true);
    if (!m_opened.workspace) {
        // A second instance is not an error: say so and leave the first one alone.
        const bool alreadyRunning = !m_opened.lock.acquired;
        showError(alreadyRunning ? tr("OTP Manager is already running")
                                 : tr("OTP Manager cannot open its data"),
                  m_opened.error);
        return alreadyRunning ? 0 : 1;
    }
    return std::nullopt;
}

void GuiStartup::makeServices()
{
    Workspace &workspace = *m_opened.workspace;
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_apps = std::make_unique<OtpAppService>(workspace.apps(), m_keychain.get());
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandboxSync = std::make_unique<SandboxAppSync>(*m_apps, *m_sandbox);
    m_inboxRecorder = std::make_unique<SandboxInboxRecorder>(*m_sandbox, workspace.inbox());
    // Before the sandbox first starts: it hands back the tokens of the last session.
    m_tokenKeeper = std::make_unique<SandboxTokenKeeper>(*m_sandbox, workspace.sandboxTokens(),
                                                         *m_inboxRecorder);
    m_trafficRecorder = std::make_unique<SandboxTrafficRecorder>(*m_sandbox, workspace.dataDir(),
                                                                 m_settings->trafficRetention());
    m_trafficRecorder->followSettings(*m_settings);
}

void GuiStartup::showWindow(const GuiCommandLine::Options &options)
{
    m_window = std::make_unique<MainWindow>(AppContext{*m_opened.workspace, *m_apps, *m_sandbox,
                                                       *m_inboxRecorder, *m_trafficRecorder,
                                                       *m_settings, *m_translations});
    m_window->show();
    // What the sandbox's keepers could not store is said in the status bar: the kept tokens,
    // and calls missing from the reports (a full disk, or more traffic than it can write).
    const auto say = [bar = m_window->statusBar()](const QString &message) {
        bar->showMessage(message, 10000);
    };
    QObject::connect(m_tokenKeeper.get(), &SandboxTokenKeeper::failed, m_window->statusBar(), say);
    QObject::connect(m_trafficRecorder.get(), &SandboxTrafficRecorder::failed,
                     m_window->statusBar(), say);
    if (m_opened.database.status == DatabaseOpenReport::Status::Recovered) {
        showWarningBeside(m_window.get(), tr("The database was damaged"),
                          m_opened.database.message);
    }
    // For this run only: the saved preference stays as the user set it.
    if (options.sandboxPort)
        m_window->setSandboxPortOverride(*options.sandboxPort);
}

void GuiStartup::finish()
{
    if (m_sandbox)
        m_sandbox->stop(); // delivers what its thread queued; the keeper writes it
}

// After the first paint: the window appears first, the sandbox and the keychain follow.
void GuiStartup::scheduleAfterFirstPaint(const GuiCommandLine::Options &options)
{
    const bool startSandbox = m_settings->sandboxStartsWithApp() && !options.noSandbox;
    if (options.quitAfterStartup) {
        m_probe = std::make_unique<StartupProbe>(m_window.get(), [] {
            std::printf("startup-idle-unix-ns %lld\n",
                        static_cast<long long>(StartupProbe::nowUnixNs()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    QTimer::singleShot(0, m_window.get(), [this, startSandbox] {
        if (startSandbox)
            m_window->startSandbox();
        m_sandboxSync->sync();
        m_window->checkKeychain();
        removeOrphanedSecrets();
        if (m_probe)
            m_probe->markReady();
        QTimer::singleShot(DatabaseCheckDelayMs, m_window.get(), [this] { startDatabaseCheck(); });
    });
}

void GuiStartup::startDatabaseCheck()
{
    m_databaseCheck
        = std::make_unique<BackgroundDatabaseCheck>(m_opened.workspace->database().filePath());
    QObject::connect(m_databaseCheck.get(), &BackgroundDatabaseCheck::damageFound, m_window.get(),
                     [this](const QString &message) {
                         showWarningBeside(m_window.get(), tr("The database is damaged"), message);
                     });
    m_databaseCheck->start();
}

// Secrets an import left in the keychain when it was killed (docs/reliability.md): removed in
// the background; only the log tells, as nothing is asked of the user.
void GuiStartup::removeOrphanedSecrets()
{
    Workspace &workspace = *m_opened.workspace;
    if (!workspace.hasOrphanedSecrets())
        return;
    whenFinished(m_window.get(), workspace.removeOrphanedSecrets(*m_keychain),
                 [](const PendingSecretCleanup::Summary &summary) {
                     if (const QString line = PendingSecretCleanup::describe(summary);
                         !line.isEmpty())
                         qInfo().noquote() << line;
                 });
}

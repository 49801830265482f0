#include "GuiStartup.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "i18n/Translations.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainSecretStore.h"
#include "services/AppSettings.h"
#include "services/OtpAppService.h"
#include "services/SandboxAppSync.h"
#include "services/SandboxInboxRecorder.h"
#include "services/Workspace.h"
#include "storage/DataDirectory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QImageReader>
#include <QMessageBox>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

void showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Critical, title, text);
    box.addButton(QCoreApplication::translate("GuiStartup", "Close"), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace

int GuiStartup::run(QApplication &app)
{
    // The language comes first: --help and every message after it are in the user's language.
    AppSettings settings;
    Translations translations;
    std::optional<Language> language = settings.language();
    if (const std::optional<Language> chosen
        = Translations::languageFromArguments(QCoreApplication::arguments()))
        language = chosen;
    translations.install(language.value_or(Translations::systemLanguage()));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage, test and sandbox ThaiBulkSMS OTP apps."));
    parser.addHelpOption();
    parser.addVersionOption();
    DataDirectory::addOption(parser);
    const QCommandLineOption langOption(u"lang"_s, tr("Language of the interface: en or th."),
                                        u"en|th"_s);
    const QCommandLineOption noSandboxOption(u"no-sandbox"_s,
                                             tr("Do not start the embedded sandbox."));
    const QCommandLineOption portOption(
        u"sandbox-port"_s,
        tr("Port of the embedded sandbox for this run (0: any free port; default: the one in "
           "Settings, 8765)."),
        u"PORT"_s);
    const QCommandLineOption quitOption(
        u"quit-after-startup"_s,
        tr("Quit as soon as the window is shown, painted and idle, printing that moment "
           "(nanoseconds since 1970) for start-up measurements."));
    parser.addOptions({langOption, noSandboxOption, portOption, quitOption});
    parser.process(app);

    // Work the window will wait for, done on another core while this one opens the data and
    // builds the window: the system's fonts (fontconfig, a quarter of start-up; the first text
    // waits for it), the image format plugins (the menu bar's overflow icon loads them all) and
    // the keychain's library (loaded by the first keychain call). Each is thread-safe, and who
    // needs one sooner waits for the work in progress instead of starting its own. Not before
    // the command line: --help and --version exit on the spot.
    const auto joinAndDelete = [](QThread *thread) {
        thread->wait();
        delete thread;
    };
    std::unique_ptr<QThread, decltype(joinAndDelete)> warmUp(
        QThread::create([] {
            QFontDatabase::families();
            QImageReader::supportedImageFormats();
            KeychainSecretStore::preloadBackend();
        }),
        joinAndDelete);
    warmUp->start();

    const DataDirectory::Result dataDir = DataDirectory::resolve(parser);
    if (!dataDir.ok()) {
        showError(tr("OTP Manager cannot start"), dataDir.error);
        return 1;
    }
    Workspace::OpenResult opened = Workspace::open(dataDir.path, true);
    if (!opened.workspace) {
        // A second instance is not an error: say so and leave the first one alone.
        const bool alreadyRunning = !opened.lock.acquired;
        showError(alreadyRunning ? tr("OTP Manager is already running")
                                 : tr("OTP Manager cannot open its data"),
                  opened.error);
        return alreadyRunning ? 0 : 1;
    }
    Workspace &workspace = *opened.workspace;

    KeychainSecretStore keychain;
    OtpAppService apps(workspace.apps(), &keychain);
    SandboxServer sandbox;
    SandboxAppSync sandboxSync(apps, sandbox);
    SandboxInboxRecorder inboxRecorder(sandbox, workspace.inbox());

    AppContext context;
    context.workspace = &workspace;
    context.apps = &apps;
    context.sandbox = &sandbox;
    context.inboxRecorder = &inboxRecorder;
    context.settings = &settings;
    context.translations = &translations;

    MainWindow window(context);
    window.show();
    if (opened.database.status == DatabaseOpenResult::Status::Recovered) {
        QMessageBox box(QMessageBox::Warning, tr("The database was damaged"),
                        opened.database.message, QMessageBox::NoButton, &window);
        box.addButton(tr("OK"), QMessageBox::AcceptRole);
        box.exec();
    }

    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        // For this run only: the saved preference stays as the user set it.
        if (ok && port >= 0 && port < 65536)
            window.setSandboxPortOverride(port);
    }
    // After the first paint: the window appears first, the sandbox and keychain follow.
    const bool startSandbox = settings.sandboxStartsWithApp() && !parser.isSet(noSandboxOption);
    std::unique_ptr<StartupProbe> probe;
    if (parser.isSet(quitOption)) {
        probe = std::make_unique<StartupProbe>(&window, [] {
            std::printf("startup-idle-unix-ns %lld\n",
                        static_cast<long long>(StartupProbe::nowUnixNs()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    QTimer::singleShot(0, &window, [&] {
        if (startSandbox)
            window.startSandbox();
        sandboxSync.sync();
        window.checkKeychain();
        if (probe)
            probe->markReady();
    });
    return app.exec();
}

#pragma once

#include "GuiCommandLine.h"
#include "services/Workspace.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class AppSettings;
class Appearance;
class BackgroundDatabaseCheck;
class KeychainSecretStore;
class MainWindow;
class OtpAppService;
class QApplication;
class QThread;
class SandboxAppSync;
class SandboxInboxRecorder;
class SandboxTrafficRecorder;
class SandboxServer;
class SandboxTokenKeeper;
class StartupProbe;
class Translations;

// What happens between main() and the event loop, in steps: the options (language first, then
// the command line), the data folder (its lock and database), the services (keychain, apps,
// sandbox), the window; after its first paint, the sandbox and the keychain check, and a little
// later the check of the whole database in the background. Failures the user must know about
// are shown in a message box, in the user's language, and end the start cleanly; what the
// user must know while the window runs (a database set aside, damage found) is shown in a box
// that does not stop the event loop. Everything made here lives until the event loop ends.
class GuiStartup
{
    Q_DECLARE_TR_FUNCTIONS(GuiStartup)

public:
    static int run(QApplication &app);
    ~GuiStartup();

private:
    // Joins the warm-up thread before deleting it.
    struct ThreadJoiner {
        void operator()(QThread *thread) const;
    };

    GuiStartup();
    GuiCommandLine::Options parseOptions(const QApplication &app);
    void startWarmUp();
    std::optional<int>
    openData(const GuiCommandLine::Options &options); // the exit code when start-up ends
    void makeServices();
    void showWindow(const GuiCommandLine::Options &options);
    void scheduleAfterFirstPaint(const GuiCommandLine::Options &options);
    void startDatabaseCheck();
    void removeOrphanedSecrets();
    // After the event loop: the sandbox stops, so its last tokens and messages are stored.
    void finish();

    // Declared in the order they are made: destroyed in reverse.
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<QThread, ThreadJoiner> m_warmUp;
    Workspace::Opening m_opened;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<OtpAppService> m_apps;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SandboxAppSync> m_sandboxSync;
    std::unique_ptr<SandboxInboxRecorder> m_inboxRecorder;
    std::unique_ptr<SandboxTrafficRecorder> m_trafficRecorder; // reports: the sandbox's calls
    std::unique_ptr<SandboxTokenKeeper> m_tokenKeeper;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<BackgroundDatabaseCheck> m_databaseCheck;
    std::unique_ptr<StartupProbe> m_probe;
};

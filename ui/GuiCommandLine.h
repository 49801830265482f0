#pragma once

#include "domain/Language.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class AppSettings;

// otp-manager's command line. --help and --version only print, so they are answered without a
// display: main() asks printsOnly() before any QApplication exists and then runs print() on a
// QCoreApplication, which needs no window system. The window's start parses the same options.
class GuiCommandLine
{
    // The strings keep the context they had in GuiStartup, and so their translations.
    Q_DECLARE_TR_FUNCTIONS(GuiStartup)

public:
    struct Options {
        QString dataDir; // --data-dir; empty: the environment's or the standard folder
        bool noSandbox = false;
        std::optional<int> sandboxPort; // for this run only
        bool quitAfterStartup = false; // for start-up measurements
    };

    // Names, organisation and version, shared by the text-only and the window start; set
    // before the application object, so QStandardPaths and --version see them.
    static void setIdentity();
    // True when the arguments ask for --help, --help-all or --version (plain argv: no
    // application object exists yet).
    static bool printsOnly(int argc, const char *const *argv);
    // Prints the help or the version in the user's language and returns the exit code.
    static int print(const QCoreApplication &app);

    // The language of the interface: --lang, else the one chosen in Settings, else the system's.
    static Language language(const AppSettings &settings);
    // Parses the arguments of app; --help and --version print and exit the process here.
    static Options parse(const QCoreApplication &app);
};

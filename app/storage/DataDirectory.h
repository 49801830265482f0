#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

// Where OTP Manager keeps its database, lock file and exports by default. Both executables
// resolve it the same way: --data-dir DIR, else $OTP_MANAGER_DATA_DIR, else the platform's
// application data folder for "OTP Manager" (shared by otp-manager and otpctl).
class DataDirectory
{
    Q_DECLARE_TR_FUNCTIONS(DataDirectory)

public:
    static constexpr const char *EnvironmentVariable = "OTP_MANAGER_DATA_DIR";
    static constexpr const char *OptionName = "data-dir";

    enum class Source { CommandLine, Environment, Standard };

    struct Location {
        QString path; // absolute, cleaned; the folder exists
        Source source = Source::Standard;
    };

    // Adds --data-dir DIR to a parser, so every executable offers the same option.
    static void addOption(QCommandLineParser &parser);
    // After parser.process(): resolves (and creates) the folder from the option, the
    // environment or the standard location.
    static Result<Location> resolve(const QCommandLineParser &parser);
    // explicitPath wins when not empty; then the environment; then the standard location.
    static Result<Location> resolve(const QString &explicitPath = {});

    // The platform folder, e.g. ~/.local/share/OTP Manager/OTP Manager on Linux. It does not
    // depend on the running executable's application name, so the GUI and otpctl agree.
    static QString standardLocation();
};

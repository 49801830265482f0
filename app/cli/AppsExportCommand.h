#pragma once

#include "AppsAction.h"

#include <optional>

// otpctl apps export [NAME...] [--output FILE]: apps in the apps file format, never with a
// secret.
class AppsExportCommand : public AppsAction
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)

public:
    struct Options {
        QStringList names; // trimmed; empty: every app
        std::optional<QString> output; // the file of --output; nullopt: standard output
        QString dataDir;
    };

    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

    static ParsedOptions<Options> parseOptions(const QStringList &arguments);
    static ExitCode execute(const Options &options);
};

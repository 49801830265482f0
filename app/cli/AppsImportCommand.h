#pragma once

#include "AppsAction.h"

// otpctl apps import FILE.json [--json]: the AppImport use case, as File ▸ Import Apps… runs
// it, with the App Secrets of Live and Custom apps read from standard input, one line per app
// in the file's order.
class AppsImportCommand : public AppsAction
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)

public:
    struct Options {
        QString file;
        QString dataDir;
        bool json = false;
    };

    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

    static ParsedOptions<Options> parseOptions(const QStringList &arguments);
    static ExitCode execute(const Options &options);
};

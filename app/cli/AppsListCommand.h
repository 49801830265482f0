#pragma once

#include "AppsAction.h"

// otpctl apps list [--json]: the apps of the local store, as a table or as JSON.
class AppsListCommand : public AppsAction
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)

public:
    struct Options {
        QString dataDir;
        bool json = false;
    };

    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

    static ParsedOptions<Options> parseOptions(const QStringList &arguments);
    static ExitCode execute(const Options &options);
};

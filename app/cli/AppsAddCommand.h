#pragma once

#include "AppsAction.h"
#include "domain/OtpAppDraft.h"

// otpctl apps add: creates an app from options. A Sandbox app gets a generated App Key and
// Secret, printed once; a Live or Custom app's App Secret is read from standard input, never
// from the arguments.
class AppsAddCommand : public AppsAction
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)

public:
    struct Options {
        OtpAppDraft draft; // as given; validated by execute()
        QString dataDir;
        bool json = false;
    };

    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

    static ParsedOptions<Options> parseOptions(const QStringList &arguments);
    static ExitCode execute(const Options &options);
};

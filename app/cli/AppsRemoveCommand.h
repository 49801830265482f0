#pragma once

#include "AppsAction.h"

// otpctl apps remove NAME: deletes an app and its App Secret; its history stays.
class AppsRemoveCommand : public AppsAction
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)

public:
    struct Options {
        QString name; // trimmed
        QString dataDir;
    };

    QString name() const override { return QStringLiteral("remove"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

    static ParsedOptions<Options> parseOptions(const QStringList &arguments);
    static ExitCode execute(const Options &options);
};

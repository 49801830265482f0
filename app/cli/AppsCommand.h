#pragma once

#include "CliCommand.h"

#include <memory>

class QCommandLineParser;
class Workspace;

// otpctl apps list|add|remove|export|import: the OTP apps of the local store, with their App
// Secrets in the system keychain. A new Sandbox app's generated key and secret are printed
// once; a Live or Custom app's secret is read from standard input, never from the arguments.
class AppsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)

public:
    QString name() const override { return QStringLiteral("apps"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

private:
    ExitCode list(const QStringList &arguments);
    ExitCode add(const QStringList &arguments);
    ExitCode remove(const QStringList &arguments);
    ExitCode exportApps(const QStringList &arguments);
    ExitCode importApps(const QStringList &arguments);

    QString helpText() const;
    // Prints why it could not be opened; null then.
};

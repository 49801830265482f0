#pragma once

#include "CliCommand.h"

// otpctl sandbox: the embedded sandbox, headless, for a user's own CI. Prints JSON lines
// (listening, app, sms, request, stopped) and runs until SIGINT or SIGTERM.
class SandboxCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;
};

#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

// otpctl apps list|add|remove|export|import: the OTP apps of the local store, with their App
// Secrets in the system keychain. Each action is a command of its own (AppsListCommand, …);
// this one hands the arguments to it, and prints the overview for --help.
class AppsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)

public:
    AppsCommand();
    ~AppsCommand() override;

    QString name() const override { return QStringLiteral("apps"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

private:
    QString helpText() const;

    std::vector<std::unique_ptr<CliCommand>> m_actions;
};

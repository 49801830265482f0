#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

// otpctl's dispatcher: applies --lang, handles --help/--version, runs the subcommand.
class OtpCtl
{
    Q_DECLARE_TR_FUNCTIONS(OtpCtl)

public:
    OtpCtl();
    ~OtpCtl();

    ExitCode run(const QStringList &arguments);

private:
    QString helpText() const;
    static void applyLanguage(const QStringList &arguments);

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Standard input for otpctl, one line at a time: App Secrets piped in by a script, or typed
// at a terminal without echo. Secrets never come from the command line, where `ps` and the
// shell history would keep them.
class CliInput
{
    Q_DECLARE_TR_FUNCTIONS(CliInput)

public:
    static CliInput &instance();

    // The next line without its line break; nullopt at the end of input. At a terminal the
    // prompt goes to stderr and, for a secret, typing is not echoed.
    std::optional<QString> readLine(const QString &prompt, bool secret);
    static bool isTerminal();

private:
    CliInput() = default;
    bool m_ended = false;
};

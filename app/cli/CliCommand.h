#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class Workspace;

// One otpctl subcommand. run() gets the arguments after the subcommand's name (with the
// program name first, as QCommandLineParser expects) and returns the exit code; a command
// that serves (sandbox) runs the event loop itself.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for `otpctl --help`
    virtual ExitCode run(const QStringList &arguments) = 0;

protected:
    // Adds --help and --lang (applied earlier by OtpCtl), then parses. Returns an exit code
    // when the command is done already (--help printed: Ok; a usage error printed: Usage).
    static std::optional<ExitCode> parse(QCommandLineParser &parser, const QStringList &arguments,
                                         const QString &description);

    // The local store of --data-dir (or its default), opened without the GUI's lock; on
    // failure the reason is printed and the result is null (exit with TransportOrSystem).
    static std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser);
};

#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

class QCommandLineParser;
class Workspace;

// What a command's parse step gives: the options to execute with, or the exit code when the
// command is done already (--help printed: Ok; a usage error printed: Usage).
template<typename Options> using ParsedOptions = std::variant<Options, ExitCode>;

// One otpctl subcommand. run() gets the arguments after the subcommand's name (with the
// program name first, as QCommandLineParser expects) and returns the exit code; a command
// that serves (sandbox) runs the event loop itself.
//
// Every command has the same shape: parse the arguments into an options struct (only
// checks, prints usage errors), then execute the options (the work, through the core's use
// cases). run() is parseThenExecute(parseOptions(arguments), execute).
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for `otpctl --help`
    virtual ExitCode run(const QStringList &arguments) = 0;

protected:
    template<typename Options, typename Execute>
    static ExitCode parseThenExecute(const ParsedOptions<Options> &parsed, Execute &&execute)
    {
        if (const ExitCode *done = std::get_if<ExitCode>(&parsed))
            return *done;
        return execute(std::get<Options>(parsed));
    }

    // Adds --help and --lang (applied earlier by OtpCtl), then parses. Returns an exit code
    // when the command is done already (--help printed: Ok; a usage error printed: Usage).
    static std::optional<ExitCode> parse(QCommandLineParser &parser, const QStringList &arguments,
                                         const QString &description);

    // The local store for a command, or the exit code that ends the command.
    struct OpenedWorkspace {
        std::unique_ptr<Workspace> workspace; // null: exit with exitCode
        ExitCode exitCode = ExitCode::TransportOrSystem;
    };
    // The local store of --data-dir (or its default), opened without the GUI's lock. On
    // failure the reason is printed (TransportOrSystem). A damaged store is set aside by the
    // open: that is said on stderr with the kept file's path, and the command ends there
    // (DatabaseRecovered), so no script takes the new, empty store for its data.
    static OpenedWorkspace openWorkspace(const QCommandLineParser &parser);
    // The same for a --data-dir value read earlier (empty: the environment or the default).
    static OpenedWorkspace openWorkspace(const QString &dataDirOption);
};

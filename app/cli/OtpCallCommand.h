#pragma once

#include "CliCommand.h"
#include "api/OtpCallOptions.h"

#include <QString>
#include <QUrl>

class QCommandLineParser;

// What otpctl request and verify share: the target (an app of the local store, or --base-url
// with --key), the per-call options, the secret (keychain, or OTP_SECRET / stdin); the output and
// exit code are OtpCallOutput's. The call itself, with its history, is the core's OtpCallSession;
// this is its command-line face: parse the arguments into Options, then execute.
class OtpCallCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OtpCallCommand)

public:
    struct Options {
        OtpOperation operation = OtpOperation::Request;
        QString appName; // --app, trimmed; empty: baseUrl with key
        QUrl baseUrl; // --base-url, checked
        QString key; // --key
        OtpCallOptions call; // --api, --json-body, --timeout
        QUrl sandboxUrl; // --sandbox-url, checked; default http://127.0.0.1:8765
        QUrl liveUrl; // --live-url, checked; empty: the service itself
        QString dataDir; // --data-dir as given; empty: the environment's or the default
        bool json = false; // --json
        bool keepHistory = true; // false: --no-history
        QString msisdn; // request: the number; verify: --msisdn, for the history row only
        QString token; // verify
        QString pin; // verify
    };

    ExitCode run(const QStringList &arguments) override;
    ParsedOptions<Options> parseOptions(const QStringList &arguments);
    // The secret never is an option: it comes from the keychain (--app), or from OTP_SECRET or
    // standard input (--base-url), read here.
    static ExitCode execute(const Options &options);

protected:
    virtual OtpOperation operation() const = 0;
    virtual QString description() const = 0;
    // The command's own options.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Reads them into options after parsing; prints and returns an exit code when they are
    // wrong.
    virtual std::optional<ExitCode> readOptions(const QCommandLineParser &parser,
                                                Options &options) const = 0;
};

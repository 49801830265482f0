#pragma once

#include "CliCommand.h"
#include "sandbox/SandboxControlClient.h"

#include <QUrl>

// otpctl code --msisdn N [--app A] [--after T] [--wait S] [--json]: the code of the newest
// message a sandbox delivered to that number, read through its control API
// (GET /sandbox/v1/messages/latest), for end-to-end tests.
class CodeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CodeCommand)

public:
    struct Options {
        QUrl sandboxUrl; // --sandbox-url, OTP_SANDBOX_URL, or http://127.0.0.1:8765
        QString apiToken; // --api-token or OTP_SANDBOX_API_TOKEN; empty: none
        SandboxControlClient::LatestQuery query; // msisdn as +66…
        bool json = false;
    };

    QString name() const override { return QStringLiteral("code"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

    static ParsedOptions<Options> parseOptions(const QStringList &arguments);
    static ExitCode execute(const Options &options);
    // The exit code of each way a call can end (docs/otpctl.md).
    static ExitCode exitCodeFor(SandboxControlClient::Outcome outcome);
};

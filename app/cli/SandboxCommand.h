#pragma once

#include "CliCommand.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxServerOptions.h"
#include "services/TrafficRetention.h"

#include <QUrl>

#include <optional>

class SandboxServing;

// otpctl sandbox: the embedded sandbox, headless, for a user's own CI. Prints JSON lines
// (listening, app, sms, request, stopped) and runs until SIGINT or SIGTERM.
class SandboxCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    struct Options {
        SandboxServerOptions server; // --bind, --port, --allow-remote; the rest as defaults
        SandboxFaults faults; // checked: problem() is empty
        std::optional<QString> appsFile; // --apps; none: the local store's Sandbox apps
        std::optional<QString> inboxFile; // --inbox
        QString dataDir; // --data-dir as given; empty: the environment or the standard folder
        bool record = false; // --record: OTP calls into the data folder's sandbox_traffic
        TrafficRetention retention; // --keep-days, --max-rows
        QList<QUrl> webhooks; // --webhook, each checked
    };

    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

    static ParsedOptions<Options> parseOptions(const QStringList &arguments);
    static ExitCode execute(const Options &options);

private:
    // Serves the Sandbox apps of an apps file, with the secrets it carries.
    static ExitCode serveFileApps(const QString &path, SandboxServing &serving);
    // Serves the local store's Sandbox apps, with their secrets from the keychain.
    static ExitCode serveStoreApps(const QString &dataDir, SandboxServing &serving);
};

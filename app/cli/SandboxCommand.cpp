#include "SandboxCommand.h"

#include "CliOutput.h"
#include "JsonLine.h"
#include "SignalWatcher.h"
#include "api/ErrorLookup.h"
#include "sandbox/SandboxServer.h"
#include "secrets/CredentialGenerator.h"
#include "secrets/KeychainSecretStore.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/AppImporter.h"
#include "storage/AppRepository.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray smsEvent(const OtpMessage &message)
{
    return JsonLine()
        .add("event", u"sms"_s)
        .add("app", message.appName)
        .add("appId", message.appId.toString(QUuid::WithoutBraces))
        .add("msisdn", message.msisdn)
        .add("text", message.text)
        .add("code", message.code)
        .add("refno", message.refno)
        .add("token", message.token)
        .add("createdAt", message.createdAt)
        .add("expiresAt", message.expiresAt)
        .finish();
}

struct AppsResult {
    QList<SandboxApp> apps;
    QList<QJsonObject> events; // printed after the listening line, which comes first
    QString error; // translated; set when nothing can be served
};

// The sandbox apps of an export file: a "secret" travels with each (sandbox credentials are
// fake), and an app without one gets generated credentials that are printed once.
AppsResult appsFromFile(const QString &path)
{
    AppsResult result;
    const AppImporter::Result imported = AppImporter::readFile(path, {});
    if (!imported.ok()) {
        result.error = imported.error;
        return result;
    }
    for (const AppImporter::RejectedApp &rejected : imported.rejected) {
        for (const QString &line : AppImporter::describe(rejected))
            CliOutput::instance().err(line);
    }
    for (const AppImporter::ImportedApp &app : imported.apps) {
        if (app.config.environment != Environment::Sandbox) {
            CliOutput::instance().err(
                SandboxCommand::tr("“%1” is not a sandbox app; the sandbox does not serve it.")
                    .arg(app.config.name));
            continue;
        }
        SandboxApp served{app.config, app.secret};
        bool generated = false;
        if (served.secret.isEmpty() || served.config.appKey.isEmpty()) {
            const CredentialGenerator::Credentials credentials
                = CredentialGenerator::sandboxCredentials();
            served.config.appKey = credentials.appKey;
            served.secret = credentials.appSecret;
            generated = true;
        }
        QJsonObject event{{u"event"_s, u"app"_s},
                          {u"app"_s, served.config.name},
                          {u"key"_s, served.config.appKey}};
        if (generated)
            event.insert(u"secret"_s, served.secret); // fake, local-only credentials
        result.events << event;
        result.apps << served;
    }
    if (result.apps.isEmpty())
        result.error = SandboxCommand::tr("%1 holds no usable sandbox app.").arg(path);
    return result;
}

} // namespace

QString SandboxCommand::summary() const
{
    return tr("Run the OTP sandbox server headless until Ctrl+C (for CI).");
}

ExitCode SandboxCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption bindOption(u"bind"_s, tr("Address to listen on (default 127.0.0.1)."),
                                        u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOption(u"port"_s, tr("Port (default 8765; 0 = any free port)."),
                                        u"N"_s, u"8765"_s);
    const QCommandLineOption remoteOption(
        u"allow-remote"_s,
        tr("Allow a non-loopback --bind address (other machines can then "
           "reach the sandbox)."));
    const QCommandLineOption appsOption(
        u"apps"_s,
        tr("Serve the sandbox apps of this export file (each may carry its \"secret\"), "
           "instead of the local store's."),
        u"FILE.json"_s);
    const QCommandLineOption inboxOption(
        u"inbox"_s, tr("Also append every SMS as a JSON line to this file."), u"FILE.jsonl"_s);
    const QCommandLineOption latencyOption(u"latency"_s, tr("Delay every OTP answer by MS."),
                                           u"MS"_s);
    const QCommandLineOption jitterOption(u"jitter"_s, tr("Add a random 0..MS to the delay."),
                                          u"MS"_s);
    const QCommandLineOption failOption(
        u"fail"_s,
        tr("Answer OTP calls with this catalog entry (status code or error name), or \"drop\" "
           "to close the connection without an answer."),
        u"NAME|CODE"_s);
    const QCommandLineOption rateOption(u"fail-rate"_s,
                                        tr("Apply --fail to this share of calls (0..1)."), u"R"_s);
    const QCommandLineOption nextOption(u"fail-next"_s,
                                        tr("Apply --fail to the next N calls only."), u"N"_s);
    parser.addOptions({bindOption, portOption, remoteOption, appsOption, inboxOption, latencyOption,
                       jitterOption, failOption, rateOption, nextOption});
    DataDirectory::addOption(parser);
    if (const auto done
        = parse(parser, arguments,
                tr("Run the OTP sandbox: a local server with the real API's wire format. "
                   "Prints JSON lines on stdout: listening, app, sms, request, stopped.")))
        return *done;
    CliOutput &out = CliOutput::instance();

    SandboxServerOptions options;
    if (!options.bindAddress.setAddress(parser.value(bindOption))) {
        out.err(tr("--bind needs an IP address, not \"%1\".").arg(parser.value(bindOption)));
        return ExitCode::Usage;
    }
    options.allowNonLoopback = parser.isSet(remoteOption);
    bool ok = false;
    const int port = parser.value(portOption).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        out.err(tr("--port needs a number from 0 to 65535."));
        return ExitCode::Usage;
    }
    options.port = quint16(port);
    options.ownThread = false; // nothing else runs here: serve on the main thread
    options.inboxCapacity = 0; // each SMS is printed (and appended to --inbox) as it comes

    SandboxFaults faults;
    const auto readInt = [&parser](const QCommandLineOption &option, int min, int max, int *value) {
        bool valid = false;
        *value = parser.value(option).toInt(&valid);
        return valid && *value >= min && *value <= max;
    };
    if (parser.isSet(latencyOption)
        && !readInt(latencyOption, 0, SandboxFaults::MaxLatencyMs, &faults.latencyMs)) {
        out.err(tr("--latency needs milliseconds from 0 to %1.").arg(SandboxFaults::MaxLatencyMs));
        return ExitCode::Usage;
    }
    if (parser.isSet(jitterOption)
        && !readInt(jitterOption, 0, SandboxFaults::MaxLatencyMs, &faults.jitterMs)) {
        out.err(tr("--jitter needs milliseconds from 0 to %1.").arg(SandboxFaults::MaxLatencyMs));
        return ExitCode::Usage;
    }
    if (parser.isSet(failOption)) {
        const QString fail = parser.value(failOption).trimmed();
        if (fail.compare(u"drop", Qt::CaseInsensitive) == 0) {
            faults.action = SandboxFaults::Action::Drop;
        } else {
            const ErrorLookup::Result found = ErrorLookup::find(fail);
            if (!found.entry || found.kind == ErrorLookup::InputKind::Body) {
                out.err(tr("--fail: \"%1\" is not a status code or error name of the catalog "
                           "(see \"otpctl decode\"), nor \"drop\".")
                            .arg(fail));
                return ExitCode::Usage;
            }
            faults.action = SandboxFaults::Action::Error;
            faults.errorRow = found.entry->row;
        }
        if (parser.isSet(rateOption)) {
            faults.scope = SandboxFaults::Scope::Fraction;
            faults.fraction = parser.value(rateOption).toDouble(&ok);
            if (!ok || faults.fraction < 0 || faults.fraction > 1) {
                out.err(tr("--fail-rate needs a number from 0 to 1."));
                return ExitCode::Usage;
            }
        } else if (parser.isSet(nextOption)) {
            faults.scope = SandboxFaults::Scope::NextRequests;
            if (!readInt(nextOption, 1, 1000000000, &faults.count)) {
                out.err(tr("--fail-next needs a positive number."));
                return ExitCode::Usage;
            }
        }
    } else if (parser.isSet(rateOption) || parser.isSet(nextOption)) {
        out.err(tr("--fail-rate and --fail-next go with --fail."));
        return ExitCode::Usage;
    }
    if (const QString problem = faults.problem(); !problem.isEmpty()) {
        out.err(problem);
        return ExitCode::Usage;
    }

    std::unique_ptr<QFile> inboxFile;
    if (parser.isSet(inboxOption)) {
        inboxFile = std::make_unique<QFile>(parser.value(inboxOption));
        if (!inboxFile->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            out.err(tr("Cannot write the inbox file %1: %2")
                        .arg(inboxFile->fileName(), inboxFile->errorString()));
            return ExitCode::TransportOrSystem;
        }
    }

    SandboxServer server;
    server.setFaults(faults);
    QObject::connect(&server, &SandboxServer::warning, &server,
                     [&out](const QString &message) { out.err(message); });
    QObject::connect(&server, &SandboxServer::smsDelivered, &server,
                     [&out, &inboxFile](const OtpMessage &message) {
                         const QByteArray line = smsEvent(message);
                         out.rawLine(line);
                         if (inboxFile) {
                             inboxFile->write(line);
                             inboxFile->flush();
                         }
                     });
    QObject::connect(&server, &SandboxServer::requestHandled, &server,
                     [&out](const SandboxRequestRecord &record) {
                         out.rawLine(JsonLine()
                                         .add("event", u"request"_s)
                                         .add("method", record.method)
                                         .add("path", record.path)
                                         .add("status", qint64(record.status))
                                         .add("ms", record.elapsedMs, 2)
                                         .finish());
                     });

    // The apps: from the file, or the local store's sandbox apps with keychain secrets.
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<KeychainSecretStore> keychain;
    std::unique_ptr<OtpAppService> service;
    QList<OtpAppConfig> storeApps;
    QList<QJsonObject> appEvents;
    if (parser.isSet(appsOption)) {
        const QFileInfo appsFile(parser.value(appsOption));
        if (!appsFile.isFile() || !appsFile.isReadable()) {
            out.err(tr("Cannot read the apps file %1.").arg(appsFile.filePath()));
            return ExitCode::TransportOrSystem;
        }
        const AppsResult apps = appsFromFile(appsFile.filePath());
        appEvents = apps.events;
        if (!apps.error.isEmpty()) {
            out.err(apps.error);
            return ExitCode::ApiOrValidationError;
        }
        server.setApps(apps.apps);
    } else {
        workspace = openWorkspace(parser);
        if (!workspace)
            return ExitCode::TransportOrSystem;
        for (const OtpAppConfig &app : workspace->apps().list()) {
            if (app.environment == Environment::Sandbox)
                storeApps << app;
        }
        if (storeApps.isEmpty()) {
            out.err(tr("The local store in %1 has no sandbox app. Create one in OTP Manager, "
                       "or pass --apps FILE.json.")
                        .arg(workspace->dataDir()));
            return ExitCode::ApiOrValidationError;
        }
        keychain = std::make_unique<KeychainSecretStore>();
        service = std::make_unique<OtpAppService>(workspace->apps(), keychain.get());
    }

    SignalWatcher signalWatcher;
    int exitCode = toInt(ExitCode::Ok);
    const auto startServing = [&] {
        const SandboxStartResult started = server.start(options);
        if (!started.ok) {
            out.err(started.error);
            exitCode = toInt(ExitCode::TransportOrSystem);
            QCoreApplication::exit(exitCode);
            return;
        }
        if (!started.warning.isEmpty())
            out.err(started.warning);
        out.jsonLine({{u"event"_s, u"listening"_s}, {u"url"_s, started.urlString()}});
        for (const QJsonObject &event : std::as_const(appEvents))
            out.jsonLine(event);
    };
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &server,
                     [&](int number) {
                         server.stop();
                         out.jsonLine({{u"event"_s, u"stopped"_s}, {u"signal"_s, number}});
                         QCoreApplication::exit(toInt(ExitCode::Ok));
                     });

    if (service) {
        // Secrets come from the keychain, asynchronously; serve once every answer is in.
        auto remaining = std::make_shared<int>(int(storeApps.size()));
        auto ready = std::make_shared<QList<SandboxApp>>();
        for (const OtpAppConfig &app : storeApps) {
            service->secret(app.id).then(
                &server, [&, app, remaining, ready](const SecretResult &secret) {
                    if (secret.ok()) {
                        *ready << SandboxApp{app, secret.secret};
                        appEvents << QJsonObject{
                            {u"event"_s, u"app"_s}, {u"app"_s, app.name}, {u"key"_s, app.appKey}};
                    } else
                        out.err(tr("“%1” is not served: %2").arg(app.name, secret.message));
                    if (--*remaining > 0)
                        return;
                    if (ready->isEmpty()) {
                        out.err(tr("No sandbox app's secret could be read from the keychain. Pass "
                                   "--apps FILE.json with the secrets instead."));
                        exitCode = toInt(ExitCode::TransportOrSystem);
                        QCoreApplication::exit(exitCode);
                        return;
                    }
                    server.setApps(*ready);
                    startServing();
                });
        }
    } else {
        QMetaObject::invokeMethod(&server, startServing, Qt::QueuedConnection);
    }
    return ExitCode(QCoreApplication::exec());
}

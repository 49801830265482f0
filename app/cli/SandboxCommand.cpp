#include "SandboxCommand.h"

#include "CliOutput.h"
#include "SandboxEventLines.h"
#include "SandboxServing.h"
#include "sandbox/SandboxFaultsJson.h"
#include "secrets/KeychainSecretStore.h"
#include "services/OtpAppService.h"
#include "services/SandboxAppSync.h"
#include "services/SandboxAppsFile.h"
#include "services/SandboxTrafficRecorder.h"
#include "services/WebhookNotifier.h"
#include "services/Workspace.h"
#include "storage/DataDirectory.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace {

// The options of `otpctl sandbox`, in the order --help lists them.
struct Switches {
    const QCommandLineOption bind{u"bind"_s,
                                  SandboxCommand::tr("Address to listen on (default 127.0.0.1)."),
                                  u"ADDR"_s, u"127.0.0.1"_s};
    const QCommandLineOption port{u"port"_s,
                                  SandboxCommand::tr("Port (default 8765; 0 = any free port)."),
                                  u"N"_s, u"8765"_s};
    const QCommandLineOption allowRemote{
        u"allow-remote"_s,
        SandboxCommand::tr("Allow a non-loopback --bind address (other machines can then "
                           "reach the sandbox; the control API then needs a bearer token).")};
    const QCommandLineOption apiToken{
        u"api-token"_s,
        SandboxCommand::tr("The bearer token the control API (/sandbox/v1/) requires. Without "
                           "it, a non-loopback address gets one generated, printed in the "
                           "listening line."),
        u"TOKEN"_s};
    const QCommandLineOption apps{
        u"apps"_s,
        SandboxCommand::tr("Serve the sandbox apps of this export file (each may carry its "
                           "\"secret\"), instead of the local store's."),
        u"FILE.json"_s};
    const QCommandLineOption inbox{
        u"inbox"_s, SandboxCommand::tr("Also append every SMS as a JSON line to this file."),
        u"FILE.jsonl"_s};
    const QCommandLineOption latency{u"latency"_s,
                                     SandboxCommand::tr("Delay every OTP answer by MS."), u"MS"_s};
    const QCommandLineOption jitter{
        u"jitter"_s, SandboxCommand::tr("Add a random 0..MS to the delay."), u"MS"_s};
    const QCommandLineOption fail{
        u"fail"_s,
        SandboxCommand::tr("Answer OTP calls with this catalog entry (status code or error "
                           "name), or \"drop\" to close the connection without an answer."),
        u"NAME|CODE"_s};
    const QCommandLineOption failRate{
        u"fail-rate"_s, SandboxCommand::tr("Apply --fail to this share of calls (0..1)."), u"R"_s};
    const QCommandLineOption failNext{
        u"fail-next"_s, SandboxCommand::tr("Apply --fail to the next N calls only."), u"N"_s};
    const QCommandLineOption webhook{
        u"webhook"_s,
        SandboxCommand::tr("Also POST every SMS as the message JSON to this http or https URL "
                           "(repeatable); a delivery given up prints a webhook-failed line."),
        u"URL"_s};
    const QCommandLineOption record{
        u"record"_s,
        SandboxCommand::tr("Store every OTP call the sandbox answers in the data folder, for "
                           "\"otpctl report\" and the Reports page (never a secret or a PIN).")};
    const QCommandLineOption keepDays{
        u"keep-days"_s,
        SandboxCommand::tr("With --record: delete recorded calls older than DAYS (default 90; "
                           "0 keeps them for ever)."),
        u"DAYS"_s};
    const QCommandLineOption maxRows{
        u"max-rows"_s,
        SandboxCommand::tr("With --record: keep at most N recorded calls, the newest (default "
                           "2000000; 0: no limit)."),
        u"N"_s};

    QList<QCommandLineOption> all() const
    {
        return {bind, port,     allowRemote, apiToken, apps,   inbox,    latency, jitter,
                fail, failRate, failNext,    webhook,  record, keepDays, maxRows};
    }
};

// The option's value as a whole number from min to max; nullopt for anything else.
std::optional<int> intValue(const QCommandLineParser &parser, const QCommandLineOption &option,
                            int min, int max)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value >= min && value <= max ? std::optional(value) : std::nullopt;
}

// --fail: "drop", or a status code or error name of the catalog (read as the control API's
// "fail" is).
Result<void> readFailAction(const QString &fail, SandboxFaults &faults)
{
    if (SandboxFaultsJson::readFail(fail, &faults))
        return Result<void>::success();
    return Result<void>::failure(
        SandboxCommand::tr("--fail: \"%1\" is not a status code or error name of the catalog "
                           "(see \"otpctl decode\"), nor \"drop\".")
            .arg(fail));
}

// --keep-days and --max-rows, only with --record; the error is a usage error.
Result<TrafficRetention> parseRetention(const QCommandLineParser &parser, const Switches &switches)
{
    TrafficRetention retention;
    const std::tuple<const QCommandLineOption *, int *, int> limits[]
        = {{&switches.keepDays, &retention.maxAgeDays, TrafficRetention::MostDays},
           {&switches.maxRows, &retention.maxRows, TrafficRetention::MostRows}};
    for (const auto &[option, value, max] : limits) {
        if (!parser.isSet(*option))
            continue;
        const QString name = u"--"_s + option->names().constFirst();
        if (!parser.isSet(switches.record)) {
            return Result<TrafficRetention>::failure(
                SandboxCommand::tr("%1 applies to recorded calls: add --record.").arg(name));
        }
        const std::optional<int> read = intValue(parser, *option, 0, max);
        if (!read) {
            return Result<TrafficRetention>::failure(
                SandboxCommand::tr("%1 needs a whole number from 0 to %2.").arg(name).arg(max));
        }
        *value = *read;
    }
    return Result<TrafficRetention>::success(retention);
}

// --latency, --jitter, --fail with --fail-rate or --fail-next; the error is a usage error.
Result<SandboxFaults> parseFaults(const QCommandLineParser &parser, const Switches &switches)
{
    using Faults = Result<SandboxFaults>;
    constexpr int MaxMs = SandboxFaults::MaxLatencyMs;
    SandboxFaults faults;
    // An unset option leaves the value at 0; a set one must be milliseconds in range.
    const auto readDelay = [&parser](const QCommandLineOption &option, int *value) {
        if (!parser.isSet(option))
            return true;
        const std::optional<int> ms = intValue(parser, option, 0, MaxMs);
        *value = ms.value_or(0);
        return ms.has_value();
    };
    if (!readDelay(switches.latency, &faults.latencyMs))
        return Faults::failure(
            SandboxCommand::tr("--latency needs milliseconds from 0 to %1.").arg(MaxMs));
    if (!readDelay(switches.jitter, &faults.jitterMs))
        return Faults::failure(
            SandboxCommand::tr("--jitter needs milliseconds from 0 to %1.").arg(MaxMs));
    const bool rate = parser.isSet(switches.failRate);
    const bool next = parser.isSet(switches.failNext);
    if (!parser.isSet(switches.fail)) {
        if (rate || next)
            return Faults::failure(
                SandboxCommand::tr("--fail-rate and --fail-next go with --fail."));
        return Faults::success(faults);
    }
    if (const Result<void> action = readFailAction(parser.value(switches.fail).trimmed(), faults);
        !action)
        return Faults::failure(action.error);
    if (rate) {
        bool ok = false;
        faults.scope = SandboxFaults::Scope::Fraction;
        faults.fraction = parser.value(switches.failRate).toDouble(&ok);
        if (!ok || faults.fraction < 0 || faults.fraction > 1)
            return Faults::failure(SandboxCommand::tr("--fail-rate needs a number from 0 to 1."));
    } else if (next) {
        faults.scope = SandboxFaults::Scope::NextRequests;
        const std::optional<int> count = intValue(parser, switches.failNext, 1, 1000000000);
        if (!count)
            return Faults::failure(SandboxCommand::tr("--fail-next needs a positive number."));
        faults.count = *count;
    }
    if (const QString problem = faults.problem(); !problem.isEmpty())
        return Faults::failure(problem);
    return Faults::success(faults);
}

std::unique_ptr<QFile> openInboxFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        CliOutput::instance().err(SandboxCommand::tr("Cannot write the inbox file %1: %2")
                                      .arg(file->fileName(), file->errorString()));
        return nullptr;
    }
    return file;
}

} // namespace

QString SandboxCommand::summary() const
{
    return tr("Run the OTP sandbox server headless until Ctrl+C (for CI).");
}

ExitCode SandboxCommand::run(const QStringList &arguments)
{
    return parseThenExecute(parseOptions(arguments), &SandboxCommand::execute);
}

ParsedOptions<SandboxCommand::Options> SandboxCommand::parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Switches switches;
    parser.addOptions(switches.all());
    DataDirectory::addOption(parser);
    if (const auto done
        = parse(parser, arguments,
                tr("Run the OTP sandbox: a local server with the real API's wire format. "
                   "Prints JSON lines on stdout: listening, app, sms, request, webhook-failed, "
                   "stopped.")))
        return *done;

    CliOutput &out = CliOutput::instance();
    Options options;
    if (!options.server.bindAddress.setAddress(parser.value(switches.bind))) {
        out.err(tr("--bind needs an IP address, not \"%1\".").arg(parser.value(switches.bind)));
        return ExitCode::Usage;
    }
    options.server.allowNonLoopback = parser.isSet(switches.allowRemote);
    if (parser.isSet(switches.apiToken)) {
        options.server.apiToken = parser.value(switches.apiToken).trimmed();
        if (options.server.apiToken.isEmpty()
            || options.server.apiToken.contains(QRegularExpression(u"\\s"_s))) {
            out.err(tr("--api-token needs a token without spaces."));
            return ExitCode::Usage;
        }
    }
    const std::optional<int> port = intValue(parser, switches.port, 0, 65535);
    if (!port) {
        out.err(tr("--port needs a number from 0 to 65535."));
        return ExitCode::Usage;
    }
    options.server.port = quint16(*port);
    const Result<SandboxFaults> faults = parseFaults(parser, switches);
    if (!faults) {
        out.err(faults.error);
        return ExitCode::Usage;
    }
    options.faults = faults.value;
    if (parser.isSet(switches.apps))
        options.appsFile = parser.value(switches.apps);
    if (parser.isSet(switches.inbox))
        options.inboxFile = parser.value(switches.inbox);
    options.dataDir = parser.value(QString::fromLatin1(DataDirectory::OptionName));
    options.record = parser.isSet(switches.record);
    const Result<TrafficRetention> retention = parseRetention(parser, switches);
    if (!retention) {
        out.err(retention.error);
        return ExitCode::Usage;
    }
    options.retention = retention.value;
    for (const QString &text : parser.values(switches.webhook)) {
        const Result<QUrl> url = WebhookNotifier::checkUrl(text);
        if (!url) {
            out.err(u"--webhook: "_s + url.error);
            return ExitCode::Usage;
        }
        options.webhooks << url.value;
    }
    return options;
}

ExitCode SandboxCommand::execute(const Options &options)
{
    std::unique_ptr<QFile> inboxFile;
    if (options.inboxFile && !(inboxFile = openInboxFile(*options.inboxFile)))
        return ExitCode::TransportOrSystem;
    SandboxServing serving(options.server, options.faults, std::move(inboxFile), options.webhooks);
    std::unique_ptr<SandboxTrafficRecorder> recorder; // before the serving ends: writes the rest
    if (options.record) {
        const Result<DataDirectory::Location> dataDir = DataDirectory::resolve(options.dataDir);
        if (!dataDir) {
            CliOutput::instance().err(dataDir.error);
            return ExitCode::TransportOrSystem;
        }
        recorder = std::make_unique<SandboxTrafficRecorder>(serving.server(), dataDir.value.path,
                                                            options.retention);
        QObject::connect(recorder.get(), &SandboxTrafficRecorder::failed, recorder.get(),
                         [](const QString &message) { CliOutput::instance().err(message); });
    }
    if (options.appsFile)
        return serveFileApps(*options.appsFile, serving);
    return serveStoreApps(options.dataDir, serving);
}

ExitCode SandboxCommand::serveFileApps(const QString &path, SandboxServing &serving)
{
    CliOutput &out = CliOutput::instance();
    const QFileInfo appsFile(path);
    if (!appsFile.isFile() || !appsFile.isReadable()) {
        out.err(tr("Cannot read the apps file %1.").arg(appsFile.filePath()));
        return ExitCode::TransportOrSystem;
    }
    const Result<SandboxAppsFile::Contents> read = SandboxAppsFile::read(appsFile.filePath());
    if (!read) {
        out.err(read.error);
        return ExitCode::ApiOrValidationError;
    }
    for (const QString &note : read.value.notes)
        out.err(note);
    serving.server().setApps(read.value.sandboxApps());
    QList<QJsonObject> appLines;
    for (const SandboxAppsFile::ServedApp &served : read.value.apps) {
        appLines << SandboxEventLines::app(
            served.app.config, served.credentialsGenerated ? served.app.secret : QString());
    }
    QMetaObject::invokeMethod(
        &serving.server(), [&serving, appLines] { serving.start(appLines); }, Qt::QueuedConnection);
    return serving.exec();
}

ExitCode SandboxCommand::serveStoreApps(const QString &dataDir, SandboxServing &serving)
{
    OpenedWorkspace opened = openWorkspace(dataDir);
    if (!opened.workspace)
        return opened.exitCode;
    const std::unique_ptr<Workspace> workspace = std::move(opened.workspace);
    KeychainSecretStore keychain;
    OtpAppService apps(workspace->apps(), &keychain);
    SandboxAppSync sync(apps, serving.server());
    CliOutput &out = CliOutput::instance();
    if (sync.sandboxApps().isEmpty()) {
        out.err(tr("The local store in %1 has no sandbox app. Create one in OTP Manager, "
                   "or pass --apps FILE.json.")
                    .arg(workspace->dataDir()));
        return ExitCode::ApiOrValidationError;
    }
    QObject::connect(&sync, &SandboxAppSync::appSkipped, &sync,
                     [&out](const QString &appName, const QString &message) {
                         out.err(tr("“%1” is not served: %2").arg(appName, message));
                     });
    // Secrets come from the keychain, asynchronously; serve once every answer is in.
    QObject::connect(
        &sync, &SandboxAppSync::synced, &sync,
        [&serving](const QList<OtpAppConfig> &served) {
            if (served.isEmpty()) {
                SandboxServing::fail(tr("No sandbox app's secret could be read from the "
                                        "keychain. Pass --apps FILE.json with the secrets "
                                        "instead."),
                                     ExitCode::TransportOrSystem);
                return;
            }
            QList<QJsonObject> appLines;
            for (const OtpAppConfig &app : served)
                appLines << SandboxEventLines::app(app);
            serving.start(appLines);
        },
        Qt::SingleShotConnection);
    sync.sync();
    return serving.exec();
}

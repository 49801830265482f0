#include "OtpCallCommand.h"

#include "CliInput.h"
#include "CliOutput.h"
#include "OtpCallOutput.h"
#include "SignalWatcher.h"
#include "api/OtpEndpoint.h"
#include "api/OtpResult.h"
#include "sandbox/SandboxServerOptions.h"
#include "secrets/KeychainSecretStore.h"
#include "services/OtpAppService.h"
#include "services/OtpCallSession.h"
#include "services/Workspace.h"
#include "storage/AppRepository.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QString defaultSandboxUrl()
{
    return u"http://127.0.0.1:%1"_s.arg(SandboxServerOptions::DefaultPort);
}

// The value of --api: "v1", "v2", and "1", "2" as they have always been taken.
std::optional<ApiVersion> apiVersionOption(const QString &value)
{
    const QString api = value.trimmed();
    return enumFromId<ApiVersion>(api == u"1" || api == u"2" ? u'v' + api : api);
}

// The options request and verify share, with their help texts.
struct CommonOptions {
    QCommandLineOption app{
        u"app"_s,
        OtpCallCommand::tr(
            "The app of the local store to call; its App Secret comes from the keychain."),
        u"NAME"_s};
    QCommandLineOption baseUrl{
        u"base-url"_s,
        OtpCallCommand::tr(
            "Call this base URL instead of a stored app (https, or http only to this computer); "
            "needs --key."),
        u"URL"_s};
    QCommandLineOption key{
        u"key"_s,
        OtpCallCommand::tr(
            "The App Key to send with --base-url. The App Secret is read from the OTP_SECRET "
            "environment variable, else from standard input."),
        u"KEY"_s};
    QCommandLineOption api{u"api"_s, OtpCallCommand::tr("API version: v1 or v2 (default v2)."),
                           u"v1|v2"_s, u"v2"_s};
    QCommandLineOption jsonBody{
        u"json-body"_s,
        OtpCallCommand::tr("Send the body as JSON instead of application/x-www-form-urlencoded.")};
    QCommandLineOption json{
        u"json"_s, OtpCallCommand::tr("Print the result as one JSON object (for scripts).")};
    QCommandLineOption timeout{
        u"timeout"_s,
        OtpCallCommand::tr("Give up after S seconds for the whole call (default 15)."), u"S"_s,
        u"15"_s};
    QCommandLineOption sandboxUrl{
        u"sandbox-url"_s,
        OtpCallCommand::tr("Where the sandbox listens, for Sandbox apps (default %1).")
            .arg(defaultSandboxUrl()),
        u"URL"_s};
    QCommandLineOption liveUrl{
        u"live-url"_s,
        OtpCallCommand::tr("Base URL for Live apps instead of %1 (e.g. a staging proxy).")
            .arg(OtpEndpoint::defaultLiveBaseUrl().toString()),
        u"URL"_s};
    QCommandLineOption noHistory{
        u"no-history"_s,
        OtpCallCommand::tr("Do not add the call to the history of the local store.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions(
            {app, baseUrl, key, api, jsonBody, json, timeout, sandboxUrl, liveUrl, noHistory});
    }
};

// Refused before anything else: a secret on the command line stays in ps and the history.
std::optional<ExitCode> refuseSecretArgument(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"--secret" || argument.startsWith(u"--secret=")) {
            CliOutput::instance().err(OtpCallCommand::tr(
                "The App Secret is never taken from the command line, where ps and the "
                "shell history would keep it. Set the OTP_SECRET environment variable, "
                "or pipe the secret on standard input."));
            return ExitCode::Usage;
        }
    }
    return std::nullopt;
}

// --app NAME, or --base-url URL with --key KEY (the URL itself is checked with the others).
std::optional<ExitCode> readTarget(const QCommandLineParser &parser, const CommonOptions &common,
                                   OtpCallCommand::Options &options)
{
    CliOutput &out = CliOutput::instance();
    if (!parser.positionalArguments().isEmpty()) {
        out.err(OtpCallCommand::tr("Unexpected argument \"%1\"; every value goes with an option.")
                    .arg(parser.positionalArguments().first()));
        return ExitCode::Usage;
    }
    const bool useApp = parser.isSet(common.app);
    if (useApp == parser.isSet(common.baseUrl)) {
        out.err(OtpCallCommand::tr("Give either --app NAME (an app of the local store) or "
                                   "--base-url URL with --key KEY."));
        return ExitCode::Usage;
    }
    if (!useApp && !parser.isSet(common.key)) {
        out.err(OtpCallCommand::tr("--base-url needs --key KEY (the App Key from the dashboard)."));
        return ExitCode::Usage;
    }
    if (useApp && parser.isSet(common.key)) {
        out.err(OtpCallCommand::tr("--key goes with --base-url; a stored app has its own key."));
        return ExitCode::Usage;
    }
    options.appName = useApp ? parser.value(common.app).trimmed() : QString();
    options.key = parser.value(common.key);
    return std::nullopt;
}

// --api, --json-body and --timeout.
std::optional<ExitCode> readCallOptions(const QCommandLineParser &parser,
                                        const CommonOptions &common, OtpCallOptions &call)
{
    CliOutput &out = CliOutput::instance();
    const std::optional<ApiVersion> version = apiVersionOption(parser.value(common.api));
    if (!version) {
        out.err(
            OtpCallCommand::tr("--api needs v1 or v2, not \"%1\".").arg(parser.value(common.api)));
        return ExitCode::Usage;
    }
    call.version = *version;
    call.bodyFormat = parser.isSet(common.jsonBody) ? BodyFormat::Json : BodyFormat::Form;
    bool numeric = false;
    const double seconds = parser.value(common.timeout).toDouble(&numeric);
    if (!numeric || !std::isfinite(seconds) || seconds * 1000 < OtpCallOptions::MinTimeoutMs
        || seconds * 1000 > OtpCallOptions::MaxTimeoutMs) {
        out.err(OtpCallCommand::tr("--timeout needs seconds from %1 to %2.")
                    .arg(OtpCallOptions::MinTimeoutMs / 1000.0)
                    .arg(OtpCallOptions::MaxTimeoutMs / 1000));
        return ExitCode::Usage;
    }
    call.timeoutMs = int(std::lround(seconds * 1000));
    return std::nullopt;
}

// A URL of the command line, checked as the client will (exit 1 when refused).
std::optional<QUrl> checkedUrl(const QString &text)
{
    const Result<QUrl> checked = OtpEndpoint::check(QUrl(text.trimmed()));
    if (!checked.ok()) {
        CliOutput::instance().err(checked.error);
        return std::nullopt;
    }
    return checked.value;
}

// --base-url, --sandbox-url and --live-url: checked before anything else happens.
std::optional<ExitCode> readUrls(const QCommandLineParser &parser, const CommonOptions &common,
                                 OtpCallCommand::Options &options)
{
    options.sandboxUrl = QUrl(defaultSandboxUrl());
    const struct {
        const QCommandLineOption &option;
        QUrl &url;
    } urls[] = {{common.baseUrl, options.baseUrl},
                {common.sandboxUrl, options.sandboxUrl},
                {common.liveUrl, options.liveUrl}};
    for (const auto &[option, url] : urls) {
        if (!parser.isSet(option))
            continue;
        const std::optional<QUrl> checked = checkedUrl(parser.value(option));
        if (!checked)
            return ExitCode::ApiOrValidationError;
        url = *checked;
    }
    return std::nullopt;
}

// OTP_SECRET, else the first line of standard input (typed without echo at a terminal).
std::optional<QString> secretFromEnvironmentOrInput()
{
    QString secret = qEnvironmentVariable("OTP_SECRET").trimmed();
    if (secret.isEmpty()) {
        secret = CliInput::instance()
                     .readLine(OtpCallCommand::tr("App Secret: "), true)
                     .value_or(QString());
    }
    secret = secret.trimmed();
    if (secret.isEmpty()) {
        CliOutput::instance().err(
            OtpCallCommand::tr("No App Secret: set the OTP_SECRET environment variable, or pipe "
                               "the secret on standard input."));
        return std::nullopt;
    }
    return secret;
}

// The face: what the session reports goes to stdout / stderr and ends the event loop.
void connectOutput(OtpCallSession &session, bool json, const std::optional<OtpAppConfig> &app)
{
    const auto exit = [](ExitCode code) { QCoreApplication::exit(toInt(code)); };
    QObject::connect(&session, &OtpCallSession::callFinished, &session,
                     [json, app, exit](const OtpResult &result) {
                         OtpCallOutput::print(result, json, app ? app->name : QString());
                         exit(OtpCallOutput::exitCodeFor(result));
                     });
    QObject::connect(
        &session, &OtpCallSession::historyFailed, &session, [](const QString &message) {
            CliOutput::instance().err(
                OtpCallCommand::tr("The call was not added to the history: %1").arg(message));
        });
    QObject::connect(
        &session, &OtpCallSession::secretUnavailable, &session,
        [exit](const OtpAppConfig &stored, const QString &message) {
            CliOutput::instance().err(
                OtpCallCommand::tr("Cannot read the App Secret of “%1” from the keychain: %2")
                    .arg(stored.name, message));
            exit(ExitCode::TransportOrSystem);
        });
    // Ctrl+C while the keychain was still answering: nothing was sent.
    QObject::connect(&session, &OtpCallSession::callAbandoned, &session,
                     [exit] { exit(ExitCode::TransportOrSystem); });
}

void startCall(OtpCallSession &session, const OtpCallCommand::Options &options,
               const std::optional<OtpAppConfig> &app, const QString &secret)
{
    const bool request = options.operation == OtpOperation::Request;
    if (app && request)
        session.request(*app, options.msisdn, options.call);
    else if (app)
        session.verify(*app, options.token, options.pin, options.call, options.msisdn);
    else if (request)
        session.requestAt(options.baseUrl, options.key, secret, options.msisdn, options.call);
    else
        session.verifyAt(options.baseUrl, options.key, secret, options.token, options.pin,
                         options.call);
}

} // namespace

ExitCode OtpCallCommand::run(const QStringList &arguments)
{
    return parseThenExecute(parseOptions(arguments), &OtpCallCommand::execute);
}

ParsedOptions<OtpCallCommand::Options> OtpCallCommand::parseOptions(const QStringList &arguments)
{
    if (const auto refused = refuseSecretArgument(arguments))
        return *refused;
    QCommandLineParser parser;
    const CommonOptions common;
    common.addTo(parser);
    addOptions(parser);
    DataDirectory::addOption(parser);
    if (const auto done = parse(parser, arguments, description()))
        return *done;

    // In this order, so each mistake gets the message (and exit code) it always had.
    Options options;
    options.operation = operation();
    if (const auto wrong = readTarget(parser, common, options))
        return *wrong;
    if (const auto wrong = readCallOptions(parser, common, options.call))
        return *wrong;
    if (const auto wrong = readOptions(parser, options))
        return *wrong;
    if (const auto wrong = readUrls(parser, common, options))
        return *wrong;
    options.json = parser.isSet(common.json);
    options.keepHistory = !parser.isSet(common.noHistory);
    options.dataDir = parser.value(QString::fromLatin1(DataDirectory::OptionName));
    return options;
}

ExitCode OtpCallCommand::execute(const Options &options)
{
    // The target: a stored app (its secret read by the session), or the caller's secret.
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<KeychainSecretStore> keychain;
    std::unique_ptr<OtpAppService> apps;
    std::optional<OtpAppConfig> app;
    QString secret;
    if (!options.appName.isEmpty()) {
        OpenedWorkspace opened = openWorkspace(options.dataDir);
        if (!opened.workspace)
            return opened.exitCode;
        workspace = std::move(opened.workspace);
        app = workspace->apps().findByName(options.appName);
        if (!app) {
            CliOutput::instance().err(
                tr("There is no app named “%1” in %2. List the apps with \"otpctl apps "
                   "list\".")
                    .arg(options.appName, workspace->dataDir()));
            return ExitCode::ApiOrValidationError;
        }
        keychain = std::make_unique<KeychainSecretStore>();
        apps = std::make_unique<OtpAppService>(workspace->apps(), keychain.get());
    } else {
        const std::optional<QString> given = secretFromEnvironmentOrInput();
        if (!given)
            return ExitCode::Usage;
        secret = *given;
    }

    OtpCallSession session(apps.get(),
                           workspace && options.keepHistory ? &workspace->exchanges() : nullptr);
    session.setSandboxUrl(options.sandboxUrl);
    session.setLiveBaseUrl(options.liveUrl);
    connectOutput(session, options.json, app);
    SignalWatcher signalWatcher;
    // Cancelled calls print their Cancelled result and exit.
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &session,
                     &OtpCallSession::cancel);
    QMetaObject::invokeMethod(
        &session, [&] { startCall(session, options, app, secret); }, Qt::QueuedConnection);
    return ExitCode(QCoreApplication::exec());
}

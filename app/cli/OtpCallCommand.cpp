#include "OtpCallCommand.h"

#include "CliInput.h"
#include "CliOutput.h"
#include "SignalWatcher.h"
#include "api/ExchangeHistory.h"
#include "api/OtpClient.h"
#include "api/OtpEndpoint.h"
#include "sandbox/SandboxServerOptions.h"
#include "secrets/KeychainSecretStore.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/AppRepository.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QPointer>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QString defaultSandboxUrl()
{
    return u"http://127.0.0.1:%1"_s.arg(SandboxServerOptions::DefaultPort);
}

QString latencyText(const OtpResult &result)
{
    const std::optional<double> latency = result.latencyMs();
    if (!latency)
        return {};
    return OtpCallCommand::tr("%1 ms").arg(qRound64(*latency));
}

// The value of --api: "v1", "v2", and "1", "2" as they have always been taken.
std::optional<ApiVersion> apiVersionOption(const QString &value)
{
    const QString api = value.trimmed();
    return enumFromId<ApiVersion>(api == u"1" || api == u"2" ? u'v' + api : api);
}

} // namespace

ExitCode OtpCallCommand::exitCodeFor(const OtpResult &result)
{
    switch (result.outcome) {
    case OtpResult::Outcome::Success:
        return ExitCode::Ok;
    case OtpResult::Outcome::ApiError:
        return ExitCode::ApiOrValidationError;
    case OtpResult::Outcome::TransportError:
        // A URL refused before sending is the user's input failing validation.
        return result.reason == OtpResult::Reason::RefusedUrl ? ExitCode::ApiOrValidationError
                                                              : ExitCode::TransportOrSystem;
    case OtpResult::Outcome::Timeout:
    case OtpResult::Outcome::Cancelled:
    case OtpResult::Outcome::InvalidResponse:
        break;
    }
    return ExitCode::TransportOrSystem;
}

QStringList OtpCallCommand::describe(const OtpResult &result)
{
    QStringList facts;
    if (result.httpStatus > 0)
        facts << tr("HTTP %1").arg(result.httpStatus);
    if (const QString latency = latencyText(result); !latency.isEmpty())
        facts << latency;
    QString headline = result.outcomeText();
    if (!facts.isEmpty())
        headline += u" ("_s + facts.join(u", "_s) + u')';

    QStringList lines;
    lines << tr("Result:    %1").arg(headline);
    if (!result.token.isEmpty())
        lines << tr("Token:     %1").arg(result.token);
    if (!result.refno.isEmpty())
        lines << tr("Reference: %1").arg(result.refno);
    if (!result.message.isEmpty())
        lines << tr("Message:   %1").arg(result.message);
    if (result.entry) {
        QString code = tr("Code:      %1 (status %2, HTTP %3)")
                           .arg(result.entry->displayName())
                           .arg(result.entry->statusCode)
                           .arg(result.entry->httpStatus);
        // The OTP rows are named by their message; repeat the text only when it says more.
        if (result.entry->description() != result.entry->displayName())
            code += u": "_s + result.entry->description();
        lines << code;
    } else if (result.outcome == OtpResult::Outcome::ApiError) {
        lines << tr("Code:      not in the catalog of the vendor's codes");
    }
    lines << tr("Summary:   %1").arg(result.summary());
    if (!result.record.url.isEmpty()) {
        lines << tr("Sent:      %1 %2")
                     .arg(QString::fromLatin1(result.record.method),
                          result.record.url.toString(QUrl::FullyEncoded));
    }
    return lines;
}

ExitCode OtpCallCommand::run(const QStringList &arguments)
{
    CliOutput &out = CliOutput::instance();
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"--secret" || argument.startsWith(u"--secret=")) {
            out.err(tr("The App Secret is never taken from the command line, where ps and the "
                       "shell history would keep it. Set the OTP_SECRET environment variable, "
                       "or pipe the secret on standard input."));
            return ExitCode::Usage;
        }
    }

    QCommandLineParser parser;
    const QCommandLineOption appOption(
        u"app"_s, tr("The app of the local store to call; its App Secret comes from the keychain."),
        u"NAME"_s);
    const QCommandLineOption baseUrlOption(
        u"base-url"_s,
        tr("Call this base URL instead of a stored app (https, or http only to this computer); "
           "needs --key."),
        u"URL"_s);
    const QCommandLineOption keyOption(
        u"key"_s,
        tr("The App Key to send with --base-url. The App Secret is read from the OTP_SECRET "
           "environment variable, else from standard input."),
        u"KEY"_s);
    const QCommandLineOption apiOption(u"api"_s, tr("API version: v1 or v2 (default v2)."),
                                       u"v1|v2"_s, u"v2"_s);
    const QCommandLineOption jsonBodyOption(
        u"json-body"_s, tr("Send the body as JSON instead of application/x-www-form-urlencoded."));
    const QCommandLineOption jsonOption(u"json"_s,
                                        tr("Print the result as one JSON object (for scripts)."));
    const QCommandLineOption timeoutOption(
        u"timeout"_s, tr("Give up after S seconds for the whole call (default 15)."), u"S"_s,
        u"15"_s);
    const QCommandLineOption sandboxUrlOption(
        u"sandbox-url"_s,
        tr("Where the sandbox listens, for Sandbox apps (default %1).").arg(defaultSandboxUrl()),
        u"URL"_s);
    const QCommandLineOption liveUrlOption(
        u"live-url"_s,
        tr("Base URL for Live apps instead of %1 (e.g. a staging proxy).")
            .arg(OtpEndpoint::defaultLiveBaseUrl().toString()),
        u"URL"_s);
    const QCommandLineOption noHistoryOption(
        u"no-history"_s, tr("Do not add the call to the history of the local store."));
    parser.addOptions({appOption, baseUrlOption, keyOption, apiOption, jsonBodyOption, jsonOption,
                       timeoutOption, sandboxUrlOption, liveUrlOption, noHistoryOption});
    addOptions(parser);
    DataDirectory::addOption(parser);
    if (const auto done = parse(parser, arguments, description()))
        return *done;

    if (!parser.positionalArguments().isEmpty()) {
        out.err(tr("Unexpected argument \"%1\"; every value goes with an option.")
                    .arg(parser.positionalArguments().first()));
        return ExitCode::Usage;
    }
    const bool useApp = parser.isSet(appOption);
    if (useApp == parser.isSet(baseUrlOption)) {
        out.err(tr("Give either --app NAME (an app of the local store) or --base-url URL with "
                   "--key KEY."));
        return ExitCode::Usage;
    }
    if (!useApp && !parser.isSet(keyOption)) {
        out.err(tr("--base-url needs --key KEY (the App Key from the dashboard)."));
        return ExitCode::Usage;
    }
    if (useApp && parser.isSet(keyOption)) {
        out.err(tr("--key goes with --base-url; a stored app has its own key."));
        return ExitCode::Usage;
    }

    OtpCallOptions options;
    const std::optional<ApiVersion> version = apiVersionOption(parser.value(apiOption));
    if (!version) {
        out.err(tr("--api needs v1 or v2, not \"%1\".").arg(parser.value(apiOption)));
        return ExitCode::Usage;
    }
    options.version = *version;
    options.bodyFormat = parser.isSet(jsonBodyOption) ? BodyFormat::Json : BodyFormat::Form;
    bool numeric = false;
    const double seconds = parser.value(timeoutOption).toDouble(&numeric);
    if (!numeric || !std::isfinite(seconds) || seconds * 1000 < OtpCallOptions::MinTimeoutMs
        || seconds * 1000 > OtpCallOptions::MaxTimeoutMs) {
        out.err(tr("--timeout needs seconds from %1 to %2.")
                    .arg(OtpCallOptions::MinTimeoutMs / 1000.0)
                    .arg(OtpCallOptions::MaxTimeoutMs / 1000));
        return ExitCode::Usage;
    }
    options.timeoutMs = int(std::lround(seconds * 1000));
    if (const auto wrong = checkOptions(parser))
        return *wrong;

    // URLs given on the command line are checked before anything else happens.
    const auto checkedUrl = [&out](const QString &text) -> std::optional<QUrl> {
        const OtpEndpoint::Result checked = OtpEndpoint::check(QUrl(text.trimmed()));
        if (!checked.ok()) {
            out.err(checked.error);
            return std::nullopt;
        }
        return checked.baseUrl;
    };
    QUrl baseUrl;
    QUrl sandboxUrl(defaultSandboxUrl());
    QUrl liveUrl;
    if (!useApp) {
        const auto url = checkedUrl(parser.value(baseUrlOption));
        if (!url)
            return ExitCode::ApiOrValidationError;
        baseUrl = *url;
    }
    if (parser.isSet(sandboxUrlOption)) {
        const auto url = checkedUrl(parser.value(sandboxUrlOption));
        if (!url)
            return ExitCode::ApiOrValidationError;
        sandboxUrl = *url;
    }
    if (parser.isSet(liveUrlOption)) {
        const auto url = checkedUrl(parser.value(liveUrlOption));
        if (!url)
            return ExitCode::ApiOrValidationError;
        liveUrl = *url;
    }

    // The target and its secret.
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<KeychainSecretStore> keychain;
    std::unique_ptr<OtpAppService> service;
    OtpAppConfig app;
    QString secret;
    if (useApp) {
        workspace = openWorkspace(parser);
        if (!workspace)
            return ExitCode::TransportOrSystem;
        const std::optional<OtpAppConfig> found
            = workspace->apps().findByName(parser.value(appOption).trimmed());
        if (!found) {
            out.err(tr("There is no app named “%1” in %2. List the apps with \"otpctl apps "
                       "list\".")
                        .arg(parser.value(appOption).trimmed(), workspace->dataDir()));
            return ExitCode::ApiOrValidationError;
        }
        app = *found;
        keychain = std::make_unique<KeychainSecretStore>();
        service = std::make_unique<OtpAppService>(workspace->apps(), keychain.get());
    } else {
        secret = qEnvironmentVariable("OTP_SECRET").trimmed();
        if (secret.isEmpty())
            secret = CliInput::instance().readLine(tr("App Secret: "), true).value_or(QString());
        secret = secret.trimmed();
        if (secret.isEmpty()) {
            out.err(tr("No App Secret: set the OTP_SECRET environment variable, or pipe the "
                       "secret on standard input."));
            return ExitCode::Usage;
        }
    }

    OtpClient client;
    client.setSandboxUrl(sandboxUrl);
    client.setLiveBaseUrl(liveUrl);
    const bool json = parser.isSet(jsonOption);
    const bool keepHistory = workspace && !parser.isSet(noHistoryOption);
    QPointer<OtpCall> current;
    bool cancelled = false;

    const auto finish = [&](const OtpResult &result) {
        if (json) {
            QJsonObject object = result.toJson();
            if (useApp)
                object.insert(u"app"_s, app.name);
            out.jsonLine(object);
        } else {
            for (const QString &line : describe(result))
                out.out(line);
        }
        if (keepHistory) {
            const Result<qint64> saved
                = ExchangeHistory::append(workspace->exchanges(), result, app, historyMsisdn());
            if (!saved)
                out.err(tr("The call was not added to the history: %1").arg(saved.error));
        }
        QCoreApplication::exit(toInt(exitCodeFor(result)));
    };
    const auto startCall = [&](const QString &appSecret) {
        if (cancelled) {
            QCoreApplication::exit(toInt(ExitCode::TransportOrSystem));
            return;
        }
        OtpCall *call = useApp
            ? startWithApp(client, app, appSecret, options)
            : startAt(client, baseUrl, parser.value(keyOption), appSecret, options);
        current = call;
        QObject::connect(call, &OtpCall::finished, &client, finish);
    };

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &client, [&](int) {
        cancelled = true;
        if (current)
            current->cancel(); // prints the Cancelled result and exits
    });

    if (service) {
        service->secret(app.id).then(&client, [&](const SecretResult &stored) {
            if (!stored.ok()) {
                out.err(tr("Cannot read the App Secret of “%1” from the keychain: %2")
                            .arg(app.name, stored.message));
                QCoreApplication::exit(toInt(ExitCode::TransportOrSystem));
                return;
            }
            startCall(stored.secret);
        });
    } else {
        QMetaObject::invokeMethod(
            &client, [&] { startCall(secret); }, Qt::QueuedConnection);
    }
    return ExitCode(QCoreApplication::exec());
}

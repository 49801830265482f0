#include "CodeCommand.h"

#include "CliOutput.h"
#include "domain/Msisdn.h"
#include "sandbox/SandboxServerOptions.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double MaxWaitSeconds = 60;

struct Switches {
    const QCommandLineOption msisdn{
        u"msisdn"_s, CodeCommand::tr("The phone number the message went to (required)."),
        u"NUMBER"_s};
    const QCommandLineOption app{
        u"app"_s, CodeCommand::tr("Only messages of this sandbox app (name or App Key)."),
        u"NAME|KEY"_s};
    const QCommandLineOption after{
        u"after"_s,
        CodeCommand::tr("Only messages created after this message id or ISO-8601 time."),
        u"ID|TIME"_s};
    const QCommandLineOption wait{
        u"wait"_s,
        CodeCommand::tr("Wait up to S seconds (0 to 60) for a message to arrive (default 0)."),
        u"S"_s, u"0"_s};
    const QCommandLineOption sandboxUrl{
        u"sandbox-url"_s,
        CodeCommand::tr("Where the sandbox listens (default: OTP_SANDBOX_URL, else "
                        "http://127.0.0.1:%1).")
            .arg(SandboxServerOptions::DefaultPort),
        u"URL"_s};
    const QCommandLineOption apiToken{
        u"api-token"_s,
        CodeCommand::tr("The sandbox's control API token (default: OTP_SANDBOX_API_TOKEN)."),
        u"TOKEN"_s};
    const QCommandLineOption json{u"json"_s,
                                  CodeCommand::tr("Print the whole message as one JSON object.")};

    QList<QCommandLineOption> all() const
    {
        return {msisdn, app, after, wait, sandboxUrl, apiToken, json};
    }
};

// The option's value, else the environment variable's (empty for neither).
QString valueOrEnvironment(const QCommandLineParser &parser, const QCommandLineOption &option,
                           const char *variable)
{
    return parser.isSet(option) ? parser.value(option).trimmed()
                                : qEnvironmentVariable(variable).trimmed();
}

// --sandbox-url or OTP_SANDBOX_URL: an http or https URL; a usage error otherwise.
std::optional<QUrl> sandboxUrl(const QCommandLineParser &parser, const Switches &switches)
{
    QString text = valueOrEnvironment(parser, switches.sandboxUrl, "OTP_SANDBOX_URL");
    if (text.isEmpty())
        text = u"http://127.0.0.1:%1"_s.arg(SandboxServerOptions::DefaultPort);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http" && url.scheme() != u"https")) {
        CliOutput::instance().err(
            CodeCommand::tr("The sandbox URL needs to be an http or https URL such as "
                            "http://127.0.0.1:8765, not \"%1\".")
                .arg(text));
        return std::nullopt;
    }
    return url;
}

} // namespace

QString CodeCommand::summary() const
{
    return tr("Print the code of the newest message a sandbox delivered to a number.");
}

ExitCode CodeCommand::run(const QStringList &arguments)
{
    return parseThenExecute(parseOptions(arguments), &CodeCommand::execute);
}

ParsedOptions<CodeCommand::Options> CodeCommand::parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Switches switches;
    parser.addOptions(switches.all());
    if (const auto done
        = parse(parser, arguments,
                tr("Print the code of the newest OTP message a sandbox (otpctl sandbox or OTP "
                   "Manager's) delivered to a number, through its control API.\nExit code 0: "
                   "printed; 1: not a Thai mobile number; 2: usage error; 3: no sandbox answered; "
                   "5: no message came; 6: the control API token is missing or wrong.")))
        return *done;

    CliOutput &out = CliOutput::instance();
    if (!parser.isSet(switches.msisdn)) {
        out.err(tr("Give the number with --msisdn."));
        return ExitCode::Usage;
    }
    const ValidationIssues issues = Msisdn::validate(parser.value(switches.msisdn));
    if (!issues.isEmpty()) {
        out.err(u"--msisdn: "_s + issues.first().message);
        return ExitCode::ApiOrValidationError;
    }
    Options options;
    options.query.msisdn = Msisdn::parse(parser.value(switches.msisdn))->international();
    options.query.app = parser.value(switches.app).trimmed();
    options.query.after = parser.value(switches.after).trimmed();
    bool ok = false;
    options.query.waitSeconds = parser.value(switches.wait).toDouble(&ok);
    if (!ok || !(options.query.waitSeconds >= 0 && options.query.waitSeconds <= MaxWaitSeconds)) {
        out.err(tr("--wait needs seconds from 0 to %1.").arg(MaxWaitSeconds));
        return ExitCode::Usage;
    }
    const std::optional<QUrl> url = sandboxUrl(parser, switches);
    if (!url)
        return ExitCode::Usage;
    options.sandboxUrl = *url;
    options.apiToken = valueOrEnvironment(parser, switches.apiToken, "OTP_SANDBOX_API_TOKEN");
    options.json = parser.isSet(switches.json);
    return options;
}

ExitCode CodeCommand::exitCodeFor(SandboxControlClient::Outcome outcome)
{
    using Outcome = SandboxControlClient::Outcome;
    switch (outcome) {
    case Outcome::Found:
        return ExitCode::Ok;
    case Outcome::NoMessage:
        return ExitCode::NoMessage;
    case Outcome::Unauthorized:
        return ExitCode::Unauthorized;
    case Outcome::BadParameter:
        return ExitCode::Usage;
    case Outcome::Network:
    case Outcome::InvalidAnswer:
        break;
    }
    return ExitCode::TransportOrSystem;
}

ExitCode CodeCommand::execute(const Options &options)
{
    SandboxControlClient client(options.sandboxUrl, options.apiToken);
    QObject::connect(&client, &SandboxControlClient::latestAnswered, &client,
                     [json = options.json](const SandboxControlClient::Answer &answer) {
                         CliOutput &out = CliOutput::instance();
                         if (answer.outcome != SandboxControlClient::Outcome::Found)
                             out.err(answer.error);
                         else if (json)
                             out.rawLine(answer.messageJson + '\n');
                         else
                             out.out(answer.code);
                         QCoreApplication::exit(toInt(exitCodeFor(answer.outcome)));
                     });
    QMetaObject::invokeMethod(
        &client, [&] { client.latest(options.query); }, Qt::QueuedConnection);
    return ExitCode(QCoreApplication::exec());
}

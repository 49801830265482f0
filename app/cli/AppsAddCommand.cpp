#include "AppsAddCommand.h"

#include "CliInput.h"
#include "CliOutput.h"
#include "api/ErrorLookup.h"
#include "domain/OtpAppValidator.h"
#include "secrets/KeychainSecretStore.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/AppExporter.h"
#include "storage/AppRepository.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// The option a validation problem belongs to, so the message points at what to change.
QString optionFor(ValidationField field)
{
    switch (field) {
    case ValidationField::Name:
        return u"--name"_s;
    case ValidationField::ContactEmail:
        return u"--email"_s;
    case ValidationField::ContactName:
        return u"--contact"_s;
    case ValidationField::Digits:
        return u"--digits"_s;
    case ValidationField::MessageTemplate:
        return u"--template"_s;
    case ValidationField::Expiry:
        return u"--expiry"_s;
    case ValidationField::IpRanges:
        return u"--ip-range"_s;
    case ValidationField::Environment:
        return u"--environment"_s;
    case ValidationField::BaseUrl:
        return u"--base-url"_s;
    case ValidationField::AppKey:
        return u"--key"_s;
    case ValidationField::AppSecret:
        return AppsAddCommand::tr("App Secret (standard input)");
    case ValidationField::Msisdn:
    case ValidationField::TestNumbers: // no option: test numbers come with an apps file
        break;
    }
    return enumId(field);
}

// Prints every issue; true when one of them is an error.
bool report(const ValidationIssues &issues)
{
    bool failed = false;
    for (const ValidationIssue &issue : issues) {
        const QString line = u"%1: %2"_s.arg(optionFor(issue.field), issue.message);
        CliOutput::instance().err(issue.isError() ? line
                                                  : AppsAddCommand::tr("Note: %1").arg(line));
        failed = failed || issue.isError();
    }
    return failed;
}

void addOptionsTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"name"_s, AppsAddCommand::tr("The app name (required)."), u"NAME"_s},
        {u"environment"_s, AppsAddCommand::tr("sandbox (default), live or custom."), u"ENV"_s,
         u"sandbox"_s},
        {u"key"_s,
         AppsAddCommand::tr("Live and Custom: the App Key from the ThaiBulkSMS dashboard."),
         u"KEY"_s},
        {u"base-url"_s, AppsAddCommand::tr("Custom: the server's base URL (https)."), u"URL"_s},
        {u"email"_s, AppsAddCommand::tr("Contact email (required)."), u"EMAIL"_s},
        {u"contact"_s, AppsAddCommand::tr("Contact person or team (required)."), u"NAME"_s},
        {u"digits"_s,
         AppsAddCommand::tr("Digits of the code, %1 to %2 (default %3).")
             .arg(OtpAppConfig::MinDigits)
             .arg(OtpAppConfig::MaxDigits)
             .arg(OtpAppConfig::DefaultDigits),
         u"N"_s},
        {u"template"_s,
         AppsAddCommand::tr("The SMS text with {otp}, {ref}, {app}, {minutes} (default: the "
                            "standard template in the --lang language)."),
         u"TEXT"_s},
        {u"expiry"_s, AppsAddCommand::tr("How long a code is valid, HH:mm (default 00:05)."),
         u"HH:mm"_s},
        {u"ip-range"_s,
         AppsAddCommand::tr("A trusted address or CIDR block; repeat for more (default: any)."),
         u"RANGE"_s},
    });
}

// The draft the options describe; a usage error is printed and returned as an exit code.
ParsedOptions<OtpAppDraft> draftFrom(const QCommandLineParser &parser)
{
    CliOutput &out = CliOutput::instance();
    const QString environmentText = parser.value(u"environment"_s);
    const std::optional<Environment> environment = enumFromId<Environment>(environmentText);
    if (!environment) {
        out.err(AppsAddCommand::tr("--environment needs sandbox, live or custom, not \"%1\".")
                    .arg(environmentText));
        return ExitCode::Usage;
    }
    OtpAppDraft draft = OtpAppDraft::forNewApp(currentLanguage());
    draft.name = parser.value(u"name"_s);
    draft.environment = *environment;
    draft.appKey = parser.value(u"key"_s);
    draft.baseUrl = parser.value(u"base-url"_s);
    draft.contactEmail = parser.value(u"email"_s);
    draft.contactName = parser.value(u"contact"_s);
    if (parser.isSet(u"digits"_s)) {
        bool ok = false;
        draft.digits = parser.value(u"digits"_s).toInt(&ok);
        if (!ok) {
            out.err(AppsAddCommand::tr("--digits needs a number."));
            return ExitCode::Usage;
        }
    }
    if (parser.isSet(u"template"_s))
        draft.messageTemplate = parser.value(u"template"_s);
    if (parser.isSet(u"expiry"_s))
        draft.expiry = parser.value(u"expiry"_s);
    draft.ipRanges = parser.values(u"ip-range"_s).join(u'\n');
    return draft;
}

ExitCode printCreated(const OtpAppService::SaveResult &saved, bool json)
{
    CliOutput &out = CliOutput::instance();
    if (!saved.ok()) {
        out.err(saved.error);
        return ExitCode::TransportOrSystem;
    }
    if (json) {
        QJsonObject object = AppExporter::toJson(saved.value.app);
        if (!saved.value.generatedSecret.isEmpty())
            object.insert(u"secret"_s, saved.value.generatedSecret);
        out.jsonLine(object);
        return ExitCode::Ok;
    }
    out.out(AppsAddCommand::tr("Created “%1” (%2).")
                .arg(saved.value.app.name, enumId(saved.value.app.environment)));
    if (saved.value.generatedSecret.isEmpty()) {
        out.out(AppsAddCommand::tr("Its App Secret is stored in the system keychain."));
        return ExitCode::Ok;
    }
    out.out(AppsAddCommand::tr("App Key:    %1").arg(saved.value.app.appKey));
    out.out(AppsAddCommand::tr("App Secret: %1").arg(saved.value.generatedSecret));
    out.out(AppsAddCommand::tr("The secret is shown only this once; it is kept in the system "
                               "keychain. These sandbox credentials work only against the local "
                               "sandbox."));
    return ExitCode::Ok;
}

} // namespace

QString AppsAddCommand::summary() const
{
    return tr("Create an app. Sandbox: prints the generated App Key and Secret once. Live and "
              "Custom: reads the App Secret from standard input.");
}

ExitCode AppsAddCommand::run(const QStringList &arguments)
{
    return parseThenExecute(parseOptions(arguments), &AppsAddCommand::execute);
}

ParsedOptions<AppsAddCommand::Options> AppsAddCommand::parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptionsTo(parser);
    parser.addOption(jsonOption());
    DataDirectory::addOption(parser);
    if (const auto done = parse(
            parser, arguments,
            tr("Create an OTP app in the local store. A Sandbox app gets a generated App Key and "
               "Secret, printed once. For a Live or Custom app the App Secret is read from "
               "standard input (typed without echo at a terminal), never from the arguments.")))
        return *done;
    const ParsedOptions<OtpAppDraft> draft = draftFrom(parser);
    if (const ExitCode *done = std::get_if<ExitCode>(&draft))
        return *done;
    return Options{std::get<OtpAppDraft>(draft), dataDirOption(parser), parser.isSet(u"json"_s)};
}

ExitCode AppsAddCommand::execute(const Options &options)
{
    OpenedWorkspace opened = openWorkspace(options.dataDir);
    if (!opened.workspace)
        return opened.exitCode;
    const std::unique_ptr<Workspace> workspace = std::move(opened.workspace);
    const OtpAppDraft &draft = options.draft;
    if (report(OtpAppValidator::validate(draft, workspace->apps().names(),
                                         ErrorLookup::namesCatalogEntry)))
        return ExitCode::ApiOrValidationError;

    QString secret;
    if (draft.environment != Environment::Sandbox) {
        secret = CliInput::instance()
                     .readLine(tr("App Secret of “%1”: ").arg(draft.name.trimmed()), true)
                     .value_or(QString())
                     .trimmed();
        if (report(OtpAppValidator::validateAppSecret(draft.environment, secret, true)))
            return ExitCode::ApiOrValidationError;
    }

    KeychainSecretStore keychain;
    OtpAppService service(workspace->apps(), &keychain);
    const bool json = options.json;
    return waitFor(service.create(draft, secret), [json](const OtpAppService::SaveResult &saved) {
        return printCreated(saved, json);
    });
}

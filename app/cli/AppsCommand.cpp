#include "AppsCommand.h"

#include "CliInput.h"
#include "CliOutput.h"
#include "domain/OtpAppValidator.h"
#include "secrets/CredentialGenerator.h"
#include "secrets/KeychainSecretStore.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/AppExporter.h"
#include "storage/AppImporter.h"
#include "storage/AppRepository.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

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
        return AppsCommand::tr("App Secret (standard input)");
    case ValidationField::Msisdn:
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
        CliOutput::instance().err(issue.isError() ? line : AppsCommand::tr("Note: %1").arg(line));
        failed = failed || issue.isError();
    }
    return failed;
}

QString targetOf(const OtpAppConfig &app)
{
    switch (app.environment) {
    case Environment::Sandbox:
        return AppsCommand::tr("local sandbox");
    case Environment::Live:
        return u"https://otp.thaibulksms.com"_s;
    case Environment::Custom:
        return app.baseUrl.toString();
    }
    return {};
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()) + 2, u' ');
}

} // namespace

QString AppsCommand::summary() const
{
    return tr("List, add, remove, export or import the OTP apps of the local store.");
}

QString AppsCommand::helpText() const
{
    return QStringList{
        tr("Usage: otpctl apps ACTION [options]"),
        QString(),
        tr("The OTP apps of the local store (the same as OTP Manager's), with their App Secrets "
           "in the system keychain."),
        QString(),
        tr("Actions:"),
        u"  list      "_s + tr("Show the apps (--json for scripts)."),
        u"  add       "_s
            + tr("Create an app. Sandbox: prints the generated App Key and Secret once. Live and "
                 "Custom: reads the App Secret from standard input."),
        u"  remove    "_s + tr("Delete an app and its App Secret (its history stays)."),
        u"  export    "_s + tr("Write apps as JSON, never with secrets."),
        u"  import    "_s
            + tr("Read an apps file; Live and Custom secrets are read from standard input, one "
                 "line per app."),
        QString(),
        tr("Run \"otpctl apps ACTION --help\" for an action's options."),
    }
        .join(u'\n');
}

ExitCode AppsCommand::run(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + action);
    if (action == u"list")
        return list(rest);
    if (action == u"add")
        return add(rest);
    if (action == u"remove")
        return remove(rest);
    if (action == u"export")
        return exportApps(rest);
    if (action == u"import")
        return importApps(rest);
    if (action.isEmpty() || action == u"-h" || action == u"--help" || action == u"help") {
        CliOutput::instance().out(helpText());
        return action.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    CliOutput::instance().err(
        tr("Unknown action \"%1\": use list, add, remove, export or import.").arg(action));
    return ExitCode::Usage;
}

ExitCode AppsCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object (for scripts)."));
    parser.addOption(jsonOption);
    DataDirectory::addOption(parser);
    if (const auto done = parse(parser, arguments, tr("Show the OTP apps of the local store.")))
        return *done;
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitCode::TransportOrSystem;
    const QList<OtpAppConfig> apps = workspace->apps().list();
    CliOutput &out = CliOutput::instance();

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const OtpAppConfig &app : apps)
            array.append(AppExporter::toJson(app));
        out.jsonLine({{u"apps"_s, array}});
        return ExitCode::Ok;
    }
    if (apps.isEmpty()) {
        out.out(tr("No apps yet. Create one with \"otpctl apps add --name NAME --email EMAIL "
                   "--contact NAME\"."));
        return ExitCode::Ok;
    }
    const QStringList headers{tr("Name"), tr("Environment"), tr("App Key"), tr("Calls go to")};
    QList<QStringList> rows;
    for (const OtpAppConfig &app : apps)
        rows << QStringList{app.name, enumId(app.environment), app.appKey, targetOf(app)};
    QList<qsizetype> widths;
    for (qsizetype column = 0; column < headers.size(); ++column) {
        qsizetype width = headers.at(column).size();
        for (const QStringList &row : std::as_const(rows))
            width = std::max(width, row.at(column).size());
        widths << width;
    }
    const auto line = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype column = 0; column < cells.size(); ++column)
            text += column + 1 < cells.size() ? padded(cells.at(column), widths.at(column))
                                              : cells.at(column);
        return text;
    };
    out.out(line(headers));
    for (const QStringList &row : std::as_const(rows))
        out.out(line(row));
    return ExitCode::Ok;
}

ExitCode AppsCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(u"name"_s, tr("The app name (required)."), u"NAME"_s);
    const QCommandLineOption environmentOption(
        u"environment"_s, tr("sandbox (default), live or custom."), u"ENV"_s, u"sandbox"_s);
    const QCommandLineOption keyOption(
        u"key"_s, tr("Live and Custom: the App Key from the ThaiBulkSMS dashboard."), u"KEY"_s);
    const QCommandLineOption baseUrlOption(u"base-url"_s,
                                           tr("Custom: the server's base URL (https)."), u"URL"_s);
    const QCommandLineOption emailOption(u"email"_s, tr("Contact email (required)."), u"EMAIL"_s);
    const QCommandLineOption contactOption(u"contact"_s, tr("Contact person or team (required)."),
                                           u"NAME"_s);
    const QCommandLineOption digitsOption(u"digits"_s,
                                          tr("Digits of the code, %1 to %2 (default %3).")
                                              .arg(OtpAppConfig::MinDigits)
                                              .arg(OtpAppConfig::MaxDigits)
                                              .arg(OtpAppConfig::DefaultDigits),
                                          u"N"_s);
    const QCommandLineOption templateOption(
        u"template"_s,
        tr("The SMS text with {otp}, {ref}, {app}, {minutes} (default: the "
           "standard template in the --lang language)."),
        u"TEXT"_s);
    const QCommandLineOption expiryOption(
        u"expiry"_s, tr("How long a code is valid, HH:mm (default 00:05)."), u"HH:mm"_s);
    const QCommandLineOption ipOption(
        u"ip-range"_s, tr("A trusted address or CIDR block; repeat for more (default: any)."),
        u"RANGE"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object (for scripts)."));
    parser.addOptions({nameOption, environmentOption, keyOption, baseUrlOption, emailOption,
                       contactOption, digitsOption, templateOption, expiryOption, ipOption,
                       jsonOption});
    DataDirectory::addOption(parser);
    if (const auto done = parse(
            parser, arguments,
            tr("Create an OTP app in the local store. A Sandbox app gets a generated App Key and "
               "Secret, printed once. For a Live or Custom app the App Secret is read from "
               "standard input (typed without echo at a terminal), never from the arguments.")))
        return *done;
    CliOutput &out = CliOutput::instance();

    const std::optional<Environment> environment
        = enumFromId<Environment>(parser.value(environmentOption));
    if (!environment) {
        out.err(tr("--environment needs sandbox, live or custom, not \"%1\".")
                    .arg(parser.value(environmentOption)));
        return ExitCode::Usage;
    }
    OtpAppDraft draft = OtpAppDraft::forNewApp(currentLanguage());
    draft.name = parser.value(nameOption);
    draft.environment = *environment;
    draft.appKey = parser.value(keyOption);
    draft.baseUrl = parser.value(baseUrlOption);
    draft.contactEmail = parser.value(emailOption);
    draft.contactName = parser.value(contactOption);
    if (parser.isSet(digitsOption)) {
        bool ok = false;
        draft.digits = parser.value(digitsOption).toInt(&ok);
        if (!ok) {
            out.err(tr("--digits needs a number."));
            return ExitCode::Usage;
        }
    }
    if (parser.isSet(templateOption))
        draft.messageTemplate = parser.value(templateOption);
    if (parser.isSet(expiryOption))
        draft.expiry = parser.value(expiryOption);
    draft.ipRanges = parser.values(ipOption).join(u'\n');

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitCode::TransportOrSystem;
    if (report(OtpAppValidator::validate(draft, workspace->apps().names())))
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
    ExitCode exitCode = ExitCode::Ok;
    const bool json = parser.isSet(jsonOption);
    service.create(draft, secret).then(&service, [&](const OtpAppService::SaveResult &saved) {
        if (!saved.ok) {
            out.err(saved.error);
            exitCode = ExitCode::TransportOrSystem;
        } else if (json) {
            QJsonObject object = AppExporter::toJson(saved.app);
            if (!saved.generatedSecret.isEmpty())
                object.insert(u"secret"_s, saved.generatedSecret);
            out.jsonLine(object);
        } else {
            out.out(tr("Created “%1” (%2).").arg(saved.app.name, enumId(saved.app.environment)));
            if (!saved.generatedSecret.isEmpty()) {
                out.out(tr("App Key:    %1").arg(saved.app.appKey));
                out.out(tr("App Secret: %1").arg(saved.generatedSecret));
                out.out(tr("The secret is shown only this once; it is kept in the system "
                           "keychain. These sandbox credentials work only against the local "
                           "sandbox."));
            } else {
                out.out(tr("Its App Secret is stored in the system keychain."));
            }
        }
        QCoreApplication::exit(toInt(exitCode));
    });
    return ExitCode(QCoreApplication::exec());
}

ExitCode AppsCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"name"_s, tr("The app to delete."), u"NAME"_s);
    DataDirectory::addOption(parser);
    if (const auto done = parse(parser, arguments,
                                tr("Delete an app of the local store and its App Secret in the "
                                   "keychain. The history of its calls stays.")))
        return *done;
    CliOutput &out = CliOutput::instance();
    if (parser.positionalArguments().size() != 1) {
        out.err(tr("Give exactly one app NAME (quote a name with spaces)."));
        return ExitCode::Usage;
    }
    const QString name = parser.positionalArguments().first().trimmed();
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitCode::TransportOrSystem;
    const std::optional<OtpAppConfig> app = workspace->apps().findByName(name);
    if (!app) {
        out.err(
            tr("There is no app named “%1”. List the apps with \"otpctl apps list\".").arg(name));
        return ExitCode::ApiOrValidationError;
    }

    KeychainSecretStore keychain;
    OtpAppService service(workspace->apps(), &keychain);
    ExitCode exitCode = ExitCode::Ok;
    service.remove(app->id).then(&service, [&](const OtpAppService::SaveResult &removed) {
        if (!removed.ok) {
            out.err(removed.error);
            exitCode = ExitCode::TransportOrSystem;
        } else if (!removed.error.isEmpty()) {
            out.err(tr("Removed “%1”, but its App Secret could not be removed from the keychain: "
                       "%2")
                        .arg(removed.app.name, removed.error));
            exitCode = ExitCode::TransportOrSystem;
        } else {
            out.out(tr("Removed “%1” and its App Secret.").arg(removed.app.name));
        }
        QCoreApplication::exit(toInt(exitCode));
    });
    return ExitCode(QCoreApplication::exec());
}

ExitCode AppsCommand::exportApps(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"names"_s, tr("The apps to export (default: all)."),
                                 u"[NAME...]"_s);
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, tr("Write to this file instead of standard output."), u"FILE"_s);
    parser.addOption(outputOption);
    DataDirectory::addOption(parser);
    if (const auto done = parse(parser, arguments,
                                tr("Write apps in the apps file format (docs/file-formats.md). "
                                   "Secrets are never written.")))
        return *done;
    CliOutput &out = CliOutput::instance();
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitCode::TransportOrSystem;

    QList<OtpAppConfig> apps;
    if (parser.positionalArguments().isEmpty()) {
        apps = workspace->apps().list();
    } else {
        for (const QString &name : parser.positionalArguments()) {
            const std::optional<OtpAppConfig> app = workspace->apps().findByName(name.trimmed());
            if (!app) {
                out.err(tr("There is no app named “%1”. List the apps with \"otpctl apps "
                           "list\".")
                            .arg(name.trimmed()));
                return ExitCode::ApiOrValidationError;
            }
            apps << *app;
        }
    }
    if (!parser.isSet(outputOption)) {
        out.out(QString::fromUtf8(AppExporter::toDocument(apps)).trimmed());
        return ExitCode::Ok;
    }
    const Result<void> written = AppExporter::writeFile(parser.value(outputOption), apps);
    if (!written) {
        out.err(written.error);
        return ExitCode::TransportOrSystem;
    }
    out.err(
        tr("Exported %n app(s) to %1.", nullptr, int(apps.size())).arg(parser.value(outputOption)));
    return ExitCode::Ok;
}

ExitCode AppsCommand::importApps(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, tr("The apps file to read."), u"FILE.json"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object (for scripts)."));
    parser.addOption(jsonOption);
    DataDirectory::addOption(parser);
    if (const auto done = parse(
            parser, arguments,
            tr("Import apps from an apps file. Sandbox apps keep the \"key\" and \"secret\" of "
               "the file, or get new ones (printed once). For each Live or Custom app, one line "
               "of standard input is read as its App Secret, in the file's order; an empty line "
               "or the end of input imports the app without a secret.")))
        return *done;
    CliOutput &out = CliOutput::instance();
    if (parser.positionalArguments().size() != 1) {
        out.err(tr("Give exactly one FILE.json to import."));
        return ExitCode::Usage;
    }
    const QFileInfo file(parser.positionalArguments().first());
    if (!file.isFile() || !file.isReadable()) {
        out.err(tr("Cannot read the apps file %1.").arg(file.filePath()));
        return ExitCode::TransportOrSystem;
    }
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitCode::TransportOrSystem;
    const AppImporter::Result imported
        = AppImporter::readFile(file.filePath(), workspace->apps().list());
    if (!imported.ok()) {
        out.err(imported.error);
        return ExitCode::ApiOrValidationError;
    }
    ExitCode exitCode = imported.rejected.isEmpty() ? ExitCode::Ok : ExitCode::ApiOrValidationError;
    QJsonArray rejectedJson;
    for (const AppImporter::RejectedApp &rejected : imported.rejected) {
        QJsonArray issues;
        for (const QString &line : AppImporter::describe(rejected)) {
            out.err(line);
            issues.append(line);
        }
        rejectedJson.append(QJsonObject{
            {u"index"_s, rejected.index}, {u"name"_s, rejected.name}, {u"issues"_s, issues}});
    }

    // Every secret is settled before anything is stored: generated, from the file, or typed.
    struct Pending {
        OtpAppConfig config;
        QString secret;
        bool generated = false;
        bool renamed = false;
    };
    QList<Pending> pending;
    for (const AppImporter::ImportedApp &app : imported.apps) {
        for (const ValidationIssue &warning : app.warnings)
            out.err(tr("Note: “%1”: %2").arg(app.config.name, warning.message));
        Pending next{app.config, {}, false, app.renamed};
        switch (app.secretSource) {
        case AppImporter::SecretSource::FromFile:
            next.secret = app.secret;
            break;
        case AppImporter::SecretSource::Generate: {
            const CredentialGenerator::Credentials credentials
                = CredentialGenerator::sandboxCredentials();
            next.config.appKey = credentials.appKey;
            next.secret = credentials.appSecret;
            next.generated = true;
            break;
        }
        case AppImporter::SecretSource::AskUser: {
            const QString typed
                = CliInput::instance()
                      .readLine(
                          tr("App Secret of “%1” (empty: none for now): ").arg(app.config.name),
                          true)
                      .value_or(QString())
                      .trimmed();
            const ValidationIssues issues
                = OtpAppValidator::validateAppSecret(app.config.environment, typed, false);
            if (hasErrors(issues)) {
                for (const ValidationIssue &issue : issues)
                    out.err(tr("“%1”: %2").arg(app.config.name, issue.message));
                out.err(tr("“%1” is imported without its App Secret.").arg(app.config.name));
                exitCode = ExitCode::ApiOrValidationError;
            } else {
                next.secret = typed;
            }
            break;
        }
        }
        pending << next;
    }

    KeychainSecretStore keychain;
    OtpAppService service(workspace->apps(), &keychain);
    const bool json = parser.isSet(jsonOption);
    QJsonArray importedJson;
    // One app after the other, each insert waiting for its keychain write.
    std::function<void(qsizetype)> step;
    step = [&](qsizetype index) {
        if (index == pending.size()) {
            if (json)
                out.jsonLine({{u"imported"_s, importedJson}, {u"rejected"_s, rejectedJson}});
            else
                out.out(tr("Imported %1 of %n app(s).", nullptr,
                           int(imported.apps.size() + imported.rejected.size()))
                            .arg(importedJson.size()));
            QCoreApplication::exit(toInt(exitCode));
            return;
        }
        const Pending &app = pending.at(index);
        service.insert(app.config, app.secret)
            .then(&service, [&, index](const OtpAppService::SaveResult &saved) {
                const Pending &app = pending.at(index);
                if (!saved.ok) {
                    out.err(tr("“%1” was not imported: %2").arg(app.config.name, saved.error));
                    exitCode = ExitCode::TransportOrSystem;
                } else {
                    QJsonObject object = AppExporter::toJson(saved.app);
                    object.insert(u"secretStored"_s, !app.secret.isEmpty());
                    object.insert(u"renamed"_s, app.renamed);
                    if (app.generated)
                        object.insert(u"secret"_s, app.secret); // fake, shown once
                    importedJson.append(object);
                    if (!json) {
                        out.out(tr("Imported “%1” (%2).")
                                    .arg(saved.app.name, enumId(saved.app.environment)));
                        if (app.generated) {
                            out.out(tr("  New App Key:    %1").arg(saved.app.appKey));
                            out.out(
                                tr("  New App Secret: %1 (shown only this once)").arg(app.secret));
                        } else if (app.secret.isEmpty()) {
                            out.err(tr("“%1” has no App Secret yet: calls need it. Add it in "
                                       "OTP Manager (edit the app).")
                                        .arg(saved.app.name));
                        }
                    }
                }
                step(index + 1);
            });
    };
    QMetaObject::invokeMethod(
        &service, [&] { step(0); }, Qt::QueuedConnection);
    return ExitCode(QCoreApplication::exec());
}

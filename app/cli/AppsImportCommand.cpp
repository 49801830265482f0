#include "AppsImportCommand.h"

#include "CliInput.h"
#include "CliOutput.h"
#include "ProgressLine.h"
#include "secrets/KeychainSecretStore.h"
#include "services/AppImport.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/AppExporter.h"
#include "storage/AppImporter.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

using Entry = AppImportReport::Entry;
using Outcome = AppImportReport::Outcome;

// One line of standard input per app, in the file's order; the end of input answers empty.
void readSecrets(const QList<AppImport::SecretRequest> &requests, const AppImport::Reply &reply)
{
    QStringList answers;
    for (const AppImport::SecretRequest &request : requests) {
        answers << CliInput::instance()
                       .readLine(AppsImportCommand::tr("App Secret of “%1” (empty: none for now): ")
                                     .arg(request.name),
                                 true)
                       .value_or(QString());
    }
    reply(answers);
}

QStringList describeRejected(const Entry &entry)
{
    return AppImporter::describe({entry.index, entry.nameInFile, entry.issues});
}

// What went wrong or is worth a note, on stderr (with --json too).
void printProblems(const Entry &entry)
{
    CliOutput &out = CliOutput::instance();
    if (entry.outcome == Outcome::Rejected) {
        for (const QString &line : describeRejected(entry))
            out.err(line);
        return;
    }
    for (const ValidationIssue &warning : entry.issues)
        out.err(AppsImportCommand::tr("Note: “%1”: %2").arg(entry.name(), warning.message));
    if (entry.isProblem())
        out.err(AppsImportCommand::tr("“%1” was not imported: %2").arg(entry.name(), entry.error));
}

void printSaved(const Entry &entry)
{
    CliOutput &out = CliOutput::instance();
    if (entry.outcome == Outcome::AlreadyThere) {
        out.out(AppsImportCommand::tr("Already there: “%1” (%2), left as it is.")
                    .arg(entry.app.name, enumId(entry.app.environment)));
        return;
    }
    out.out(AppsImportCommand::tr("Imported “%1” (%2).")
                .arg(entry.app.name, enumId(entry.app.environment)));
    if (entry.renamed)
        out.out(AppsImportCommand::tr("  Renamed: the file calls it “%1”, a name already taken.")
                    .arg(entry.nameInFile));
    if (entry.outcome == Outcome::SavedWithGeneratedCredentials) {
        out.out(AppsImportCommand::tr("  New App Key:    %1").arg(entry.app.appKey));
        out.out(AppsImportCommand::tr("  New App Secret: %1 (shown only this once)")
                    .arg(entry.generatedSecret));
    } else if (entry.outcome == Outcome::SavedWithoutSecret) {
        out.err(AppsImportCommand::tr("“%1” has no App Secret yet: calls need it. Add it in "
                                      "OTP Manager (edit the app).")
                    .arg(entry.app.name));
    }
}

QJsonObject entryJson(const Entry &entry)
{
    if (entry.outcome == Outcome::Rejected) {
        return {{u"index"_s, entry.index},
                {u"name"_s, entry.nameInFile},
                {u"issues"_s, QJsonArray::fromStringList(describeRejected(entry))}};
    }
    if (entry.outcome == Outcome::AlreadyThere) {
        return {{u"index"_s, entry.index},
                {u"name"_s, entry.nameInFile},
                {u"storedAs"_s, entry.app.name},
                {u"id"_s, entry.app.id.toString(QUuid::WithoutBraces)}};
    }
    if (!entry.isSaved())
        return {{u"index"_s, entry.index}, {u"name"_s, entry.name()}, {u"error"_s, entry.error}};
    QJsonObject object = AppExporter::toJson(entry.app);
    object.insert(u"secretStored"_s, entry.outcome != Outcome::SavedWithoutSecret);
    object.insert(u"renamed"_s, entry.renamed);
    if (entry.renamed)
        object.insert(u"nameInFile"_s, entry.nameInFile);
    if (entry.outcome == Outcome::SavedWithGeneratedCredentials)
        object.insert(u"secret"_s, entry.generatedSecret); // fake, shown once
    return object;
}

ExitCode exitCodeOf(const AppImportReport &report)
{
    if (report.has(Outcome::NotSaved))
        return ExitCode::TransportOrSystem;
    if (report.has(Outcome::Rejected) || report.has(Outcome::InvalidSecret))
        return ExitCode::ApiOrValidationError;
    return ExitCode::Ok;
}

ExitCode printReport(const AppImportReport &report, bool json)
{
    CliOutput &out = CliOutput::instance();
    if (report.status != AppImportReport::Status::Finished) {
        // Refused; cancelled cannot happen here, as standard input always answers.
        out.err(report.error.isEmpty()
                    ? AppsImportCommand::tr("The import was cancelled; no app was imported.")
                    : report.error);
        return ExitCode::ApiOrValidationError;
    }
    QJsonArray imported, alreadyThere, rejected, notImported;
    for (const Entry &entry : report.entries) {
        printProblems(entry);
        if (!entry.isProblem() && !json)
            printSaved(entry);
        QJsonArray &list = entry.isSaved()           ? imported
            : entry.outcome == Outcome::AlreadyThere ? alreadyThere
            : entry.outcome == Outcome::Rejected     ? rejected
                                                     : notImported;
        list.append(entryJson(entry));
    }
    if (json) {
        out.jsonLine({{u"imported"_s, imported},
                      {u"alreadyThere"_s, alreadyThere},
                      {u"rejected"_s, rejected},
                      {u"notImported"_s, notImported}});
    } else {
        out.out(
            AppsImportCommand::tr("Imported %1 of %n app(s).", nullptr, int(report.entries.size()))
                .arg(report.savedCount()));
    }
    return exitCodeOf(report);
}

} // namespace

QString AppsImportCommand::summary() const
{
    return tr("Read an apps file; Live and Custom secrets are read from standard input, one "
              "line per app.");
}

ExitCode AppsImportCommand::run(const QStringList &arguments)
{
    return parseThenExecute(parseOptions(arguments), &AppsImportCommand::execute);
}

ParsedOptions<AppsImportCommand::Options>
AppsImportCommand::parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, tr("The apps file to read."), u"FILE.json"_s);
    parser.addOption(jsonOption());
    DataDirectory::addOption(parser);
    if (const auto done
        = parse(parser, arguments,
                tr("Import apps from an apps file, all or nothing. Apps already stored (same App "
                   "Key) are left as they are. Sandbox apps keep the \"key\" and \"secret\" of "
                   "the file, or get new ones (printed once). For each Live or Custom app to "
                   "import, one line of standard input is read as its App Secret, in the file's "
                   "order; an empty line or the end of input imports the app without a secret.")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        CliOutput::instance().err(tr("Give exactly one FILE.json to import."));
        return ExitCode::Usage;
    }
    return Options{parser.positionalArguments().first(), dataDirOption(parser),
                   parser.isSet(u"json"_s)};
}

ExitCode AppsImportCommand::execute(const Options &options)
{
    const QFileInfo file(options.file);
    if (!file.isFile() || !file.isReadable()) {
        CliOutput::instance().err(tr("Cannot read the apps file %1.").arg(file.filePath()));
        return ExitCode::TransportOrSystem;
    }
    OpenedWorkspace opened = openWorkspace(options.dataDir);
    if (!opened.workspace)
        return opened.exitCode;
    const std::unique_ptr<Workspace> workspace = std::move(opened.workspace);
    KeychainSecretStore keychain;
    OtpAppService service(workspace->apps(), &keychain);
    AppImport import(service);
    const bool json = options.json;
    const QFuture<AppImportReport> report = import.importFile(file.filePath(), &readSecrets);
    ProgressLine progress;
    QFutureWatcher<AppImportReport> watcher;
    if (progress.isShown()) {
        QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &watcher,
                         [&progress, &watcher](int written) {
                             progress.show(tr("Storing App Secrets in the keychain: %1 of %2")
                                               .arg(written)
                                               .arg(watcher.progressMaximum()));
                         });
        watcher.setFuture(report);
    }
    return waitFor(report, [json, &progress](const AppImportReport &done) {
        progress.clear();
        return printReport(done, json);
    });
}

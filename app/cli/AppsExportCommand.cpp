#include "AppsExportCommand.h"

#include "CliOutput.h"
#include "services/Workspace.h"
#include "storage/AppExporter.h"
#include "storage/AppRepository.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

QString AppsExportCommand::summary() const
{
    return tr("Write apps as JSON, never with secrets.");
}

ExitCode AppsExportCommand::run(const QStringList &arguments)
{
    return parseThenExecute(parseOptions(arguments), &AppsExportCommand::execute);
}

ParsedOptions<AppsExportCommand::Options>
AppsExportCommand::parseOptions(const QStringList &arguments)
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
    Options options{{}, std::nullopt, dataDirOption(parser)};
    if (parser.isSet(outputOption))
        options.output = parser.value(outputOption);
    for (const QString &name : parser.positionalArguments())
        options.names << name.trimmed();
    return options;
}

ExitCode AppsExportCommand::execute(const Options &options)
{
    CliOutput &out = CliOutput::instance();
    OpenedWorkspace opened = openWorkspace(options.dataDir);
    if (!opened.workspace)
        return opened.exitCode;
    const std::unique_ptr<Workspace> workspace = std::move(opened.workspace);
    QList<OtpAppConfig> apps
        = options.names.isEmpty() ? workspace->apps().list() : QList<OtpAppConfig>();
    for (const QString &name : options.names) {
        const std::optional<OtpAppConfig> app = workspace->apps().findByName(name);
        if (!app) {
            out.err(noSuchApp(name));
            return ExitCode::ApiOrValidationError;
        }
        apps << *app;
    }
    if (!options.output) {
        out.out(QString::fromUtf8(AppExporter::toDocument(apps)).trimmed());
        return ExitCode::Ok;
    }
    const Result<void> written = AppExporter::writeFile(*options.output, apps);
    if (!written) {
        out.err(written.error);
        return ExitCode::TransportOrSystem;
    }
    out.err(tr("Exported %n app(s) to %1.", nullptr, int(apps.size())).arg(*options.output));
    return ExitCode::Ok;
}

#include "CliCommand.h"

#include "CliOutput.h"
#include "services/Workspace.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

std::optional<ExitCode> CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments,
                                          const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(helpOption);
    parser.addOption({u"lang"_s, tr("Language of the output: en or th."), u"en|th"_s});
    if (!parser.parse(arguments)) {
        CliOutput::instance().err(parser.errorText());
        CliOutput::instance().err(tr("Run \"%1 --help\" for usage.").arg(arguments.value(0)));
        return ExitCode::Usage;
    }
    if (parser.isSet(helpOption)) {
        CliOutput::instance().out(parser.helpText());
        return ExitCode::Ok;
    }
    return std::nullopt;
}

CliCommand::OpenedWorkspace CliCommand::openWorkspace(const QCommandLineParser &parser)
{
    return openWorkspace(parser.value(QString::fromLatin1(DataDirectory::OptionName)));
}

CliCommand::OpenedWorkspace CliCommand::openWorkspace(const QString &dataDirOption)
{
    OpenedWorkspace result;
    const Result<DataDirectory::Location> dataDir = DataDirectory::resolve(dataDirOption);
    if (!dataDir.ok()) {
        CliOutput::instance().err(dataDir.error);
        return result;
    }
    Workspace::Opening opened = Workspace::open(dataDir.value.path, false);
    if (!opened.workspace) {
        CliOutput::instance().err(opened.error);
        return result;
    }
    if (opened.database.status == DatabaseOpenReport::Status::Recovered) {
        CliOutput::instance().err(opened.database.message);
        CliOutput::instance().err(
            tr("Nothing else was done (exit code %1). Run the command again to use the new, "
               "empty database.")
                .arg(toInt(ExitCode::DatabaseRecovered)));
        result.exitCode = ExitCode::DatabaseRecovered;
        return result;
    }
    result.workspace = std::move(opened.workspace);
    result.exitCode = ExitCode::Ok;
    return result;
}

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

std::unique_ptr<Workspace> CliCommand::openWorkspace(const QCommandLineParser &parser)
{
    return openWorkspace(parser.value(QString::fromLatin1(DataDirectory::OptionName)));
}

std::unique_ptr<Workspace> CliCommand::openWorkspace(const QString &dataDirOption)
{
    const Result<DataDirectory::Location> dataDir = DataDirectory::resolve(dataDirOption);
    if (!dataDir.ok()) {
        CliOutput::instance().err(dataDir.error);
        return nullptr;
    }
    Workspace::Opening opened = Workspace::open(dataDir.value.path, false);
    if (!opened.workspace)
        CliOutput::instance().err(opened.error);
    return std::move(opened.workspace);
}

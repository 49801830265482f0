#include "AppsAction.h"

#include "CliOutput.h"
#include "services/Workspace.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

QString AppsAction::dataDirOption(const QCommandLineParser &parser)
{
    return parser.value(QString::fromLatin1(DataDirectory::OptionName));
}

std::unique_ptr<Workspace> AppsAction::openWorkspaceAt(const QString &dataDir)
{
    const DataDirectory::Result resolved = DataDirectory::resolve(dataDir);
    if (!resolved.ok()) {
        CliOutput::instance().err(resolved.error);
        return nullptr;
    }
    Workspace::OpenResult opened = Workspace::open(resolved.path, false);
    if (!opened.workspace)
        CliOutput::instance().err(opened.error);
    return std::move(opened.workspace);
}

QCommandLineOption AppsAction::jsonOption()
{
    return {u"json"_s, tr("Print one JSON object (for scripts).")};
}

QString AppsAction::noSuchApp(const QString &name)
{
    return tr("There is no app named “%1”. List the apps with \"otpctl apps list\".").arg(name);
}

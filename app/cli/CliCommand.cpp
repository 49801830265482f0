#include "CliCommand.h"

#include "CliOutput.h"
#include "secrets/KeychainSecretStore.h"
#include "services/Workspace.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFutureWatcher>

using namespace Qt::Literals::StringLiterals;

namespace {
// QCommandLineParser's help starts "Usage: <argv[0]> [options]", with the path the shell ran;
// a subcommand's help shows its own name instead ("otpctl request [options]").
QString helpTextNamed(const QCommandLineParser &parser, const QString &shownName)
{
    QString text = parser.helpText();
    const QString executable = QCoreApplication::arguments().value(0);
    const qsizetype at = executable.isEmpty() ? -1 : text.indexOf(executable);
    if (at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, executable.size(), shownName);
    return text;
}
} // namespace

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
        CliOutput::instance().out(helpTextNamed(parser, arguments.value(0)));
        return ExitCode::Ok;
    }
    return std::nullopt;
}

namespace {
// Secrets a killed import left in the keychain go before the command runs (docs/reliability.md).
// Its own short event loop: a command starts its own later, and some never do.
void removeOrphanedSecrets(Workspace &workspace)
{
    KeychainSecretStore keychain;
    QFutureWatcher<PendingSecretCleanup::Summary> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(workspace.removeOrphanedSecrets(keychain));
    loop.exec();
    const QFuture<PendingSecretCleanup::Summary> done = watcher.future();
    if (done.resultCount() > 0) {
        if (const QString line = PendingSecretCleanup::describe(done.result()); !line.isEmpty())
            CliOutput::instance().err(line);
    }
}
} // namespace

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
    if (opened.workspace->hasOrphanedSecrets())
        removeOrphanedSecrets(*opened.workspace);
    result.workspace = std::move(opened.workspace);
    result.exitCode = ExitCode::Ok;
    return result;
}

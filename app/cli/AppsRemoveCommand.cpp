#include "AppsRemoveCommand.h"

#include "CliOutput.h"
#include "secrets/KeychainSecretStore.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/AppRepository.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {

ExitCode printRemoved(const OtpAppService::SaveResult &removed)
{
    CliOutput &out = CliOutput::instance();
    if (!removed.ok()) {
        out.err(removed.error);
        return ExitCode::TransportOrSystem;
    }
    if (!removed.value.warning.isEmpty()) {
        out.err(AppsRemoveCommand::tr("Removed “%1”, but its App Secret could not be removed "
                                      "from the keychain: %2")
                    .arg(removed.value.app.name, removed.value.warning));
        return ExitCode::TransportOrSystem;
    }
    out.out(AppsRemoveCommand::tr("Removed “%1” and its App Secret.").arg(removed.value.app.name));
    return ExitCode::Ok;
}

} // namespace

QString AppsRemoveCommand::summary() const
{
    return tr("Delete an app and its App Secret (its history stays).");
}

ExitCode AppsRemoveCommand::run(const QStringList &arguments)
{
    return parseThenExecute(parseOptions(arguments), &AppsRemoveCommand::execute);
}

ParsedOptions<AppsRemoveCommand::Options>
AppsRemoveCommand::parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"name"_s, tr("The app to delete."), u"NAME"_s);
    DataDirectory::addOption(parser);
    if (const auto done = parse(parser, arguments,
                                tr("Delete an app of the local store and its App Secret in the "
                                   "keychain. The history of its calls stays.")))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        CliOutput::instance().err(tr("Give exactly one app NAME (quote a name with spaces)."));
        return ExitCode::Usage;
    }
    return Options{parser.positionalArguments().first().trimmed(), dataDirOption(parser)};
}

ExitCode AppsRemoveCommand::execute(const Options &options)
{
    OpenedWorkspace opened = openWorkspace(options.dataDir);
    if (!opened.workspace)
        return opened.exitCode;
    const std::unique_ptr<Workspace> workspace = std::move(opened.workspace);
    const std::optional<OtpAppConfig> app = workspace->apps().findByName(options.name);
    if (!app) {
        CliOutput::instance().err(noSuchApp(options.name));
        return ExitCode::ApiOrValidationError;
    }
    KeychainSecretStore keychain;
    OtpAppService service(workspace->apps(), &keychain);
    return waitFor(service.remove(app->id), &printRemoved);
}

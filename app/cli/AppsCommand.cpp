#include "AppsCommand.h"

#include "AppsAddCommand.h"
#include "AppsExportCommand.h"
#include "AppsImportCommand.h"
#include "AppsListCommand.h"
#include "AppsRemoveCommand.h"
#include "CliOutput.h"

using namespace Qt::Literals::StringLiterals;

AppsCommand::AppsCommand()
{
    m_actions.push_back(std::make_unique<AppsListCommand>());
    m_actions.push_back(std::make_unique<AppsAddCommand>());
    m_actions.push_back(std::make_unique<AppsRemoveCommand>());
    m_actions.push_back(std::make_unique<AppsExportCommand>());
    m_actions.push_back(std::make_unique<AppsImportCommand>());
}

AppsCommand::~AppsCommand() = default;

QString AppsCommand::summary() const
{
    return tr("List, add, remove, export or import the OTP apps of the local store.");
}

QString AppsCommand::helpText() const
{
    QStringList lines{
        tr("Usage: otpctl apps ACTION [options]"),
        QString(),
        tr("The OTP apps of the local store (the same as OTP Manager's), with their App Secrets "
           "in the system keychain."),
        QString(),
        tr("Actions:"),
    };
    for (const auto &action : m_actions)
        lines << u"  "_s + action->name().leftJustified(10) + action->summary();
    lines << QString() << tr("Run \"otpctl apps ACTION --help\" for an action's options.");
    return lines.join(u'\n');
}

ExitCode AppsCommand::run(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    for (const auto &command : m_actions) {
        if (command->name() == action) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.value(0) + u' ' + action);
            return command->run(rest);
        }
    }
    if (action.isEmpty() || action == u"-h" || action == u"--help" || action == u"help") {
        CliOutput::instance().out(helpText());
        return action.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    CliOutput::instance().err(
        tr("Unknown action \"%1\": use list, add, remove, export or import.").arg(action));
    return ExitCode::Usage;
}

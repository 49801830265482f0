#include "OtpCtl.h"

#include "AppsCommand.h"
#include "CliOutput.h"
#include "CodeCommand.h"
#include "DecodeCommand.h"
#include "ReportCommand.h"
#include "RequestCommand.h"
#include "SandboxCommand.h"
#include "VerifyCommand.h"
#include "i18n/Translations.h"

using namespace Qt::Literals::StringLiterals;

OtpCtl::OtpCtl()
{
    m_commands.push_back(std::make_unique<SandboxCommand>());
    m_commands.push_back(std::make_unique<DecodeCommand>());
    m_commands.push_back(std::make_unique<RequestCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<AppsCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<CodeCommand>());
}

OtpCtl::~OtpCtl() = default;

void OtpCtl::applyLanguage(const QStringList &arguments)
{
    if (const std::optional<Language> language = Translations::languageFromArguments(arguments)) {
        auto *translations = new Translations(QCoreApplication::instance());
        translations->install(*language);
    }
}

QString OtpCtl::helpText() const
{
    QStringList lines;
    lines << tr("Usage: otpctl COMMAND [options]") << QString()
          << tr("Command-line companion of OTP Manager for ThaiBulkSMS OTP apps.") << QString()
          << tr("Commands:");
    for (const auto &command : m_commands)
        lines << u"  "_s + command->name().leftJustified(10) + command->summary();
    lines << QString() << tr("Options:") << u"  -h, --help      "_s + tr("Show this help.")
          << u"  -v, --version   "_s + tr("Show the version.")
          << u"  --lang en|th    "_s + tr("Language of the output.") << QString()
          << tr("Run \"otpctl COMMAND --help\" for a command's options.") << QString()
          << tr("Exit codes: 0 ok, 1 API or validation error, 2 usage error, 3 transport or "
                "system error, 4 the local store was damaged: set aside (its path on stderr) "
                "and replaced by a new, empty one, nothing else done, 5 no message (code), 6 "
                "control API token missing or wrong (code).");
    return lines.join(u'\n');
}

ExitCode OtpCtl::run(const QStringList &arguments)
{
    applyLanguage(arguments);
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"-h" || first == u"--help" || first == u"help") {
        CliOutput::instance().out(helpText());
        return first.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    if (first == u"-v" || first == u"--version") {
        CliOutput::instance().out(u"otpctl "_s + QCoreApplication::applicationVersion());
        return ExitCode::Ok;
    }
    for (const auto &command : m_commands) {
        if (command->name() == first) {
            QStringList rest = arguments.mid(2);
            // The name the command's usage and messages show: "otpctl request", not the path
            // the shell ran.
            rest.prepend(u"otpctl "_s + first);
            return command->run(rest);
        }
    }
    CliOutput::instance().err(tr("Unknown command \"%1\".").arg(first));
    CliOutput::instance().err(tr("Run \"otpctl --help\" for the list of commands."));
    return ExitCode::Usage;
}

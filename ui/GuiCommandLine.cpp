#include "GuiCommandLine.h"

#include "i18n/Translations.h"
#include "services/AppSettings.h"
#include "storage/DataDirectory.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

void GuiCommandLine::setIdentity()
{
    QCoreApplication::setApplicationName(u"OTP Manager"_s);
    QCoreApplication::setOrganizationName(u"OTP Manager"_s);
    QCoreApplication::setOrganizationDomain(u"otpmanager.th"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OTP_VERSION_STRING));
}

bool GuiCommandLine::printsOnly(int argc, const char *const *argv)
{
    // The names QCommandLineParser's addHelpOption() and addVersionOption() answer to.
    static const QStringList printing{u"-h"_s, u"--help"_s,    u"-?"_s, u"--help-all"_s,
                                      u"-v"_s, u"--version"_s, u"/?"_s};
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == u"--"_s)
            return false; // what follows is not an option
        if (printing.contains(argument))
            return true;
    }
    return false;
}

int GuiCommandLine::print(const QCoreApplication &app)
{
    const AppSettings settings;
    Translations translations;
    translations.install(language(settings));
    parse(app); // prints and exits on --help and --version
    return 0;
}

Language GuiCommandLine::language(const AppSettings &settings)
{
    if (const std::optional<Language> chosen
        = Translations::languageFromArguments(QCoreApplication::arguments()))
        return *chosen;
    return settings.language().value_or(Translations::systemLanguage());
}

GuiCommandLine::Options GuiCommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage, test and sandbox ThaiBulkSMS OTP apps."));
    parser.addHelpOption();
    parser.addVersionOption();
    DataDirectory::addOption(parser);
    const QCommandLineOption langOption(u"lang"_s, tr("Language of the interface: en or th."),
                                        u"en|th"_s);
    const QCommandLineOption noSandboxOption(u"no-sandbox"_s,
                                             tr("Do not start the embedded sandbox."));
    const QCommandLineOption portOption(
        u"sandbox-port"_s,
        tr("Port of the embedded sandbox for this run (0: any free port; default: the one in "
           "Settings, 8765)."),
        u"PORT"_s);
    const QCommandLineOption quitOption(
        u"quit-after-startup"_s,
        tr("Quit as soon as the window is shown, painted and idle, printing that moment "
           "(nanoseconds since 1970) for start-up measurements."));
    parser.addOptions({langOption, noSandboxOption, portOption, quitOption});
    parser.process(app); // --help and --version exit here

    Options options;
    options.dataDir = parser.value(QString::fromLatin1(DataDirectory::OptionName));
    options.noSandbox = parser.isSet(noSandboxOption);
    options.quitAfterStartup = parser.isSet(quitOption);
    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        if (ok && port >= 0 && port < 65536)
            options.sandboxPort = port;
    }
    return options;
}

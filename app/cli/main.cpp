#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"otpctl"_s);
    QCoreApplication::setOrganizationName(u"OTP Manager"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OTP_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "otpctl",
        "Command-line companion of OTP Manager. Subcommands arrive with the sandbox "
        "and API client."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    parser.showHelp(0);
}

#include "VerifyCommand.h"

#include "CliOutput.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

QString VerifyCommand::summary() const
{
    return tr("Verify the code a user typed (POST /v2/otp/verify).");
}

QString VerifyCommand::description() const
{
    return tr("Verify a PIN against the token of a request, through an app of the local store "
              "(--app) or a base URL (--base-url with --key; App Secret from OTP_SECRET or "
              "standard input).\nExit code 0: the code is correct; 1: the API answered an "
              "error (wrong code, expired token, ...); 2: usage error; 3: network, timeout, "
              "invalid answer or keychain problem; 4: the local store was damaged and set aside "
              "(--app), nothing sent.");
}

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({u"token"_s, tr("The token the request returned."), u"TOKEN"_s});
    parser.addOption({u"pin"_s, tr("The code from the SMS."), u"PIN"_s});
    parser.addOption(
        {u"msisdn"_s, tr("The phone number, shown in the history (optional)."), u"NUMBER"_s});
}

std::optional<ExitCode> VerifyCommand::readOptions(const QCommandLineParser &parser,
                                                   Options &options) const
{
    options.token = parser.value(u"token"_s).trimmed();
    options.pin = parser.value(u"pin"_s).trimmed();
    options.msisdn = parser.value(u"msisdn"_s).trimmed();
    if (options.token.isEmpty() || options.pin.isEmpty()) {
        CliOutput::instance().err(tr("Give both --token TOKEN and --pin PIN."));
        return ExitCode::Usage;
    }
    return std::nullopt;
}

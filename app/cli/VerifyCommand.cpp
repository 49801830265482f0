#include "VerifyCommand.h"

#include "CliOutput.h"
#include "api/OtpClient.h"

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
              "invalid answer or keychain problem.");
}

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({u"token"_s, tr("The token the request returned."), u"TOKEN"_s});
    parser.addOption({u"pin"_s, tr("The code from the SMS."), u"PIN"_s});
    parser.addOption(
        {u"msisdn"_s, tr("The phone number, shown in the history (optional)."), u"NUMBER"_s});
}

std::optional<ExitCode> VerifyCommand::checkOptions(const QCommandLineParser &parser)
{
    m_token = parser.value(u"token"_s).trimmed();
    m_pin = parser.value(u"pin"_s).trimmed();
    m_msisdn = parser.value(u"msisdn"_s).trimmed();
    if (m_token.isEmpty() || m_pin.isEmpty()) {
        CliOutput::instance().err(tr("Give both --token TOKEN and --pin PIN."));
        return ExitCode::Usage;
    }
    return std::nullopt;
}

OtpCall *VerifyCommand::startWithApp(OtpClient &client, const OtpAppConfig &app,
                                     const QString &secret, const OtpCallOptions &options)
{
    return client.verify(app, secret, m_token, m_pin, options);
}

OtpCall *VerifyCommand::startAt(OtpClient &client, const QUrl &baseUrl, const QString &key,
                                const QString &secret, const OtpCallOptions &options)
{
    return client.verifyAt(baseUrl, key, secret, m_token, m_pin, options);
}

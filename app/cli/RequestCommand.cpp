#include "RequestCommand.h"

#include "CliOutput.h"
#include "domain/Msisdn.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

QString RequestCommand::summary() const
{
    return tr("Send an OTP to a phone number (POST /v2/otp/request).");
}

QString RequestCommand::description() const
{
    return tr("Request an OTP for a phone number through an app of the local store (--app) or a "
              "base URL (--base-url with --key; App Secret from OTP_SECRET or standard input).\n"
              "Exit code 0: sent; 1: the API answered an error, or input failed validation; "
              "2: usage error; 3: network, timeout, invalid answer or keychain problem; 4: the "
              "local store was damaged and set aside (--app), nothing sent.");
}

void RequestCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({u"msisdn"_s, tr("The phone number: 0812345678, 66812345678 or +66812345678."),
                      u"NUMBER"_s});
    parser.addOption({u"no-check"_s,
                      tr("Send --msisdn as typed, without checking it is a Thai mobile number "
                         "(to see what the API says about it).")});
}

std::optional<ExitCode> RequestCommand::readOptions(const QCommandLineParser &parser,
                                                    Options &options) const
{
    options.msisdn = parser.value(u"msisdn"_s).trimmed();
    if (options.msisdn.isEmpty()) {
        CliOutput::instance().err(tr("Give the phone number with --msisdn NUMBER."));
        return ExitCode::Usage;
    }
    if (!parser.isSet(u"no-check"_s)) {
        const ValidationIssues issues = Msisdn::validate(options.msisdn);
        if (hasErrors(issues)) {
            CliOutput::instance().err(issues.first().message);
            return ExitCode::ApiOrValidationError;
        }
    }
    return std::nullopt;
}

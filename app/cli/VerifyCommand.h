#pragma once

#include "OtpCallCommand.h"

// otpctl verify: checks the code a user typed against the token of a request.
class VerifyCommand : public OtpCallCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;

protected:
    OtpOperation operation() const override { return OtpOperation::Verify; }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<ExitCode> checkOptions(const QCommandLineParser &parser) override;
    QString historyMsisdn() const override { return m_msisdn; }
    OtpCall *startWithApp(OtpClient &client, const OtpAppConfig &app, const QString &secret,
                          const OtpCallOptions &options) override;
    OtpCall *startAt(OtpClient &client, const QUrl &baseUrl, const QString &key,
                     const QString &secret, const OtpCallOptions &options) override;

private:
    QString m_token;
    QString m_pin;
    QString m_msisdn;
};

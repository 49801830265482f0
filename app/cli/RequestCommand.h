#pragma once

#include "OtpCallCommand.h"

// otpctl request: sends an OTP to a phone number through an app or a base URL.
class RequestCommand : public OtpCallCommand
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommand)

public:
    QString name() const override { return QStringLiteral("request"); }
    QString summary() const override;

protected:
    OtpOperation operation() const override { return OtpOperation::Request; }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    std::optional<ExitCode> readOptions(const QCommandLineParser &parser,
                                        Options &options) const override;
};

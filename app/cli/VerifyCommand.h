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
    std::optional<ExitCode> readOptions(const QCommandLineParser &parser,
                                        Options &options) const override;
};

#pragma once

#include "CliCommand.h"

// otpctl decode CODE_OR_BODY [--http STATUS] [--json]: explains a status code (116), an error
// name (ERROR_IP_NOT_ALLOWED), a message ("Token is expire.") or a whole response body.
class DecodeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)

public:
    struct Options {
        QString input; // trimmed; "-" already replaced by standard input
        int httpStatus = 0; // 0: not given
        bool json = false;
    };

    QString name() const override { return QStringLiteral("decode"); }
    QString summary() const override;
    ExitCode run(const QStringList &arguments) override;

    static ParsedOptions<Options> parseOptions(const QStringList &arguments);
    static ExitCode execute(const Options &options);
};

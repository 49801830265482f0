#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct OtpResult;

// What otpctl request and verify print for a finished call, and the exit code it gives.
class OtpCallOutput
{
    Q_DECLARE_TR_FUNCTIONS(OtpCallOutput)

public:
    // 0 success, 1 API error or refused URL, 3 transport, timeout, invalid answer, cancelled.
    static ExitCode exitCodeFor(const OtpResult &result);
    // The lines of the human output.
    static QStringList describe(const OtpResult &result);
    // The human lines, or with json one JSON object (with "app" when appName is given).
    static void print(const OtpResult &result, bool json, const QString &appName);
};

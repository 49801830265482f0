#pragma once

#include "SandboxFaults.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The control API's shape of the fault injection, named after otpctl's options:
// {"latencyMs":200,"jitterMs":50,"fail":"ERROR_INSUFFICIENT_CREDIT" (or a status code, an OTP
// message, "drop", null),"rate":0.2 or null,"next":3 or null}. Read with the same rules as
// otpctl sandbox --latency/--jitter/--fail/--fail-rate/--fail-next.
class SandboxFaultsJson
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFaultsJson)

public:
    static QByteArray write(const SandboxFaults &faults);
    // A JSON object; a missing or null member is "not set". The error is translated and names
    // the member.
    static Result<SandboxFaults> read(const QByteArray &json);

    // --fail and "fail": "drop", or a catalog entry by status code, error name or OTP message.
    // False, and faults unchanged, for anything else.
    static bool readFail(const QString &text, SandboxFaults *faults);
    // The text readFail() reads back to the same catalog row ("ERROR_…", a status code or an
    // OTP message; only row 63, "Code is correct." with HTTP 400, reads back as row 1);
    // "drop"; empty for no action.
    static QString failText(const SandboxFaults &faults);
};

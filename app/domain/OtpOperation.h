#pragma once

#include "util/EnumIds.h"

#include <QString>

// The two calls of the OTP API: what the client sends, what the sandbox answers and what the
// history records.
enum class OtpOperation {
    Request, // POST /v2/otp/request: key, secret, msisdn -> token, refno
    Verify, // POST /v2/otp/verify: key, secret, token, pin -> "Code is correct."
};

// Stable, untranslated identifiers: the last part of the API's path, the history table's
// `call` column, the `operation` of a saved result.
constexpr EnumIdTable<OtpOperation, 2> enumIds(OtpOperation)
{
    return {{{OtpOperation::Request, "request"}, {OtpOperation::Verify, "verify"}}};
}

// The operation's name for people, in the current language ("Request", "Verify"); a view that
// names an operation takes the name from here.
QString operationName(OtpOperation operation);

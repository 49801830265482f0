#pragma once

#include "domain/ApiVersion.h"
#include "domain/OtpOperation.h"
#include "util/EnumIds.h"

// How the request body is encoded; the service accepts both.
enum class BodyFormat {
    Form, // application/x-www-form-urlencoded
    Json, // application/json
};

// Stable, untranslated identifiers for files and JSON.
constexpr EnumIdTable<BodyFormat, 2> enumIds(BodyFormat)
{
    return {{{BodyFormat::Form, "form"}, {BodyFormat::Json, "json"}}};
}

// Per-call settings of OtpClient. The GUI fills them from its preferences, otpctl from options.
struct OtpCallOptions {
    static constexpr int DefaultTimeoutMs = 15000;
    static constexpr int MinTimeoutMs = 100;
    static constexpr int MaxTimeoutMs = 10 * 60 * 1000;

    ApiVersion version = ApiVersion::V2;
    BodyFormat bodyFormat = BodyFormat::Form;
    int timeoutMs = DefaultTimeoutMs; // the whole call: connect, send, wait and read

    friend bool operator==(const OtpCallOptions &a, const OtpCallOptions &b)
    {
        return a.version == b.version && a.bodyFormat == b.bodyFormat && a.timeoutMs == b.timeoutMs;
    }
};

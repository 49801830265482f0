#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The two calls of the OTP API.
enum class OtpOperation {
    Request, // POST /v2/otp/request: key, secret, msisdn -> token, refno
    Verify, // POST /v2/otp/verify: key, secret, token, pin -> "Code is correct."
};

// The generations of the OTP API; they differ in the path and in how bodies are wrapped.
enum class ApiVersion {
    V1, // /v1/otp/...: {"data":{...}} / {"error":{...}}, no refno
    V2, // /v2/otp/...: bare objects (current)
};

// How the request body is encoded; the service accepts both.
enum class BodyFormat {
    Form, // application/x-www-form-urlencoded
    Json, // application/json
};

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

// Stable, untranslated identifiers for files, JSON and the command line.
QString operationId(OtpOperation operation); // "request" / "verify"
std::optional<OtpOperation> operationFromId(QStringView id);
QString apiVersionId(ApiVersion version); // "v1" / "v2"
std::optional<ApiVersion> apiVersionFromId(QStringView id);
QString bodyFormatId(BodyFormat format); // "form" / "json"
std::optional<BodyFormat> bodyFormatFromId(QStringView id);

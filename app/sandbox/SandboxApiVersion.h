#pragma once

// The two generations of the OTP API the sandbox serves; they differ only in how a body is
// wrapped.
enum class SandboxApiVersion {
    V1, // /v1/otp/...: {"data":{...}} and {"error":{...}}, no refno
    V2, // /v2/otp/...: bare objects
};

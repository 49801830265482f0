#pragma once

#include "util/EnumIds.h"

// The generations of the OTP API; they differ in the path and in how bodies are wrapped. The
// client calls either, the sandbox serves both.
enum class ApiVersion {
    V1, // /v1/otp/...: {"data":{...}} / {"error":{...}}, no refno
    V2, // /v2/otp/...: bare objects (current)
};

// Stable, untranslated identifiers: the first part of the API's path, the `apiVersion` of a
// saved result, otpctl's --api.
constexpr EnumIdTable<ApiVersion, 2> enumIds(ApiVersion)
{
    return {{{ApiVersion::V1, "v1"}, {ApiVersion::V2, "v2"}}};
}

#pragma once

#include "util/EnumIds.h"

// What became of one OTP (a request and the verifies sent with its token), as reports count
// it; docs/reports.md says how each is decided.
enum class OtpFate {
    Failed, // the request was refused: no token
    Pending, // a token, no correct PIN yet, still valid
    Verified, // a correct PIN
    Expired, // no correct PIN and the token's time is up (or the service said "Token is expire.")
    Burned, // five wrong PINs and no correct one
};

constexpr EnumIdTable<OtpFate, 5> enumIds(OtpFate)
{
    return {{{OtpFate::Failed, "failed"},
             {OtpFate::Pending, "pending"},
             {OtpFate::Verified, "verified"},
             {OtpFate::Expired, "expired"},
             {OtpFate::Burned, "burned"}}};
}

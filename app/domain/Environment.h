#pragma once

#include "util/EnumIds.h"

// Where an OTP app's API calls go.
enum class Environment {
    Sandbox, // the embedded local server: fake credentials, no SMS credit
    Live, // https://otp.thaibulksms.com
    Custom, // a base URL of the user's (staging proxy, mock server)
};

// Stable, untranslated identifiers used in files and on the command line.
constexpr EnumIdTable<Environment, 3> enumIds(Environment)
{
    return {{{Environment::Sandbox, "sandbox"},
             {Environment::Live, "live"},
             {Environment::Custom, "custom"}}};
}

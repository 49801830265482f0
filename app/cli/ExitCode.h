#pragma once

// otpctl's exit codes (documented in docs/otpctl.md and `otpctl --help`).
enum class ExitCode : int {
    Ok = 0,
    ApiOrValidationError = 1, // the API answered an error, input failed validation, unknown code
    Usage = 2, // wrong options or arguments
    TransportOrSystem = 3, // network, keychain, database, file or port problem
    NoMessage = 4, // otpctl code: no message came to the sandbox (a wait ended without one)
    Unauthorized = 5, // otpctl code: the control API token is missing or wrong
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

#pragma once

// otpctl's exit codes (documented in docs/otpctl.md and `otpctl --help`).
enum class ExitCode : int {
    Ok = 0,
    ApiOrValidationError = 1, // the API answered an error, input failed validation, unknown code
    Usage = 2, // wrong options or arguments
    TransportOrSystem = 3, // network, keychain, database, file or port problem
    // The local store was damaged: this command set it aside (kept, its path on stderr), made a
    // new, empty one and did nothing else. Only the command that recovers says so; the next
    // one works on the new store.
    DatabaseRecovered = 4,
    NoMessage = 5, // otpctl code: no message came to the sandbox (a wait ended without one)
    Unauthorized = 6, // otpctl code: the control API token is missing or wrong
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

#pragma once

#include <QString>

// What one OTP request makes up: the code the user types, the reference printed beside it in
// the SMS and the opaque token the caller's backend keeps for verify.
struct GeneratedOtp {
    QString code; // the app's number of digits, 0-9
    QString refno; // 5 characters [A-Z0-9]
    QString token; // 32 URL-safe characters [A-Za-z0-9_-]
};

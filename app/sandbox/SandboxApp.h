#pragma once

#include "domain/OtpAppConfig.h"

#include <QString>

// An OTP app as the sandbox serves it: its settings and its secret. Sandbox credentials are
// fake and only valid against this local server, which is why the secret may travel with the
// config here (an otpctl --apps file carries it) while real secrets stay in the keychain.
struct SandboxApp {
    OtpAppConfig config; // config.appKey is the key callers send
    QString secret;

    // How many test numbers it has ("testNumbers" in the control API's /sandbox/v1/info).
    int testNumberCount() const { return int(config.testNumbers.size()); }

    friend bool operator==(const SandboxApp &a, const SandboxApp &b)
    {
        return a.config == b.config && a.secret == b.secret;
    }
};

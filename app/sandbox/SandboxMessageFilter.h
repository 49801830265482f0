#pragma once

#include "domain/OtpMessage.h"

#include <QString>

#include <optional>

// Which of the sandbox's messages a control API call or a C++ query means: every field that is
// set must match. Shared by listing, "latest", deleting and the long-poll waiters.
struct SandboxMessageFilter {
    QString msisdn; // +66XXXXXXXXX (Msisdn::international()); empty: any number
    QString app; // the app's name or key; empty: any app
    std::optional<OtpMessage::State> state;
    qint64 afterId = 0; // only messages with a greater id
    std::optional<qint64> afterMs; // only messages created after this time (ms since the epoch)

    bool matches(const OtpMessage &message) const
    {
        return message.id > afterId && (msisdn.isEmpty() || message.msisdn == msisdn)
            && (app.isEmpty() || message.appName == app || message.appKey == app)
            && (!state || message.state == *state)
            && (!afterMs || message.createdAt.toMSecsSinceEpoch() > *afterMs);
    }
};

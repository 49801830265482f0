#pragma once

#include "FaultInjector.h"
#include "SandboxAppSet.h"
#include "TokenStore.h"
#include "domain/ApiVersion.h"
#include "domain/OtpMessage.h"
#include "domain/OtpOperation.h"

#include <QByteArray>
#include <QHostAddress>

#include <optional>

class Clock;
class RandomSource;

// The OTP API's rules, without HTTP: from a call's body and caller address to the status and
// body of the answer, plus what changed (a delivered SMS, token state changes) for the server
// to publish. Runs on the server thread.
class SandboxOtpService
{
public:
    struct Call {
        OtpOperation operation = OtpOperation::Request;
        ApiVersion version = ApiVersion::V2;
        QByteArray contentType;
        QByteArray body;
        QHostAddress remoteAddress;
    };

    struct Outcome {
        int httpStatus = 200;
        QByteArray body;
        std::optional<OtpMessage> delivered; // a successful request's "SMS"
        // A test number's forced failure: the server answers it as the fault injection would,
        // instead of httpStatus and body.
        FaultInjector::Decision forcedFailure;
        TokenStore::Changes changes; // tokens that left Pending while handling the call
        // A verify that checked a PIN: its token and the PINs checked against it so far (the
        // token is also what tokensChanged reports with the changes).
        QString attemptToken;
        int attempts = 0;
        // For the recorded traffic (never a secret or a PIN): the message of an error answer
        // (empty on success), the app whose key and secret matched, the request's number
        // masked, the token issued or sent.
        QString message;
        QUuid appId;
        QString appName;
        QString maskedMsisdn;
        QString token;
    };

    SandboxOtpService(TokenStore &tokens, const Clock &clock, RandomSource &random);

    Outcome handle(const Call &call, const SandboxAppSet &apps);

private:
    Outcome answer(const Call &call, const SandboxAppSet &apps, Outcome *facts);
    Outcome request(const Call &call, const SandboxAppSet::Entry &app, const QString &msisdn);
    Outcome verify(const Call &call, const SandboxAppSet::Entry &app, const QString &token,
                   const QString &pin);

    TokenStore &m_tokens;
    const Clock &m_clock;
    RandomSource &m_random;
};

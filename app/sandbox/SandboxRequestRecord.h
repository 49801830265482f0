#pragma once

#include "domain/OtpOperation.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

#include <optional>

struct ErrorEntry;

// One call the sandbox answered, for a request log and the recorded traffic (reports). Never
// holds a body, an App Secret or a PIN.
struct SandboxRequestRecord {
    QDateTime at; // UTC, when the request arrived (the server's Clock)
    QString method; // "POST"; empty for a request cut off before it was parsed (413)
    QString path; // without the query
    QString remoteAddress;
    int status = 0; // HTTP status; 0 when the connection was dropped on purpose
    double elapsedMs = 0; // arrival to answer, injected latency included

    // The OTP routes (/v1 and /v2 request and verify) only; the rest stays empty.
    std::optional<OtpOperation> operation;
    QUuid appId; // the app whose key and secret matched; null when none did
    QString appName;
    QString msisdn; // a request's number, masked (081***5678); empty when it was not valid
    QString token; // issued (request) or as sent (verify)
    QString refno; // a successful request's reference
    QDateTime expiresAt; // a successful request's token expiry, UTC
    std::optional<int> statusCode; // the service's status code (catalog), none when dropped
    QString statusName; // "success", the catalog name or the OTP message ("Code is invalid.")
    bool faultInjected = false; // a fault replaced, dropped or delayed the answer

    // The status code and name of an answer, as the history names a call's outcome:
    // "success", the catalog's name, or the message itself when the catalog has no row for it.
    void describe(int httpStatus, const QString &message);
    void describe(const ErrorEntry &entry);
};

Q_DECLARE_METATYPE(SandboxRequestRecord)

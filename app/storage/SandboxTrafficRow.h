#pragma once

#include "domain/OtpOperation.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

// One OTP call the sandbox answered, as the sandbox_traffic table stores it (reports). The
// number is masked before it gets here; there is no field for a secret or a PIN.
struct SandboxTrafficRow {
    qint64 id = 0; // assigned by the database
    QDateTime startedAt; // UTC
    QUuid appId; // null: no app's key and secret matched
    QString appName;
    OtpOperation call = OtpOperation::Request;
    QString maskedMsisdn; // 081***5678
    int httpStatus = 0; // 0: the connection was dropped (injected fault)
    std::optional<int> statusCode; // the service's status code; none when dropped
    QString outcome; // "success", the catalog name or the OTP message, as in the history
    double latencyMs = 0;
    QString token;
    QString refno;
    QDateTime expiresAt; // a successful request's; invalid otherwise
    bool faultInjected = false;
    QString remoteAddress;
};

#include <QMetaType>
Q_DECLARE_METATYPE(SandboxTrafficRow)

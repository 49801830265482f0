#pragma once

#include "domain/OtpOperation.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

// One API call in the history, as stored. recordJson is the full exchange record made by the
// API client, with the App Secret already masked; this room never looks inside it.
struct StoredExchange {
    qint64 id = 0; // assigned by the database
    QUuid appId; // kept after the app is deleted
    QString appName; // the app's name at the time of the call
    OtpOperation call = OtpOperation::Request; // stored as enumId(): "request", "verify"
    QDateTime startedAt;
    QString msisdn;
    std::optional<int> httpStatus; // none: no HTTP response (network error, timeout)
    QString outcome; // short machine-readable result, e.g. "success", "ERROR_IP_NOT_ALLOWED"
    std::optional<qint64> latencyMs;
    QByteArray recordJson; // UTF-8 JSON
    // What pairs a request with its verifies in reports: the token issued (request) or sent
    // (verify), empty when none; and when a request's token expires (invalid: unknown).
    QString token;
    QDateTime expiresAt;

    friend bool operator==(const StoredExchange &a, const StoredExchange &b)
    {
        return a.id == b.id && a.appId == b.appId && a.appName == b.appName && a.call == b.call
            && a.startedAt == b.startedAt && a.msisdn == b.msisdn && a.httpStatus == b.httpStatus
            && a.outcome == b.outcome && a.latencyMs == b.latencyMs && a.recordJson == b.recordJson
            && a.token == b.token && a.expiresAt == b.expiresAt;
    }
    friend bool operator!=(const StoredExchange &a, const StoredExchange &b) { return !(a == b); }
};

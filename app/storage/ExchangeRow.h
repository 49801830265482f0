#pragma once

#include "StoredExchange.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

// One row of the history list: a stored call without its record (recordJson), which is read by
// id only when the row is opened (ExchangeRepository::find). Lists hold thousands of these.
struct ExchangeRow {
    qint64 id = 0;
    QUuid appId;
    QString appName;
    OtpOperation call = OtpOperation::Request;
    QDateTime startedAt;
    QString msisdn;
    std::optional<int> httpStatus;
    QString outcome;
    std::optional<qint64> latencyMs;

    static ExchangeRow of(const StoredExchange &exchange)
    {
        return {exchange.id,         exchange.appId,     exchange.appName,
                exchange.call,       exchange.startedAt, exchange.msisdn,
                exchange.httpStatus, exchange.outcome,   exchange.latencyMs};
    }

    friend bool operator==(const ExchangeRow &a, const ExchangeRow &b)
    {
        return a.id == b.id && a.appId == b.appId && a.appName == b.appName && a.call == b.call
            && a.startedAt == b.startedAt && a.msisdn == b.msisdn && a.httpStatus == b.httpStatus
            && a.outcome == b.outcome && a.latencyMs == b.latencyMs;
    }
    friend bool operator!=(const ExchangeRow &a, const ExchangeRow &b) { return !(a == b); }
};

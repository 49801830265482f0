#pragma once

#include "OtpFate.h"
#include "ReportSource.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

// One OTP in the transaction table: its request and the verifies sent with its token.
struct TransactionRow {
    ReportSource source = ReportSource::Calls; // Calls or Sandbox
    qint64 requestId = 0; // the row of the history (Calls: opens in the raw viewer) or traffic
    QDateTime requestedAt; // UTC
    QUuid appId;
    QString appName;
    QString maskedNumber; // 081***5678
    QString refno;
    QString token;
    OtpFate fate = OtpFate::Failed;
    int attempts = 0; // verify calls with this token
    int wrongPins = 0;
    std::optional<qint64> timeToVerifyMs;
    QStringList codes; // the request's outcome, then each distinct verify outcome
};

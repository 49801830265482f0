#pragma once

#include "ReportBucket.h"
#include "ReportSource.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QUuid>

#include <optional>

// What a report covers: the OTPs requested and the calls made in [from, to), of one app or
// all, from one source or both. Buckets start at local midnights (or hours) of timeZone.
// A value: copy it to a worker thread.
struct ReportQuery {
    QDateTime from;
    QDateTime to;
    std::optional<QUuid> appId;
    ReportSource source = ReportSource::All;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    // What "expired" is judged against (a token whose expiry is past now); invalid: the time
    // the report runs.
    QDateTime now;

    static constexpr qint64 HourlyUpToMs = 2 * 24 * 3600 * 1000LL;

    // The last days up to now: otpctl report's and the page's default period.
    static ReportQuery lastDays(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());

    ReportBucket bucket() const;
    QDateTime nowOrCurrent() const;
    // The key of the bucket holding an instant: local hours or days since 1970-01-01 in
    // timeZone (the SQL computes the same, ReportSql::localBucket).
    qint64 bucketKey(const QDateTime &at) const;
    QDateTime bucketStart(qint64 key) const; // UTC instant of the bucket's local start
    QList<qint64> bucketKeys() const; // every bucket of [from, to), in order
    qint64 bucketWidthMs() const;
};

#include "ReportQuery.h"

ReportQuery ReportQuery::lastDays(int days, const QDateTime &now)
{
    ReportQuery query;
    query.to = now.toUTC();
    query.from = query.to.addDays(-days);
    query.now = query.to;
    return query;
}

ReportBucket ReportQuery::bucket() const
{
    return from.msecsTo(to) <= HourlyUpToMs ? ReportBucket::Hour : ReportBucket::Day;
}

QDateTime ReportQuery::nowOrCurrent() const
{
    return now.isValid() ? now : QDateTime::currentDateTimeUtc();
}

qint64 ReportQuery::bucketWidthMs() const
{
    return bucket() == ReportBucket::Hour ? 3600 * 1000LL : 24 * 3600 * 1000LL;
}

qint64 ReportQuery::bucketKey(const QDateTime &at) const
{
    const qint64 localMs = at.toMSecsSinceEpoch() + qint64(timeZone.offsetFromUtc(at)) * 1000;
    const qint64 width = bucketWidthMs();
    return localMs >= 0 ? localMs / width : (localMs - width + 1) / width;
}

QDateTime ReportQuery::bucketStart(qint64 key) const
{
    // The bucket's local wall-clock start, read as a time in the zone.
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(key * bucketWidthMs(), QTimeZone::utc());
    return QDateTime(wall.date(), wall.time(), timeZone).toUTC();
}

QList<qint64> ReportQuery::bucketKeys() const
{
    QList<qint64> keys;
    if (!from.isValid() || !to.isValid() || from >= to)
        return keys;
    const qint64 last = bucketKey(to.addMSecs(-1));
    for (qint64 key = bucketKey(from); key <= last; ++key)
        keys << key;
    return keys;
}

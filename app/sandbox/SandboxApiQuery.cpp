#include "SandboxApiQuery.h"

#include "domain/Msisdn.h"

#include <QDateTime>

#include <climits>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

using Filter = Result<SandboxMessageFilter>;

// A whole number from min to max, digits only.
std::optional<qint64> wholeNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || text.startsWith(u'+') || number < min || number > max)
        return std::nullopt;
    return number;
}

} // namespace

QString SandboxApiQuery::value(const QString &name) const
{
    return m_query.queryItemValue(name, QUrl::FullyDecoded);
}

Result<SandboxMessageFilter> SandboxApiQuery::numberAndApp() const
{
    SandboxMessageFilter filter;
    if (has(u"msisdn"_s)) {
        const std::optional<Msisdn> msisdn = Msisdn::parse(value(u"msisdn"_s));
        if (!msisdn) {
            return Filter::failure(tr("\"msisdn\" is not a Thai mobile number (0812345678, "
                                      "66812345678 or +66812345678)."));
        }
        filter.msisdn = msisdn->international();
    }
    filter.app = value(u"app"_s);
    return Filter::success(filter);
}

Result<SandboxMessageFilter> SandboxApiQuery::filter() const
{
    Filter filter = numberAndApp();
    if (!filter || !has(u"state"_s))
        return filter;
    const std::optional<OtpMessage::State> state = enumFromId<OtpMessage::State>(value(u"state"_s));
    if (!state) {
        QStringList ids;
        for (const OtpMessage::State each : enumValues<OtpMessage::State>())
            ids << enumId(each);
        return Filter::failure(tr("\"state\" must be one of %1.").arg(ids.join(u", "_s)));
    }
    filter.value.state = state;
    return filter;
}

Result<SandboxMessageFilter> SandboxApiQuery::latestFilter() const
{
    Filter filter = numberAndApp();
    if (!filter || !has(u"after"_s))
        return filter;
    const QString after = value(u"after"_s).trimmed();
    if (const std::optional<qint64> id
        = wholeNumber(after, 0, std::numeric_limits<qint64>::max())) {
        filter.value.afterId = *id;
        return filter;
    }
    QDateTime time = QDateTime::fromString(after, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime) // no offset given: UTC, as we write
        time.setTimeSpec(Qt::UTC);
    if (!time.isValid()) {
        return Filter::failure(tr("\"after\" needs a message id or an ISO-8601 time such as "
                                  "2024-01-01T09:15:00.000Z."));
    }
    filter.value.afterMs = time.toMSecsSinceEpoch();
    return filter;
}

Result<SandboxApiQuery::Paging> SandboxApiQuery::paging() const
{
    Paging paging;
    if (has(u"start"_s)) {
        const std::optional<qint64> start = wholeNumber(value(u"start"_s), 0, INT_MAX);
        if (!start)
            return Result<Paging>::failure(tr("\"start\" needs a whole number from 0."));
        paging.start = int(*start);
    }
    if (has(u"limit"_s)) {
        const std::optional<qint64> limit = wholeNumber(value(u"limit"_s), 0, MaxLimit);
        if (!limit) {
            return Result<Paging>::failure(
                tr("\"limit\" needs a whole number from 0 to %1.").arg(MaxLimit));
        }
        paging.limit = int(*limit);
    }
    return Result<Paging>::success(paging);
}

Result<int> SandboxApiQuery::waitMs() const
{
    if (!has(u"wait"_s))
        return Result<int>::success(0);
    bool ok = false;
    const double seconds = value(u"wait"_s).toDouble(&ok);
    if (!ok || !(seconds >= 0 && seconds <= MaxWaitSeconds)) {
        return Result<int>::failure(tr("\"wait\" needs seconds from 0 to %1.").arg(MaxWaitSeconds));
    }
    return Result<int>::success(int(seconds * 1000));
}

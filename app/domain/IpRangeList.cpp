#include "IpRangeList.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

IpRangeList::ParseResult IpRangeList::parse(const QString &text)
{
    // Accept commas too: people paste "1.2.3.4, 5.6.7.8" from other dashboards.
    static const QRegularExpression separators(u"[\\r\\n,;]+"_s);
    return parse(text.split(separators, Qt::SkipEmptyParts));
}

IpRangeList::ParseResult IpRangeList::parse(const QStringList &entries)
{
    ParseResult result;
    QList<IpRange> ranges;
    QSet<QString> seen; // a pasted list can be long: keep de-duplication linear
    int entryCount = 0;
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        ++entryCount;
        const std::optional<IpRange::Parsed> parsed = IpRange::parse(entry);
        if (!parsed) {
            result.issues.append(
                {ValidationField::IpRanges, ValidationIssue::Severity::Error, u"ipRanges.invalid"_s,
                 tr("\"%1\" is not an IP address or CIDR block. Write one address per line, "
                    "for example 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32.")
                     .arg(entry)});
            continue;
        }
        if (parsed->hadHostBits) {
            result.issues.append({ValidationField::IpRanges, ValidationIssue::Severity::Warning,
                                  u"ipRanges.hostBits"_s,
                                  tr("\"%1\" has host bits set; it is saved as the block %2.")
                                      .arg(entry, parsed->range.toString())});
        }
        if (seen.contains(parsed->range.toString())) {
            result.issues.append(
                {ValidationField::IpRanges, ValidationIssue::Severity::Warning,
                 u"ipRanges.duplicate"_s,
                 tr("\"%1\" is listed more than once; the copy is dropped.").arg(entry)});
            continue;
        }
        seen.insert(parsed->range.toString());
        ranges.append(parsed->range);
    }
    if (entryCount > MaxEntries) {
        result.issues.append({ValidationField::IpRanges, ValidationIssue::Severity::Error,
                              u"ipRanges.tooMany"_s,
                              tr("The trusted IP range has %1 entries; at most %2 are allowed. "
                                 "Merge addresses into CIDR blocks.")
                                  .arg(entryCount)
                                  .arg(MaxEntries)});
    }
    result.list = IpRangeList(std::move(ranges));
    return result;
}

QStringList IpRangeList::toStringList() const
{
    QStringList list;
    list.reserve(m_ranges.size());
    for (const IpRange &range : m_ranges)
        list.append(range.toString());
    return list;
}

bool IpRangeList::contains(const QHostAddress &address) const
{
    if (m_ranges.isEmpty())
        return true;
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(),
                       [&address](const IpRange &range) { return range.contains(address); });
}

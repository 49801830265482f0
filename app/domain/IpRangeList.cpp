#include "IpRangeList.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// One kind of problem: how many entries have it, and the first of them.
struct Tally {
    int count = 0;
    QString first;
    int firstLine = 0;
    QString firstNormalised; // host bits: the block the first is saved as

    void add(const QString &entry, int line, const QString &normalised = {})
    {
        if (count++ == 0) {
            first = inputExcerpt(entry);
            firstLine = line;
            firstNormalised = normalised;
        }
    }
};

ValidationIssue issue(ValidationIssue::Severity severity, const QString &code,
                      const QString &message)
{
    return {ValidationField::IpRanges, severity, code, message};
}

// One issue per kind of problem, worded for one entry or for many.
ValidationIssues issuesOf(const Tally &invalid, const Tally &hostBits, const Tally &duplicates)
{
    using Severity = ValidationIssue::Severity;
    ValidationIssues issues;
    if (invalid.count == 1) {
        issues.append(
            issue(Severity::Error, u"ipRanges.invalid"_s,
                  IpRangeList::tr(
                      "\"%1\" is not an IP address or CIDR block. Write one address per line, "
                      "for example 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32.")
                      .arg(invalid.first)));
    } else if (invalid.count > 1) {
        issues.append(issue(
            Severity::Error, u"ipRanges.invalid"_s,
            IpRangeList::tr(
                "%L1 entries are not IP addresses or CIDR blocks, the first on line %L2: \"%3\". "
                "Write one address per line, for example 203.0.113.7, 203.0.113.0/24 or "
                "2001:db8::/32.")
                .arg(invalid.count)
                .arg(invalid.firstLine)
                .arg(invalid.first)));
    }
    if (hostBits.count == 1) {
        issues.append(
            issue(Severity::Warning, u"ipRanges.hostBits"_s,
                  IpRangeList::tr("\"%1\" has host bits set; it is saved as the block %2.")
                      .arg(hostBits.first, hostBits.firstNormalised)));
    } else if (hostBits.count > 1) {
        issues.append(
            issue(Severity::Warning, u"ipRanges.hostBits"_s,
                  IpRangeList::tr(
                      "%L1 entries have host bits set and are saved as blocks, the first on line "
                      "%L2: \"%3\" is saved as %4.")
                      .arg(hostBits.count)
                      .arg(hostBits.firstLine)
                      .arg(hostBits.first, hostBits.firstNormalised)));
    }
    if (duplicates.count == 1) {
        issues.append(issue(Severity::Warning, u"ipRanges.duplicate"_s,
                            IpRangeList::tr("\"%1\" is listed more than once; the copy is dropped.")
                                .arg(duplicates.first)));
    } else if (duplicates.count > 1) {
        issues.append(issue(
            Severity::Warning, u"ipRanges.duplicate"_s,
            IpRangeList::tr(
                "%L1 entries repeat an earlier one and are dropped, the first on line %L2: \"%3\".")
                .arg(duplicates.count)
                .arg(duplicates.firstLine)
                .arg(duplicates.first)));
    }
    return issues;
}

} // namespace

IpRangeList::ParseResult IpRangeList::parse(const QString &text)
{
    // Accept commas too: people paste "1.2.3.4, 5.6.7.8" from other dashboards.
    static const QRegularExpression lineBreaks(u"\\r\\n|\\r|\\n"_s);
    static const QRegularExpression separators(u"[,;]"_s);
    QList<Line> lines;
    int number = 0;
    for (const QString &line : text.split(lineBreaks)) {
        ++number;
        for (const QString &entry : line.split(separators, Qt::SkipEmptyParts))
            lines.append({entry, number});
    }
    return parseLines(lines);
}

IpRangeList::ParseResult IpRangeList::parse(const QStringList &entries)
{
    QList<Line> lines;
    lines.reserve(entries.size());
    for (const QString &entry : entries)
        lines.append({entry, int(lines.size()) + 1});
    return parseLines(lines);
}

IpRangeList::ParseResult IpRangeList::parseLines(const QList<Line> &lines)
{
    ParseResult result;
    QList<IpRange> ranges;
    QSet<QString> seen; // a pasted list can be long: keep de-duplication linear
    Tally invalid, hostBits, duplicates;
    int entryCount = 0;
    for (const Line &line : lines) {
        const QString entry = line.text.trimmed();
        if (entry.isEmpty())
            continue;
        ++entryCount;
        const std::optional<IpRange::Parsed> parsed = IpRange::parse(entry);
        if (!parsed) {
            invalid.add(entry, line.number);
            continue;
        }
        const QString normalised = parsed->range.toString();
        if (parsed->hadHostBits)
            hostBits.add(entry, line.number, normalised);
        if (seen.contains(normalised)) {
            duplicates.add(entry, line.number);
            continue;
        }
        seen.insert(normalised);
        ranges.append(parsed->range);
    }
    result.issues = issuesOf(invalid, hostBits, duplicates);
    if (entryCount > MaxEntries) {
        result.issues.append(
            issue(ValidationIssue::Severity::Error, u"ipRanges.tooMany"_s,
                  IpRangeList::tr("The trusted IP range has %1 entries; at most %2 are "
                                  "allowed. Merge addresses into CIDR blocks.")
                      .arg(entryCount)
                      .arg(MaxEntries)));
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

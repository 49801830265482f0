#pragma once

#include "IpRange.h"
#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// An app's trusted IP range: the addresses allowed to call the API. Empty means any.
class IpRangeList
{
    Q_DECLARE_TR_FUNCTIONS(IpRangeList)

public:
    static constexpr int MaxEntries = 100;

    struct ParseResult;

    // One entry per line (also accepts a list); blank lines and surrounding spaces are ignored,
    // blocks with host bits set are normalised (warning), duplicates dropped (warning),
    // invalid entries are errors, more than MaxEntries is an error. Each kind of problem is one
    // issue however often it occurs: how many, and the first with its line, so a pasted log
    // gives a few lines of messages, not thousands.
    static ParseResult parse(const QString &text);
    static ParseResult parse(const QStringList &entries); // an element per line

    IpRangeList() = default;
    explicit IpRangeList(QList<IpRange> ranges) : m_ranges(std::move(ranges)) { }

    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<IpRange> &ranges() const { return m_ranges; }
    QStringList toStringList() const;

    // True when the list is empty (any address) or a range holds the address.
    bool contains(const QHostAddress &address) const;

private:
    struct Line {
        QString text;
        int number = 0; // 1-based, as an editor shows it
    };
    static ParseResult parseLines(const QList<Line> &lines);

    QList<IpRange> m_ranges;
};

struct IpRangeList::ParseResult {
    IpRangeList list; // the valid, normalised, de-duplicated entries
    ValidationIssues issues; // field IpRanges
};

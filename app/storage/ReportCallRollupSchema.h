#pragma once

#include <QStringList>

#include <optional>

// The reports' call rollups (docs/reports.md): report_calls counts the calls of the history
// (src 0) and of sandbox_traffic (src 1) per (UTC hour, app, call, HTTP status, outcome,
// unpaired, shadowed), report_latency per (UTC day, app, shadowed, latency step), each for the
// app and for all apps (AllApps). Triggers on both tables keep them current in the transaction
// that writes or deletes a call; when a call's flags change (its token's request stored or
// pruned: unpaired; the sandbox's first or last row of a history token: shadowed), its counts
// move between the flags' cells. A report reads whole hours and days here, the rest from calls.
class ReportCallRollupSchema
{
public:
    // A trigger deleting a row of a rollup (table) whose count an upsert took to zero.
    static QString removedWhenZero(const QString &table, const QString &count,
                                   const QStringList &key);

    static constexpr qint64 HourMs = 3600 * 1000LL;
    static constexpr qint64 DayMs = 24 * HourMs;
    static constexpr auto AllApps = "*"; // an app id no app has ('' is a call no app matched)

    // The tables, the triggers, then the counts of the calls stored before.
    static QStringList statements();

    // 1 when a call (alias) of the table is a verify whose token no request of the table
    // issued; for src 0, 1 when the sandbox's traffic holds its token. The read side's SQL
    // (ReportSql) computes the same for the calls it reads.
    static QString unpairedExpression(const QString &table, const QString &alias);
    static QString shadowedExpression(int src, const QString &alias);

private:
    // Calls (alias c) moving into (sign 1) or out of (-1) the rollups, with a flag forced to
    // the value it had before an event changed it, or computed as it is now.
    struct Move {
        QString rows; // a table, or a one-row SELECT of NEW or OLD
        QString where; // empty: every row
        int sign = 1;
        std::optional<int> unpaired;
        std::optional<int> shadowed;
        bool latency = true; // the unpaired flag does not concern latency
    };
    static QStringList applied(int src, const QString &table, const Move &move);
    static QStringList triggersFor(int src, const QString &table);
    static QStringList shadowTriggers();
};

#pragma once

#include <QStringList>

// The reports' rollup (docs/reports.md): report_otps holds one row per request of the history
// (src 0) and of sandbox_traffic (src 1), with what its verifies add up to so far. Triggers on
// both tables keep it current in the transaction that writes or deletes a call, whoever writes
// (the repositories, a batch of the traffic recorder, plain SQL); a report reads the rollup
// instead of joining each OTP to its verifies.
class ReportRollupSchema
{
public:
    // The table, its indexes and triggers, then the rows of the calls stored before.
    static QStringList statements();

private:
    static QStringList triggersFor(int src, const QString &table);
    static QString verifySums(const QString &table, const QString &token);
};

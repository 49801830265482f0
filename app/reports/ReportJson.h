#pragma once

#include "ReportFigures.h"
#include "TransactionRow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// A report as JSON, the schema docs/reports.md documents: `otpctl report --json` and the
// Reports page's "figures as JSON" export. Figures are named plainly (requested, verified,
// burned, expired, ...); a rate or time with nothing to measure is null.
class ReportJson
{
public:
    static constexpr int FormatVersion = 1;

    static QJsonObject figures(const ReportFigures &figures);
    static QJsonObject transaction(const TransactionRow &row);
    // figures() with "transactions": rows.
    static QJsonObject report(const ReportFigures &figures, const QList<TransactionRow> &rows);

private:
    static QJsonObject headline(const ReportFigures &figures);
    static QJsonArray series(const ReportFigures &figures);
    static QJsonArray outcomes(const ReportFigures &figures);
    static QJsonArray histogram(const ReportFigures &figures);
};

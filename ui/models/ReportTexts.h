#pragma once

#include "reports/OtpFate.h"
#include "reports/ReportFigures.h"
#include "reports/ReportSource.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The words and number formats of the Reports page, in the current language: one home, so the
// figures, the charts and the table say the same thing the same way.
class ReportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReportTexts)

public:
    static QString fateName(OtpFate fate);
    static QString sourceName(ReportSource source); // of a table row: where the OTP was seen
    static QString callName(OtpOperation call);
    // An outcome decoded through the error catalog (its description in the current language),
    // or the name as stored when the catalog does not know it (a client's reason).
    static QString outcomeName(const QString &name, int httpStatus);
    static QString outcomeLabel(const ReportFigures::OutcomeKey &key); // "Verify: Code is ..."
    static QString count(qint64 value);
    static QString rate(std::optional<double> rate); // "87.5%", a dash for nothing measured
    static QString milliseconds(std::optional<double> ms); // "12.3 ms", "1.2 s"
    static QString duration(std::optional<qint64> ms); // "45 s", "3 min 5 s"
    static QString dash() { return QStringLiteral("–"); }
};

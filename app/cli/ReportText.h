#pragma once

#include "reports/ReportFigures.h"

#include <QCoreApplication>

// `otpctl report` without --json or --csv: the headline figures and the outcomes, for people.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static void print(const ReportFigures &figures);
};

#pragma once

#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The code's expiry period, entered as HH:mm like the dashboard. The vendor's rule
// (ERROR_TTL, status 138) is "more than 5 minutes and not more than 11 hours"; we accept
// 00:05 to 11:00 inclusive (docs/domain-rules.md says why).
class ExpiryPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryPeriod)

public:
    // Minutes for a well-formed "HH:mm" (two digits, colon, two digits, mm < 60), else nullopt.
    static std::optional<int> parse(const QString &text);
    static QString format(int minutes); // 5 -> "00:05", 660 -> "11:00"

    // No issue, or one error: "expiry.format" (ERROR_TTL_FORMAT) or "expiry.range" (ERROR_TTL).
    static ValidationIssues validate(const QString &text);
};

// STUB
#include "ExpiryPeriod.h"
std::optional<int> ExpiryPeriod::parse(const QString &)
{
    return 5;
}
QString ExpiryPeriod::format(int)
{
    return QStringLiteral("00:05");
}
ValidationIssues ExpiryPeriod::validate(const QString &)
{
    return {};
}

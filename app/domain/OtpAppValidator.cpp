// STUB
#include "OtpAppValidator.h"
ValidationIssues OtpAppValidator::validate(const OtpAppDraft &, const QStringList &)
{
    return {};
}
OtpAppConfig OtpAppValidator::toConfig(const OtpAppDraft &)
{
    return {};
}
ValidationIssues OtpAppValidator::validateName(const QString &, const QStringList &)
{
    return {};
}
ValidationIssues OtpAppValidator::validateContactEmail(const QString &)
{
    return {};
}
ValidationIssues OtpAppValidator::validateContactName(const QString &)
{
    return {};
}
ValidationIssues OtpAppValidator::validateDigits(int)
{
    return {};
}
ValidationIssues OtpAppValidator::validateTemplate(const QString &, const QString &, int, int)
{
    return {};
}
ValidationIssues OtpAppValidator::validateExpiry(const QString &)
{
    return {};
}
ValidationIssues OtpAppValidator::validateIpRanges(const QString &)
{
    return {};
}
ValidationIssues OtpAppValidator::validateAppKey(Environment, const QString &)
{
    return {};
}
ValidationIssues OtpAppValidator::validateBaseUrl(Environment, const QString &)
{
    return {};
}
bool OtpAppValidator::isAcceptableBaseUrl(const QUrl &)
{
    return false;
}

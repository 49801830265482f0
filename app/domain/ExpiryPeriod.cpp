#include "ExpiryPeriod.h"

#include "OtpAppConfig.h"

using namespace Qt::Literals::StringLiterals;

namespace {
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
} // namespace

std::optional<int> ExpiryPeriod::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() != 5 || t.at(2) != u':')
        return std::nullopt;
    for (int i : {0, 1, 3, 4}) {
        if (!isAsciiDigit(t.at(i)))
            return std::nullopt;
    }
    const int hours = t.at(0).digitValue() * 10 + t.at(1).digitValue();
    const int minutes = t.at(3).digitValue() * 10 + t.at(4).digitValue();
    if (minutes > 59)
        return std::nullopt;
    return hours * 60 + minutes;
}

QString ExpiryPeriod::format(int minutes)
{
    const int clamped = qMax(0, minutes);
    return u"%1:%2"_s.arg(clamped / 60, 2, 10, QChar(u'0')).arg(clamped % 60, 2, 10, QChar(u'0'));
}

ValidationIssues ExpiryPeriod::validate(const QString &text)
{
    const std::optional<int> minutes = parse(text);
    if (!minutes) {
        return {{ValidationField::Expiry, ValidationIssue::Severity::Error, u"expiry.format"_s,
                 tr("The expiry period must be written as HH:mm, for example 00:05 for five "
                    "minutes (ERROR_TTL_FORMAT).")}};
    }
    if (*minutes < OtpAppConfig::MinExpiryMinutes || *minutes > OtpAppConfig::MaxExpiryMinutes) {
        return {{ValidationField::Expiry, ValidationIssue::Severity::Error, u"expiry.range"_s,
                 tr("The expiry period must be between 00:05 and 11:00 (5 minutes to 11 "
                    "hours); %1 is outside that range (ERROR_TTL).")
                     .arg(text.trimmed())}};
    }
    return {};
}

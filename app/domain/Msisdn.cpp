// STUB
#include "Msisdn.h"
std::optional<Msisdn> Msisdn::parse(const QString &)
{
    return {};
}
ValidationIssues Msisdn::validate(const QString &)
{
    return {};
}
QString Msisdn::international() const
{
    return {};
}
QString Msisdn::domestic() const
{
    return {};
}
QString Msisdn::masked() const
{
    return {};
}

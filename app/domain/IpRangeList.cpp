// STUB
#include "IpRangeList.h"
IpRangeList::ParseResult IpRangeList::parse(const QString &)
{
    return {};
}
IpRangeList::ParseResult IpRangeList::parse(const QStringList &)
{
    return {};
}
QStringList IpRangeList::toStringList() const
{
    return {};
}
bool IpRangeList::contains(const QHostAddress &) const
{
    return true;
}

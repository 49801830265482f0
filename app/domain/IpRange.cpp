// STUB
#include "IpRange.h"
std::optional<IpRange::Parsed> IpRange::parse(const QString &)
{
    return {};
}
IpRange::IpRange(const QHostAddress &n, int p) : m_network(n), m_prefixLength(p) { }
bool IpRange::isSingleAddress() const
{
    return false;
}
bool IpRange::contains(const QHostAddress &) const
{
    return false;
}
QString IpRange::toString() const
{
    return {};
}

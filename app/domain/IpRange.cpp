#include "IpRange.h"


using namespace Qt::Literals::StringLiterals;

namespace {

// Clears every bit after the prefix; returns whether any was set.
bool clearHostBits(Q_IPV6ADDR &bytes, int byteCount, int prefixLength)
{
    bool hadHostBits = false;
    for (int i = 0; i < byteCount; ++i) {
        const int bitsKept = qBound(0, prefixLength - i * 8, 8);
        const quint8 mask = bitsKept == 0 ? 0 : quint8(0xFFu << (8 - bitsKept));
        if (bytes[i] & ~mask)
            hadHostBits = true;
        bytes[i] &= mask;
    }
    return hadHostBits;
}

// QHostAddress also takes inet_aton shorthand ("10.1" = 10.0.0.1, hex, octal); in a list of
// trusted addresses that is far more likely a typo, so IPv4 must be four plain octets.
bool isStrictIpv4(QStringView text)
{
    const QList<QStringView> octets = text.split(u'.');
    if (octets.size() != 4)
        return false;
    for (const QStringView &octet : octets) {
        if (octet.isEmpty() || octet.size() > 3 || (octet.size() > 1 && octet.front() == u'0'))
            return false;
        for (const QChar c : octet) {
            if (c < u'0' || c > u'9')
                return false;
        }
    }
    return true;
}

bool setStrictAddress(QHostAddress &address, const QString &text)
{
    // A scope id ("fe80::1%eth0") means nothing in an IP range.
    if (text.contains(u'%'))
        return false;
    if (!text.contains(u':') && !isStrictIpv4(text))
        return false;
    return address.setAddress(text);
}

} // namespace

IpRange::IpRange(const QHostAddress &network, int prefixLength)
    : m_network(network), m_prefixLength(prefixLength)
{ }

std::optional<IpRange::Parsed> IpRange::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(u' '))
        return std::nullopt;

    QHostAddress address;
    int prefix = -1;
    const qsizetype slash = t.indexOf(u'/');
    if (slash < 0) {
        if (!setStrictAddress(address, t))
            return std::nullopt;
        prefix = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    } else {
        const QString prefixText = t.mid(slash + 1);
        bool ok = false;
        prefix = prefixText.toInt(&ok);
        // toInt accepts "+8" and " 8"; a CIDR prefix is plain digits.
        if (!ok || prefixText.isEmpty() || !prefixText.front().isDigit() || prefixText.size() > 3)
            return std::nullopt;
        const QString addressText = t.left(slash);
        if (!setStrictAddress(address, addressText))
            return std::nullopt;
        const int maxPrefix = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        if (prefix < 0 || prefix > maxPrefix)
            return std::nullopt;
    }
    if (address.protocol() != QAbstractSocket::IPv4Protocol
        && address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;

    Parsed parsed;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ip = address.toIPv4Address();
        const quint32 mask = prefix == 0 ? 0u : (0xFFFFFFFFu << (32 - prefix));
        parsed.hadHostBits = (ip & ~mask) != 0;
        parsed.range = IpRange(QHostAddress(ip & mask), prefix);
    } else {
        Q_IPV6ADDR bytes = address.toIPv6Address();
        parsed.hadHostBits = clearHostBits(bytes, 16, prefix);
        parsed.range = IpRange(QHostAddress(bytes), prefix);
    }
    return parsed;
}

bool IpRange::isSingleAddress() const
{
    return m_network.protocol() == QAbstractSocket::IPv4Protocol ? m_prefixLength == 32
                                                                 : m_prefixLength == 128;
}

bool IpRange::contains(const QHostAddress &address) const
{
    if (m_prefixLength < 0)
        return false;
    QHostAddress candidate = address;
    if (m_network.protocol() == QAbstractSocket::IPv4Protocol
        && address.protocol() == QAbstractSocket::IPv6Protocol) {
        // A dual-stack socket reports IPv4 callers as ::ffff:a.b.c.d.
        bool isMapped = false;
        const quint32 ipv4 = address.toIPv4Address(&isMapped);
        if (!isMapped)
            return false;
        candidate = QHostAddress(ipv4);
    }
    return candidate.isInSubnet(m_network, m_prefixLength);
}

QString IpRange::toString() const
{
    if (m_prefixLength < 0)
        return {};
    if (isSingleAddress())
        return m_network.toString();
    return m_network.toString() % u'/' % QString::number(m_prefixLength);
}

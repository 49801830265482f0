#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// One trusted address or CIDR block (IPv4 or IPv6). A single address is a /32 or /128.
class IpRange
{
public:
    struct Parsed;

    // Accepts "203.0.113.7", "203.0.113.0/24", "2001:db8::/32", "::1". Host bits in a block
    // are cleared ("203.0.113.9/24" becomes 203.0.113.0/24; hadHostBits tells).
    static std::optional<Parsed> parse(const QString &text);

    IpRange() = default;
    IpRange(const QHostAddress &network, int prefixLength);

    QHostAddress network() const { return m_network; }
    int prefixLength() const { return m_prefixLength; }
    bool isSingleAddress() const;

    // IPv4-mapped IPv6 addresses (::ffff:203.0.113.7) match IPv4 blocks.
    bool contains(const QHostAddress &address) const;

    // "203.0.113.0/24"; a single address is written without the prefix.
    QString toString() const;

    friend bool operator==(const IpRange &a, const IpRange &b)
    {
        return a.m_prefixLength == b.m_prefixLength && a.m_network == b.m_network;
    }

private:
    QHostAddress m_network;
    int m_prefixLength = -1;
};

struct IpRange::Parsed {
    IpRange range;
    bool hadHostBits = false;
};

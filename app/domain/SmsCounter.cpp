#include "SmsCounter.h"

#include <QChar>

#include <array>
#include <cstdint>

namespace {

// Septets one UTF-16 unit takes in GSM-7: 0 = not encodable, 1 = basic table, 2 = extension
// table (ESC + code). Source: 3GPP TS 23.038 (formerly GSM 03.38) §6.2.1 and §6.2.1.1.
using Cost = std::uint8_t;

// Code points 0x00..0xFF in one flat table: covers ASCII and every Latin-1 letter of the
// basic table, so the common case is one indexed load per character.
constexpr std::array<Cost, 256> makeLatin1Costs()
{
    std::array<Cost, 256> t{};
    for (char16_t c = 0x20; c <= 0x7E; ++c)
        t[c] = 1;
    // ASCII characters that are only in the extension table, and the one in neither.
    for (char16_t c : {u'[', u'\\', u']', u'^', u'{', u'|', u'}', u'~'})
        t[c] = 2;
    t[u'`'] = 0;
    t[u'\n'] = 1;
    t[u'\r'] = 1;
    t[u'\f'] = 2; // extension 0x0A (page break)
    // The Latin-1 part of the basic table. Only upper-case Ç is there (0x09), not ç.
    for (char16_t c :
         {u'£', u'¥', u'è', u'é', u'ù', u'ì', u'ò', u'Ç', u'Ø', u'ø', u'Å', u'å', u'Æ', u'æ', u'ß',
          u'É', u'¤', u'¡', u'Ä', u'Ö', u'Ñ', u'Ü', u'§', u'¿', u'ä', u'ö', u'ñ', u'ü', u'à'})
        t[c] = 1;
    return t;
}

constexpr std::array<Cost, 256> Latin1Costs = makeLatin1Costs();

constexpr Cost gsmCost(char16_t u)
{
    if (u < 0x100)
        return Latin1Costs[u];
    switch (u) {
    // The Greek capitals of the basic table (0x10, 0x12..0x1A).
    case u'Δ':
    case u'Φ':
    case u'Γ':
    case u'Λ':
    case u'Ω':
    case u'Π':
    case u'Ψ':
    case u'Σ':
    case u'Θ':
    case u'Ξ':
        return 1;
    case u'€': // extension 0x65
        return 2;
    default:
        return 0;
    }
}

constexpr bool isSurrogatePairAt(const char16_t *p, qsizetype i, qsizetype n)
{
    return QChar::isHighSurrogate(p[i]) && i + 1 < n && QChar::isLowSurrogate(p[i + 1]);
}

struct Parts {
    int segments = 0;
    int lastFill = 0;
};

// Greedy fill of concatenated parts; an indivisible 2-unit atom (escape sequence or surrogate
// pair) that does not fit in the current part starts the next one, as handsets do.
Parts fillParts(const char16_t *p, qsizetype n, bool gsm, int perPart)
{
    Parts parts{1, 0};
    for (qsizetype i = 0; i < n; ++i) {
        int size = 1;
        if (gsm) {
            size = gsmCost(p[i]);
        } else if (isSurrogatePairAt(p, i, n)) {
            size = 2;
            ++i;
        }
        if (parts.lastFill + size > perPart) {
            ++parts.segments;
            parts.lastFill = size;
        } else {
            parts.lastFill += size;
        }
    }
    return parts;
}

} // namespace

SmsCount SmsCounter::count(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();

    bool gsm = true;
    int septets = 0;
    int characters = 0;
    for (qsizetype i = 0; i < n; ++i) {
        ++characters;
        if (isSurrogatePairAt(p, i, n)) {
            gsm = false;
            ++i;
            continue;
        }
        if (gsm) {
            const Cost cost = gsmCost(p[i]);
            if (cost == 0)
                gsm = false;
            septets += cost;
        }
    }

    SmsCount c;
    c.encoding = gsm ? SmsEncoding::Gsm7 : SmsEncoding::Ucs2;
    c.characters = characters;
    c.units = gsm ? septets : int(n);

    const int single = gsm ? Gsm7SingleSegment : Ucs2SingleSegment;
    const int multi = gsm ? Gsm7MultiSegment : Ucs2MultiSegment;
    if (c.units <= single) {
        c.segments = c.units == 0 ? 0 : 1;
        c.unitsPerSegment = single;
        c.remainingInSegment = single - c.units;
    } else {
        const Parts parts = fillParts(p, n, gsm, multi);
        c.segments = parts.segments;
        c.unitsPerSegment = multi;
        c.remainingInSegment = multi - parts.lastFill;
    }
    return c;
}

bool SmsCounter::isGsm7(QStringView text)
{
    for (const QChar ch : text) {
        // A surrogate is never in the GSM tables, so checking units one by one is enough.
        if (gsmCost(ch.unicode()) == 0)
            return false;
    }
    return true;
}

bool SmsCounter::isGsm7Basic(char32_t codePoint)
{
    return codePoint < 0x10000 && gsmCost(char16_t(codePoint)) == 1;
}

bool SmsCounter::isGsm7Extension(char32_t codePoint)
{
    return codePoint < 0x10000 && gsmCost(char16_t(codePoint)) == 2;
}

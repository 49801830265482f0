#include "JsonLine.h"

#include "util/JsonText.h"

#include <QDateTime>

#include <array>

namespace {

// Writes value as exactly width decimal digits, most significant first.
char *putDigits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
    return at + width;
}

// "YYYY-MM-DDTHH:mm:ss.zzzZ", the bytes QDateTime::toString(Qt::ISODateWithMs) gives a UTC
// time, without its locale and calendar machinery (two timestamps per sandbox SMS under load).
// False for what that format does not cover in four year digits; the caller asks Qt then.
bool appendUtcIso(QByteArray &out, qint64 msecs)
{
    constexpr qint64 msPerDay = 86400000;
    constexpr qint64 firstMs = -62167219200000; // 0000-01-01T00:00:00Z
    constexpr qint64 endMs = 253402300800000; // 10000-01-01T00:00:00Z
    if (msecs < firstMs || msecs >= endMs)
        return false;
    qint64 days = msecs / msPerDay;
    qint64 msOfDay = msecs % msPerDay;
    if (msOfDay < 0) {
        msOfDay += msPerDay;
        --days;
    }
    // Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

    std::array<char, 24> text{};
    char *at = text.data();
    at = putDigits(at, year, 4);
    *at++ = '-';
    at = putDigits(at, month, 2);
    *at++ = '-';
    at = putDigits(at, day, 2);
    *at++ = 'T';
    at = putDigits(at, int(msOfDay / 3600000), 2);
    *at++ = ':';
    at = putDigits(at, int(msOfDay / 60000 % 60), 2);
    *at++ = ':';
    at = putDigits(at, int(msOfDay / 1000 % 60), 2);
    *at++ = '.';
    at = putDigits(at, int(msOfDay % 1000), 3);
    *at++ = 'Z';
    out.append('"').append(text.data(), at - text.data()).append('"');
    return true;
}

} // namespace

JsonLine::JsonLine()
{
    m_bytes.reserve(512); // an sms line with a long Thai text fits without growing
    m_bytes.append('{');
}

void JsonLine::key(const char *name)
{
    if (m_bytes.size() > 1)
        m_bytes.append(',');
    m_bytes.append('"').append(name).append("\":");
}

JsonLine &JsonLine::add(const char *name, const QString &value)
{
    key(name);
    JsonText::appendString(m_bytes, value);
    return *this;
}

JsonLine &JsonLine::add(const char *name, qint64 value)
{
    key(name);
    m_bytes.append(QByteArray::number(value));
    return *this;
}

JsonLine &JsonLine::add(const char *name, double value, int decimals)
{
    key(name);
    m_bytes.append(QByteArray::number(value, 'f', decimals));
    return *this;
}

JsonLine &JsonLine::add(const char *name, const QDateTime &value)
{
    key(name);
    if (!value.isValid() || value.timeSpec() != Qt::UTC
        || !appendUtcIso(m_bytes, value.toMSecsSinceEpoch()))
        JsonText::appendString(m_bytes, value.toString(Qt::ISODateWithMs));
    return *this;
}

JsonLine &JsonLine::addBool(const char *name, bool value)
{
    key(name);
    m_bytes.append(value ? "true" : "false");
    return *this;
}

JsonLine &JsonLine::addNull(const char *name)
{
    key(name);
    m_bytes.append("null");
    return *this;
}

JsonLine &JsonLine::addRaw(const char *name, const QByteArray &json)
{
    key(name);
    m_bytes.append(json);
    return *this;
}

QByteArray JsonLine::finishObject()
{
    m_bytes.append('}');
    return std::move(m_bytes);
}

QByteArray JsonLine::finish()
{
    m_bytes.append("}\n");
    return std::move(m_bytes);
}

#include "JsonLine.h"

namespace {

void appendEscaped(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[(c >> 4) & 0xf]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

} // namespace

void JsonLine::key(const char *name)
{
    if (m_bytes.size() > 1)
        m_bytes.append(',');
    m_bytes.append('"').append(name).append("\":");
}

JsonLine &JsonLine::add(const char *name, const QString &value)
{
    key(name);
    appendEscaped(m_bytes, value);
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

QByteArray JsonLine::finish()
{
    m_bytes.append("}\n");
    return std::move(m_bytes);
}

#include "HeaderValue.h"

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    return text;
}

qsizetype skipSpace(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    return pos;
}

// The quoted-string starting at text[pos] (the opening quote), unescaped; pos ends past the
// closing quote.
QByteArray readQuoted(QByteArrayView text, qsizetype &pos)
{
    QByteArray value;
    ++pos;
    while (pos < text.size() && text[pos] != '"') {
        if (text[pos] == '\\' && pos + 1 < text.size())
            ++pos;
        value.append(text[pos]);
        ++pos;
    }
    ++pos;
    return value;
}

} // namespace

QByteArray HeaderValue::mediaType(QByteArrayView value)
{
    const qsizetype semicolon = value.indexOf(';');
    return trimmed(semicolon < 0 ? value : value.first(semicolon)).toByteArray().toLower();
}

QByteArray HeaderValue::parameter(QByteArrayView value, QByteArrayView name)
{
    qsizetype pos = value.indexOf(';'); // the type before it has no quotes
    while (pos >= 0 && pos < value.size()) {
        const qsizetype nameStart = pos + 1;
        qsizetype nameEnd = nameStart;
        while (nameEnd < value.size() && value[nameEnd] != '=' && value[nameEnd] != ';')
            ++nameEnd;
        if (nameEnd >= value.size() || value[nameEnd] == ';') {
            pos = nameEnd; // no '=': not a parameter
            continue;
        }
        const QByteArrayView key = trimmed(value.sliced(nameStart, nameEnd - nameStart));
        pos = skipSpace(value, nameEnd + 1);
        QByteArray parameterValue;
        if (pos < value.size() && value[pos] == '"') {
            parameterValue = readQuoted(value, pos);
            pos = pos < value.size() ? value.indexOf(';', pos) : -1;
        } else {
            const qsizetype end = value.indexOf(';', pos);
            parameterValue
                = trimmed(value.sliced(pos, (end < 0 ? value.size() : end) - pos)).toByteArray();
            pos = end;
        }
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return parameterValue;
    }
    return {};
}

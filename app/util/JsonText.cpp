#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr char Hex[] = "0123456789abcdef";

char *putUnicodeEscape(char *at, char16_t c)
{
    *at++ = '\\';
    *at++ = 'u';
    *at++ = Hex[(c >> 12) & 0xf];
    *at++ = Hex[(c >> 8) & 0xf];
    *at++ = Hex[(c >> 4) & 0xf];
    *at++ = Hex[c & 0xf];
    return at;
}

// An ASCII character that needs escaping: the short form where JSON has one.
char *putAsciiEscape(char *at, char16_t c)
{
    char shortForm = 0;
    switch (c) {
    case u'"':
        shortForm = '"';
        break;
    case u'\\':
        shortForm = '\\';
        break;
    case u'\b':
        shortForm = 'b';
        break;
    case u'\f':
        shortForm = 'f';
        break;
    case u'\n':
        shortForm = 'n';
        break;
    case u'\r':
        shortForm = 'r';
        break;
    case u'\t':
        shortForm = 't';
        break;
    default:
        return putUnicodeEscape(at, c);
    }
    *at++ = '\\';
    *at++ = shortForm;
    return at;
}

// Writes the escaped text at `at`, which has room for six bytes per UTF-16 unit (the longest
// form: \u00XX or \uXXXX; UTF-8 takes at most three bytes per unit, four per pair).
char *putEscaped(char *at, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t c = *p++;
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *at++ = char(c);
        } else if (c < 0x80) {
            at = putAsciiEscape(at, c);
        } else if (c < 0x800) {
            *at++ = char(0xc0 | (c >> 6));
            *at++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            *at++ = char(0xf0 | (u >> 18));
            *at++ = char(0x80 | ((u >> 12) & 0x3f));
            *at++ = char(0x80 | ((u >> 6) & 0x3f));
            *at++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            at = putUnicodeEscape(at, c);
        } else {
            *at++ = char(0xe0 | (c >> 12));
            *at++ = char(0x80 | ((c >> 6) & 0x3f));
            *at++ = char(0x80 | (c & 0x3f));
        }
    }
    return at;
}

// Grows out by the worst case, writes, and gives back what was not used (no reallocation:
// truncating keeps the capacity).
void append(QByteArray &out, QStringView text, bool quoted)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + (quoted ? 2 : 0));
    char *at = out.data() + start;
    if (quoted)
        *at++ = '"';
    at = putEscaped(at, text);
    if (quoted)
        *at++ = '"';
    out.truncate(at - out.constData());
}

} // namespace

void JsonText::appendString(QByteArray &out, QStringView text)
{
    append(out, text, true);
}

QByteArray JsonText::string(QStringView text)
{
    QByteArray out;
    append(out, text, true);
    return out;
}

QByteArray JsonText::escaped(QStringView text)
{
    QByteArray out;
    append(out, text, false);
    return out;
}

std::optional<QString> JsonText::readString(QByteArrayView token)
{
    if (token.size() < 2 || !token.startsWith('"') || !token.endsWith('"'))
        return std::nullopt;
    // Appended step by step: the QStringBuilder form trips GCC 12's -Wstringop-overflow at -O3.
    QByteArray array;
    array.reserve(token.size() + 2);
    array.append('[').append(token).append(']');
    QJsonParseError error{};
    const QJsonDocument document = parseDocument(array, &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1
        || !document.array().at(0).isString())
        return std::nullopt;
    return document.array().at(0).toString();
}

QJsonDocument JsonText::parseDocument(QByteArrayView json, QJsonParseError *error)
{
    static constexpr QByteArrayView Bom("\xEF\xBB\xBF");
    const qsizetype start = json.startsWith(Bom) ? Bom.size() : 0; // the document's own
    qsizetype bom = json.indexOf(Bom, start);
    if (bom < 0)
        return QJsonDocument::fromJson(json.toByteArray(), error);
    // Anywhere else a raw BOM can only stand inside a string (outside one it is an error
    // either way): written as its escape, it reads back as U+FEFF. One after a backslash is
    // left to Qt's parser, like every other unknown escape.
    QByteArray text;
    text.reserve(json.size() + 8);
    qsizetype copied = 0;
    for (; bom >= 0; bom = json.indexOf(Bom, bom + Bom.size())) {
        qsizetype backslashes = 0;
        while (bom - backslashes > 0 && json[bom - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 != 0)
            continue;
        text.append(json.sliced(copied, bom - copied)).append("\\ufeff");
        copied = bom + Bom.size();
    }
    text.append(json.sliced(copied));
    return QJsonDocument::fromJson(text, error);
}

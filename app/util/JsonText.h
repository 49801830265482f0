#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

class QJsonDocument;
struct QJsonParseError;

// JSON string literals, written exactly as QJsonDocument::toJson() writes them (Qt 6.4), for
// the bodies built by hand to keep a key order QJsonObject would sort away. A hand-built body
// is byte for byte what Qt would produce for the same strings:
// - '"' and '\' escaped as \" and \\;
// - U+0008, U+0009, U+000A, U+000C, U+000D as \b, \t, \n, \f, \r; the other characters below
//   U+0020 as \u00XX (lower-case hex);
// - everything else as UTF-8, U+007F and '/' included, unescaped;
// - a lone surrogate (no UTF-8 form) as \uXXXX (lower-case hex), so the text reads back as it was.
class JsonText
{
public:
    // Appends text as a JSON string literal, quotes included, encoding to UTF-8 in the same
    // pass: no temporary copy (JsonLine writes tens of thousands of fields a second).
    static void appendString(QByteArray &out, QStringView text);
    // The literal on its own: "\"a\\\"b\"" for a"b.
    static QByteArray string(QStringView text);
    // What stands between the quotes: the text as it appears inside a JSON document.
    static QByteArray escaped(QStringView text);

    // A string literal (quotes included) as parseDocument() reads it, escapes decoded
    // ("secr\u0065t" -> secret); nullopt when the token is not one valid string literal.
    static std::optional<QString> readString(QByteArrayView token);

    // QJsonDocument::fromJson(), but every string exactly as sent: Qt's parser drops a byte
    // order mark (raw UTF-8 EF BB BF) at the start of a string, so "\xEF\xBB\xBFabc" would read
    // as "abc". One at the start of the document is still skipped, as JSON allows.
    static QJsonDocument parseDocument(QByteArrayView json, QJsonParseError *error = nullptr);
};

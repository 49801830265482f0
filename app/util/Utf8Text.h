#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// UTF-8 bytes read as the text they are, character for character. QString::fromUtf8() drops
// a byte order mark at the start (Qt 6.4), so a secret sent as U+FEFF + "abc" would read as
// "abc"; the sandbox compares credentials exactly as sent, so every decoder of request bodies
// goes through here.
class Utf8Text
{
public:
    // The text with a leading U+FEFF kept; nullopt when the bytes are not valid UTF-8.
    static std::optional<QString> decode(QByteArrayView bytes);
    // As decode(), for bytes known to be valid (invalid sequences become U+FFFD).
    static QString decodeValid(QByteArrayView bytes);
};

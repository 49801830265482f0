#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The parts of a header value such as Content-Type or Content-Disposition (RFC 9110 5.6.6):
// `type; name=value; name="quoted value"`. Read one way for the sandbox server and the secret
// masker, so both see the same boundary and the same part names.
class HeaderValue
{
public:
    // What stands before the first ';', trimmed and lower-cased:
    // "Multipart/Form-Data; boundary=x" -> "multipart/form-data".
    static QByteArray mediaType(QByteArrayView value);

    // The value of the first `; name=value` parameter with this name (names in any case);
    // empty when there is none. The value is a token (up to the next ';', trimmed) or a
    // quoted-string: a ';' inside the quotes does not end it, a backslash takes the next byte
    // as it is, an unterminated quote runs to the end. Spaces around '=' are tolerated; a
    // parameter without '=' is skipped.
    static QByteArray parameter(QByteArrayView value, QByteArrayView name);
};

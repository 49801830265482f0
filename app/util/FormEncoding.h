#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

// application/x-www-form-urlencoded, read one way for the sandbox server and the secret masker
// (if they disagreed on a field name, a secret the server accepts could slip past the masker):
// '&' separates pairs, the first '=' separates name and value, '+' is a space and %XX the byte
// XX, the bytes then read as UTF-8.
class FormEncoding
{
public:
    // One pair as it stands in the body, still encoded.
    struct Pair {
        QByteArrayView name;
        QByteArrayView value; // empty for a pair without '='
        qsizetype start = 0; // the pair's first byte in the body
        qsizetype end = 0; // just past its last byte
    };

    // The pairs in body order; empty pairs ("a=1&&b=2", a trailing '&') are skipped.
    static QList<Pair> split(QByteArrayView body);

    struct Decoded {
        QString text;
        bool valid = true;
    };
    // One name or value decoded. A broken escape ('%' not followed by two hex digits) stays as
    // it is, bytes that are not UTF-8 become U+FFFD, and valid is false then: the sandbox calls
    // such a body malformed, the masker still compares the text.
    static Decoded decode(QByteArrayView text);
};

#include "FormEncoding.h"

#include "Utf8Text.h"

#include <QByteArray>
#include <QUtf8StringView>

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QList<FormEncoding::Pair> FormEncoding::split(QByteArrayView body)
{
    QList<Pair> pairs;
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair = body.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            pairs.append({equals < 0 ? pair : pair.first(equals),
                          equals < 0 ? QByteArrayView() : pair.sliced(equals + 1), start, end});
        }
        start = end + 1;
    }
    return pairs;
}

FormEncoding::Decoded FormEncoding::decode(QByteArrayView text)
{
    if (!text.contains('%') && !text.contains('+')) // the common case: nothing to decode
        return {Utf8Text::decodeValid(text), QUtf8StringView(text).isValidUtf8()};
    bool valid = true;
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            bytes.append(' ');
            continue;
        }
        const int high = c == '%' && i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
        const int low = high < 0 ? -1 : hexValue(text[i + 2]);
        if (low >= 0) {
            bytes.append(char(high * 16 + low));
            i += 2;
        } else {
            valid = valid && c != '%';
            bytes.append(c);
        }
    }
    return {Utf8Text::decodeValid(bytes), valid && QUtf8StringView(bytes).isValidUtf8()};
}

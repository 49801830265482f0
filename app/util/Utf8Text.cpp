#include "Utf8Text.h"

#include <QStringDecoder>
#include <QUtf8StringView>

std::optional<QString> Utf8Text::decode(QByteArrayView bytes)
{
    if (!QUtf8StringView(bytes).isValidUtf8())
        return std::nullopt;
    return decodeValid(bytes);
}

QString Utf8Text::decodeValid(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF")) // the common case: nothing for Qt to drop
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

#include "ErrorLookup.h"

#include "ErrorCatalog.h"
#include "ErrorDecoder.h"

#include <algorithm>

ErrorLookup::Match ErrorLookup::find(const QString &input, int httpStatus)
{
    const QString text = input.trimmed();
    Match result;
    if (text.startsWith(u'{') || text.startsWith(u'[') || text.startsWith(u'<')) {
        result.kind = InputKind::Body;
        const DecodedResponse decoded = ErrorDecoder::decode(httpStatus, text.toUtf8());
        result.entry = decoded.entry;
        result.message = decoded.message.isEmpty() ? decoded.rawText : decoded.message;
        result.decoded = decoded;
        return result;
    }
    const bool isNumber = !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (isNumber) {
        result.kind = InputKind::StatusCode;
        result.entry = ErrorCatalog::byStatusCode(text.toInt(), httpStatus);
        if (!result.entry && text.toInt() == 400)
            result.message = tr("Status 400 is shared by four OTP messages; decode the message "
                                "or the whole body instead.");
        return result;
    }
    if (const std::optional<ErrorEntry> byName = ErrorCatalog::byName(text)) {
        result.kind = InputKind::Name;
        result.entry = byName;
        return result;
    }
    result.kind = InputKind::Message;
    result.entry = ErrorCatalog::byMessage(text, httpStatus);
    return result;
}

std::optional<ErrorEntry> ErrorLookup::catalogEntry(const QString &input)
{
    const Match found = find(input);
    return found.kind == InputKind::Body ? std::nullopt : found.entry;
}

#include "ErrorLookup.h"

#include "ErrorCatalog.h"
#include "ErrorDecoder.h"

#include <algorithm>

namespace {

// Digits, with a minus sign in front or not: "116", "-1", "99999999999999999999".
bool isInteger(QStringView text)
{
    if (text.startsWith(u'-'))
        text = text.sliced(1);
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

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
    if (isInteger(text)) {
        result.kind = InputKind::StatusCode;
        // toInt fails (and returns 0, the status of "success") past the range of int: such a
        // number is no status code, never the row of status 0.
        bool inRange = false;
        const int code = text.toInt(&inRange);
        if (!inRange) {
            //: %1 is the number the user typed, e.g. 2147483648
            result.message = tr("%1 is out of range: not a status code in the catalog.").arg(text);
            return result;
        }
        result.entry = ErrorCatalog::byStatusCode(code, httpStatus);
        if (!result.entry && code == 400)
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

// The response decoder and the lookup behind `otpctl decode` and the Error codes page: the
// first line is the HTTP status (digits; anything else is 0, "unknown"), the rest the body as
// the service sent it, or the text a user pastes.
#include "FuzzTarget.h"
#include "api/ErrorCatalog.h"
#include "api/ErrorDecoder.h"
#include "api/ErrorLookup.h"

namespace {

bool isCatalogRow(const std::optional<ErrorEntry> &entry)
{
    return !entry || ErrorCatalog::byRow(entry->row).has_value();
}

} // namespace

void fuzzErrorDecoder(QByteArrayView data)
{
    const FuzzSplit input = FuzzSplit::atFirstLine(data);
    const int httpStatus = input.firstLine.toByteArray().toInt(); // 0 when not a number
    const QByteArray body = input.rest.toByteArray();

    const DecodedResponse decoded = ErrorDecoder::decode(httpStatus, body);
    fuzzRequire(decoded.rawText.size() <= ErrorDecoder::MaxRawText, "rawText is capped");
    fuzzRequire(isCatalogRow(decoded.entry), "a decoded entry is a row of the catalog");

    const QString text = QString::fromUtf8(body);
    const ErrorLookup::Match match = ErrorLookup::find(text, httpStatus);
    fuzzRequire(isCatalogRow(match.entry), "a looked-up entry is a row of the catalog");
    if (match.kind == ErrorLookup::InputKind::StatusCode) {
        // Issue 15 item 12: a number past the range of int is no status code (toInt's 0 was
        // taken for "success").
        bool inRange = false;
        const int code = text.trimmed().toInt(&inRange);
        fuzzRequire(inRange || !match.entry, "an out-of-range number matches no row");
        fuzzRequire(!match.entry || match.entry->statusCode == code,
                    "a status code matches the row with that code");
    }
}

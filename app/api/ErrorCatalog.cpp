#include "ErrorCatalog.h"

#include "util/JsonText.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The comparable core of a message: surrounding spaces and one trailing period dropped, since
// the vendor's own table is inconsistent about periods ("Code is correct" / "Code is correct.").
QStringView messageKey(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

std::optional<ErrorEntry> ErrorCatalog::byRow(int row)
{
    const QList<ErrorEntry> &all = entries();
    if (row < 1 || row > all.size())
        return std::nullopt;
    return all.at(row - 1); // the table is in row order (checked by tst_errorcatalog)
}

std::optional<ErrorEntry> ErrorCatalog::byStatusCode(int statusCode, int httpStatus)
{
    // Status 0 is shared by "success" (HTTP 200) and NO_ERROR (HTTP 201): only the HTTP code
    // tells them apart, and success is the common case.
    if (statusCode == 0)
        return byRow(httpStatus == 201 ? 2 : 1);

    std::optional<ErrorEntry> found;
    for (const ErrorEntry &entry : entries()) {
        if (entry.statusCode != statusCode)
            continue;
        if (found)
            return std::nullopt; // shared (400): the message decides, not the code
        found = entry;
    }
    return found;
}

std::optional<ErrorEntry> ErrorCatalog::byName(QStringView name)
{
    name = name.trimmed();
    if (name.isEmpty() || name == u"-")
        return std::nullopt; // "-" is the placeholder of the four OTP rows, not a name
    for (const ErrorEntry &entry : entries()) {
        if (entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

std::optional<ErrorEntry> ErrorCatalog::byMessage(QStringView message, int httpStatus)
{
    const QStringView key = messageKey(message);
    if (key.isEmpty())
        return std::nullopt;

    // Rows 1 and 63 share "Code is correct": the first row wins unless the HTTP code names
    // the other one.
    std::optional<ErrorEntry> first;
    for (const ErrorEntry &entry : entries()) {
        if (messageKey(entry.descriptionEn).compare(key, Qt::CaseInsensitive) != 0)
            continue;
        if (httpStatus != 0 && entry.httpStatus == httpStatus)
            return entry;
        if (!first)
            first = entry;
    }
    return first;
}

QByteArray ErrorCatalog::exampleBody(const ErrorEntry &entry)
{
    // Written key by key rather than through QJsonObject, which sorts keys alphabetically:
    // the sandbox should send the fields in the order the real service does. JsonText escapes
    // the values exactly as QJsonDocument would.
    if (entry.row == 1) {
        // The verify success of the v2 API; the service ends the message with a period even
        // though the vendor's table does not.
        return "{\"status\":\"success\",\"message\":" + JsonText::string(u"Code is correct."_s)
            + '}';
    }
    if (!entry.hasName()) {
        // The four OTP rows arrive in the v2 error shape, "code" being the HTTP status.
        return "{\"code\":" + QByteArray::number(entry.httpStatus)
            + ",\"errors\":[{\"message\":" + JsonText::string(entry.descriptionEn) + "}]}";
    }
    return "{\"error\":{\"code\":" + QByteArray::number(entry.statusCode)
        + ",\"name\":" + JsonText::string(entry.name)
        + ",\"description\":" + JsonText::string(entry.descriptionEn) + "}}";
}

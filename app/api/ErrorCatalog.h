#pragma once

#include "ErrorEntry.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <optional>

// The vendor's 63 status and error codes, embedded in the binary.
class ErrorCatalog
{
public:
    static const QList<ErrorEntry> &entries(); // in the vendor's row order

    static std::optional<ErrorEntry> byRow(int row);
    // Status 0 is told apart by the HTTP code (200 success, 201 NO_ERROR; default success).
    // Status 400 (four OTP rows sharing it) returns nullopt: those differ only by message.
    static std::optional<ErrorEntry> byStatusCode(int statusCode, int httpStatus = 0);
    // Case-insensitive ("error_ip_not_allowed" works); "success", "NO_ERROR" too.
    static std::optional<ErrorEntry> byName(QStringView name);
    // Matches the description ignoring case, surrounding spaces and a trailing period.
    // When several rows share the text, the one with httpStatus wins if given.
    static std::optional<ErrorEntry> byMessage(QStringView message, int httpStatus = 0);

    // The exact body the real service sends this entry in (v2 shapes for the OTP rows and
    // success, the SMS-API shape {"error":{"code":N,"name":...,"description":...}} for the
    // rest). The sandbox uses it for fault injection, tests to check the decoder.
    static QByteArray exampleBody(const ErrorEntry &entry);
};

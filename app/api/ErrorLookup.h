#pragma once

#include "DecodedResponse.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// What a user pastes into "Decode" (GUI) or `otpctl decode`: a status code ("116"), an error
// name ("ERROR_IP_NOT_ALLOWED"), a message ("Token is expire.") or a whole response body. A
// number outside the range of int is a status code that matches nothing (with a message).
class ErrorLookup
{
    Q_DECLARE_TR_FUNCTIONS(ErrorLookup)

public:
    enum class InputKind { StatusCode, Name, Message, Body };

    struct Match {
        InputKind kind = InputKind::Message;
        std::optional<ErrorEntry> entry;
        std::optional<DecodedResponse> decoded; // for a body
        QString message; // the body's message, or why nothing matched (translated)
    };

    // httpStatus: 0 when unknown; tells apart rows that share a code or text.
    static Match find(const QString &input, int httpStatus = 0);

    // The one catalog row a status code, an error name or a message names: the errors the
    // sandbox can force (otpctl's --fail, a test number's "fail"). nullopt for a body, a code
    // several rows share (400) or no match.
    static std::optional<ErrorEntry> catalogEntry(const QString &input);
    static bool namesCatalogEntry(const QString &input) { return catalogEntry(input).has_value(); }
};

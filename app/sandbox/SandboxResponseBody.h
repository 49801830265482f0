#pragma once

#include "domain/ApiVersion.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

struct ErrorEntry;

// The exact bytes of each body the sandbox answers with, in the real service's key order.
// Built by hand rather than with QJsonObject, which would sort the keys.
class SandboxResponseBody
{
public:
    // The real service's messages, verbatim (wire text: never translated).
    static constexpr char InvalidParameter[] = "Invalid Parameter.";
    static constexpr char ApplicationNotFound[] = "Application not found.";
    static constexpr char IpNotAllowed[] = "This IP is not allowed.";
    static constexpr char CodeInvalid[] = "Code is invalid.";
    static constexpr char TokenExpired[] = "Token is expire.";
    static constexpr char CodeCorrect[] = "Code is correct.";
    // The sandbox's own, for requests refused before they reach a route (SandboxSocket).
    static constexpr char BodyTooLarge[] = "Request body is too large.";
    static constexpr char UriTooLong[] = "Request URL is too long.";
    static constexpr char HeadersTooLarge[] = "Request headers are too large.";
    static constexpr char MalformedHeaders[] = "Malformed request headers.";
    static constexpr char BadContentLength[]
        = "Content-Length must be digits only, at most 4294967295.";
    static constexpr char RequestTooSlow[] = "The request did not arrive in time.";

    // {"status":"success","token":"…","refno":"…"}; v1: {"data":{"status":"success","token":"…"}}
    static QByteArray requestSuccess(ApiVersion version, const QString &token,
                                     const QString &refno);
    // {"status":"success","message":"Code is correct."}; v1 wrapped in {"data":…}
    static QByteArray verifySuccess(ApiVersion version);
    // {"code":N,"errors":[{"message":"…"}]} or with ,"detail":<detailJson> when given;
    // v1 wrapped in {"error":…}
    static QByteArray error(ApiVersion version, int httpStatus, const QString &message,
                            const QByteArray &detailJson = {});
    // The detail of "Invalid Parameter.": {"key":"required","msisdn":"invalid"}, in order.
    static QByteArray detail(const QList<std::pair<QString, QString>> &problems);
    // A catalog entry as the real service sends it (fault injection, 404, 405): the OTP rows
    // and success get the v1 wrapper on /v1 paths, the SMS-API rows are the same everywhere.
    static QByteArray catalogEntry(ApiVersion version, const ErrorEntry &entry);
    // GET /health
    static QByteArray health(int apps, int pendingTokens);
};

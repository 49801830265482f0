#pragma once

#include "api/OtpResult.h"
#include "domain/OtpAppConfig.h"
#include "storage/StoredExchange.h"
#include "util/Result.h"

#include <QString>

#include <optional>

class ExchangeRepository;

// Puts finished calls into the history table (ExchangeRepository) and reads them back: the row
// carries the list columns, recordJson the whole OtpResult with its exchange record (secret
// masked), so a past call opens in the viewer as it was.
class ExchangeHistory
{
public:
    // msisdn: the number of a request (or of the request a verified token came from).
    static StoredExchange toStored(const OtpResult &result, const OtpAppConfig &app,
                                   const QString &msisdn = {});
    // The token that pairs a call with the others of its OTP: issued to a request, sent by a
    // verify (read from the body as sent); empty when there is none.
    static QString tokenOf(const OtpResult &result);
    static Result<qint64> append(ExchangeRepository &repository, const OtpResult &result,
                                 const OtpAppConfig &app, const QString &msisdn = {});
    // The result of a row (summary in the current language); nullopt with a reason in *error for
    // a row whose recordJson is not one of ours.
    static std::optional<OtpResult> resultOf(const StoredExchange &exchange,
                                             QString *error = nullptr);
};

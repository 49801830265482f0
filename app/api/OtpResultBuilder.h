#pragma once

#include "OtpResult.h"

#include <QCoreApplication>

// Turns what happened on the wire into an OtpResult: a complete HTTP answer is judged by its
// status and body (every broken body has its reason), a failure keeps the reason the client
// saw. No network here, so every case is testable from bytes.
class OtpResultBuilder
{
    Q_DECLARE_TR_FUNCTIONS(OtpResultBuilder)

public:
    // The record holds a complete response (status, headers, body).
    static OtpResult fromResponse(OtpOperation operation, const OtpCallOptions &options,
                                  const ExchangeRecord &record);
    // No usable answer: reason is one of the transport, timeout, cancel, TooLarge or RefusedUrl
    // reasons; problem is the technical detail the summary quotes.
    static OtpResult failure(OtpOperation operation, const OtpCallOptions &options,
                             const ExchangeRecord &record, OtpResult::Reason reason,
                             const QString &problem = {});

    // The text of an HTML page's <title>, simplified; empty when there is none.
    static QString htmlTitle(const QByteArray &body);
};

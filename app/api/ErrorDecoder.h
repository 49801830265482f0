#pragma once

#include "DecodedResponse.h"

#include <QByteArray>

// Turns any HTTP answer of the OTP or SMS API into a catalog entry, or an explicit
// "unknown" that keeps the raw text. Never throws, never crashes on hostile input.
class ErrorDecoder
{
public:
    static constexpr qsizetype MaxRawText = 4096; // characters of rawText kept

    static DecodedResponse decode(int httpStatus, const QByteArray &body);
};

#pragma once

#include "SmsCount.h"

#include <QStringView>

// Counts an SMS text the way a handset and SMSC do: GSM-7 when every character is in the
// GSM 03.38 basic or extension table (extension characters take 2 septets), otherwise UCS-2
// (characters outside the BMP take 2 units). A concatenated message never splits an
// escape sequence or a surrogate pair across two parts.
class SmsCounter
{
public:
    static constexpr int Gsm7SingleSegment = 160;
    static constexpr int Gsm7MultiSegment = 153;
    static constexpr int Ucs2SingleSegment = 70;
    static constexpr int Ucs2MultiSegment = 67;

    static SmsCount count(QStringView text);

    static bool isGsm7(QStringView text);
    static bool isGsm7Basic(char32_t codePoint);
    static bool isGsm7Extension(char32_t codePoint);
};

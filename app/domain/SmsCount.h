#pragma once

#include "SmsEncoding.h"

// What the preview reports about one SMS text.
struct SmsCount {
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int characters = 0; // characters as the user sees them (Unicode code points)
    int units = 0; // septets (GSM-7, extension characters count 2) or UTF-16 units
    int segments = 0; // SMS parts the text is sent as; 0 for an empty text
    int unitsPerSegment = 160; // 160/153 (GSM-7) or 70/67 (UCS-2), for the current count
    int remainingInSegment = 160; // units still free in the last segment

    bool isMultiSegment() const { return segments > 1; }
};

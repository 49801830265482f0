#pragma once

// How an SMS is encoded on the air, which decides how many characters fit in a segment.
enum class SmsEncoding {
    Gsm7, // GSM 03.38 basic + extension table: 160 per single SMS, 153 per concatenated part
    Ucs2, // anything else (Thai, emoji): 70 per single SMS, 67 per concatenated part
};

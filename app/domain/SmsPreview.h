#pragma once

#include "SmsCount.h"

#include <QString>

// The live preview of the create form: the template rendered with sample values, counted.
struct SmsPreview {
    QString text;
    SmsCount count;

    // Sample code of the configured length ("123456" for 6 digits, cycling 1..9,0).
    static QString sampleCode(int digits);
    // Sample reference number, 5 characters [A-Z0-9] like the real service's ("T3A57").
    static QString sampleRef();

    static SmsPreview build(const QString &templateText, const QString &appName, int digits,
                            int expiryMinutes);
};

#pragma once

#include "Environment.h"
#include "TestNumber.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

// One OTP app as the dashboard knows it, already validated and normalised.
// The App Secret is deliberately not here: it lives only in the OS keychain.
struct OtpAppConfig {
    static constexpr int MinDigits = 4;
    static constexpr int MaxDigits = 8;
    static constexpr int DefaultDigits = 6;
    static constexpr int MinExpiryMinutes = 5;
    static constexpr int MaxExpiryMinutes = 11 * 60;
    static constexpr int DefaultExpiryMinutes = 5;

    QUuid id;
    QString name;
    QString contactEmail;
    QString contactName;
    int digits = DefaultDigits;
    QString messageTemplate;
    int expiryMinutes = DefaultExpiryMinutes;
    QStringList ipRanges; // normalised addresses or CIDR blocks; empty means any address
    Environment environment = Environment::Sandbox;
    QUrl baseUrl; // Custom only
    QString appKey;
    QList<TestNumber> testNumbers; // Sandbox only; numbers as "+66…"
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const OtpAppConfig &a, const OtpAppConfig &b)
    {
        return a.id == b.id && a.name == b.name && a.contactEmail == b.contactEmail
            && a.contactName == b.contactName && a.digits == b.digits
            && a.messageTemplate == b.messageTemplate && a.expiryMinutes == b.expiryMinutes
            && a.ipRanges == b.ipRanges && a.environment == b.environment && a.baseUrl == b.baseUrl
            && a.appKey == b.appKey && a.testNumbers == b.testNumbers && a.createdAt == b.createdAt
            && a.updatedAt == b.updatedAt;
    }
    friend bool operator!=(const OtpAppConfig &a, const OtpAppConfig &b) { return !(a == b); }
};

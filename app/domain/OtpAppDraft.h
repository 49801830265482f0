#pragma once

#include "Environment.h"
#include "Language.h"
#include "OtpAppConfig.h"
#include "TestNumber.h"

#include <QString>
#include <QUuid>

// An OTP app as typed into the create/edit form or read from an import file: raw text,
// not yet validated. OtpAppValidator turns it into issues and, when clean, a config.
struct OtpAppDraft {
    QUuid id; // null for a new app
    QString name;
    QString contactEmail;
    QString contactName;
    int digits = OtpAppConfig::DefaultDigits;
    QString messageTemplate;
    QString expiry = QStringLiteral("00:05"); // HH:mm, as the dashboard asks for it
    QString ipRanges; // one entry per line
    Environment environment = Environment::Sandbox;
    QString baseUrl; // Custom only
    QString appKey; // Live and Custom only; Sandbox apps get a generated key
    QList<TestNumber> testNumbers; // Sandbox only; rows as typed

    // A new app's form: default digits, expiry and the template in the given language.
    static OtpAppDraft forNewApp(Language language);
    static OtpAppDraft fromConfig(const OtpAppConfig &config);

    // Every field counts, so a form compares what is typed with what it started from.
    friend bool operator==(const OtpAppDraft &a, const OtpAppDraft &b);
    friend bool operator!=(const OtpAppDraft &a, const OtpAppDraft &b) { return !(a == b); }
};

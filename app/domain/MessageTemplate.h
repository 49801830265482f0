#pragma once

#include "Language.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct OtpAppConfig;

// The SMS message template of an OTP app. Placeholders: {otp} (the code, required exactly
// once), {ref} (the reference number), {app} (the app name), {minutes} (the expiry period in
// whole minutes). "{{" and "}}" write a literal brace.
class MessageTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)

public:
    struct Values {
        QString otp;
        QString ref;
        QString app;
        int minutes = 0;
    };

    // A structural problem found while parsing a template.
    struct Problem {
        enum class Kind {
            MissingOtp, // no {otp}
            RepeatedOtp, // {otp} more than once
            UnknownPlaceholder, // {something} that is not one of the four
            UnclosedBrace, // "{" with no matching "}" (and not "{{")
            StrayClosingBrace, // "}" with no opening "{" (and not "}}")
        };
        Kind kind;
        QString text; // the offending placeholder or brace as written, e.g. "{code}"
        int position = -1; // index in the template where it starts (-1 for MissingOtp)
    };

    // The four placeholders, in the order the editor offers them: {otp} {ref} {app} {minutes}.
    static QStringList placeholders();

    // Every structural problem, in order of position (MissingOtp last).
    static QList<Problem> problems(const QString &templateText);

    // Fills the placeholders; an unknown placeholder is left as written, braces unescaped.
    static QString render(const QString &templateText, const Values &values);
    // {app} = config.name, {minutes} = config.expiryMinutes.
    static QString render(const OtpAppConfig &config, const QString &code, const QString &refno);

    // The template a new app starts with, in the given language.
    static QString defaultTemplate(Language language);
    static QString defaultTemplate() { return defaultTemplate(currentLanguage()); }
};

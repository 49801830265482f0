#pragma once

#include "OtpAppConfig.h"
#include "OtpAppDraft.h"
#include "TemplateValidator.h"
#include "TestNumberValidator.h"
#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QStringList>

// Every rule of an OTP app. validate() reports all problems at once so a form can show
// each under its field; the per-field functions let a form check one field as it is typed.
class OtpAppValidator
{
    Q_DECLARE_TR_FUNCTIONS(OtpAppValidator)

public:
    static constexpr int MaxNameLength = 50;
    static constexpr int MaxEmailLength = 254;
    static constexpr int MaxContactNameLength = 100;
    static constexpr int MaxSegments = TemplateValidator::MaxSegments;
    static constexpr int MaxAppKeyLength = 64;
    static constexpr int MaxAppSecretLength = 128;

    // otherAppNames: the names of every other app (not the one being edited).
    // namesCatalogEntry: checks a test number's failure (TestNumberValidator::CatalogCheck).
    static ValidationIssues validate(const OtpAppDraft &draft, const QStringList &otherAppNames,
                                     TestNumberValidator::CatalogCheck namesCatalogEntry);

    // The normalised config for a draft that validate() found free of errors: trimmed text,
    // expiry in minutes, IP ranges and test numbers normalised. Id and timestamps are copied, not
    // invented.
    static OtpAppConfig toConfig(const OtpAppDraft &draft);

    static ValidationIssues validateName(const QString &name, const QStringList &otherAppNames);
    // "name.duplicate"'s message, also for a clash the database finds (AppRepository).
    static QString nameTakenMessage(const QString &otherName);
    static ValidationIssues validateContactEmail(const QString &email);
    static ValidationIssues validateContactName(const QString &contactName);
    static ValidationIssues validateDigits(int digits);
    // Placeholders, and length rendered with worst-case values of this app (TemplateValidator;
    // a too long SMS caused by the app name is also an issue of the name).
    static ValidationIssues validateTemplate(const QString &templateText, const QString &appName,
                                             int digits, int expiryMinutes);
    static ValidationIssues validateExpiry(const QString &expiry);
    static ValidationIssues validateIpRanges(const QString &ipRanges);
    static ValidationIssues validateAppKey(Environment environment, const QString &appKey);
    static ValidationIssues validateBaseUrl(Environment environment, const QString &baseUrl);
    // Live and Custom apps: the secret the user pastes. `required` is false when editing an
    // app whose secret is already in the keychain (empty then means "keep it").
    static ValidationIssues validateAppSecret(Environment environment, const QString &secret,
                                              bool required);

    // Whether a URL may carry an App Secret: https anywhere, plain http only to loopback.
    static bool isAcceptableBaseUrl(const QUrl &url);
};

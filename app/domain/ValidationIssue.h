#pragma once

#include "util/EnumIds.h"

#include <QList>
#include <QString>

// The input a validation issue belongs to, so a form can show it under the right field.
enum class ValidationField {
    Name,
    ContactEmail,
    ContactName,
    Digits,
    MessageTemplate,
    Expiry,
    IpRanges,
    Environment,
    BaseUrl,
    AppKey,
    AppSecret,
    Msisdn,
    TestNumbers,
};

// Stable, untranslated names of the fields ("contactEmail"), for JSON output, logs and widget
// object names.
constexpr EnumIdTable<ValidationField, 13> enumIds(ValidationField)
{
    return {{{ValidationField::Name, "name"},
             {ValidationField::ContactEmail, "contactEmail"},
             {ValidationField::ContactName, "contactName"},
             {ValidationField::Digits, "digits"},
             {ValidationField::MessageTemplate, "template"},
             {ValidationField::Expiry, "expiry"},
             {ValidationField::IpRanges, "ipRanges"},
             {ValidationField::Environment, "environment"},
             {ValidationField::BaseUrl, "baseUrl"},
             {ValidationField::AppKey, "key"},
             {ValidationField::AppSecret, "secret"},
             {ValidationField::Msisdn, "msisdn"},
             {ValidationField::TestNumbers, "testNumbers"}}};
}

// One problem with one input: what is wrong and how to fix it, in the user's language.
struct ValidationIssue {
    enum class Severity { Error, Warning };

    ValidationField field = ValidationField::Name;
    Severity severity = Severity::Error;
    QString code; // stable identifier, e.g. "name.tooLong"; never translated
    QString message; // translated sentence for the user

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const ValidationIssue &a, const ValidationIssue &b)
    {
        return a.field == b.field && a.severity == b.severity && a.code == b.code
            && a.message == b.message;
    }
};

using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const ValidationIssues &issues);
ValidationIssues issuesFor(const ValidationIssues &issues, ValidationField field);

// What a message quotes of the user's input: at most maxCharacters, cut with "…", so a pasted
// megabyte does not come back as a megabyte-long message.
QString inputExcerpt(const QString &text, qsizetype maxCharacters = 40);

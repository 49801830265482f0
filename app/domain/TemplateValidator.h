#pragma once

#include "ValidationIssue.h"

#include <QCoreApplication>

// The rules of an app's SMS message template (docs/domain-rules.md): its placeholders and
// braces, and the length of the SMS it renders with this app's worst-case values. A problem
// that occurs many times (a pasted template with {otp} 9,000 times) is one issue that counts
// them and names the first, so the form's message stays a few lines and quick to lay out.
class TemplateValidator
{
    Q_DECLARE_TR_FUNCTIONS(TemplateValidator)

public:
    static constexpr int MaxSegments = 3;

    // Issues of field MessageTemplate; when the app name, inserted by {app}, is what makes the
    // SMS too long, the template's issue says so and an error of field Name blames the name.
    static ValidationIssues validate(const QString &templateText, const QString &appName,
                                     int digits, int expiryMinutes);

private:
    static ValidationIssues structureIssues(const QString &templateText);
    static ValidationIssues lengthIssues(const QString &templateText, const QString &appName,
                                         int digits, int expiryMinutes);
};

#include "TemplateValidator.h"

#include "MessageTemplate.h"
#include "OtpAppConfig.h"
#include "SmsPreview.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

using Kind = MessageTemplate::Problem::Kind;

ValidationIssue error(ValidationField field, const QString &code, const QString &message)
{
    return {field, ValidationIssue::Severity::Error, code, message};
}

// One kind of structural problem: how many, and the first (position 1-based, as people count).
struct Tally {
    int count = 0;
    QString first;
    int firstPosition = 0;

    void add(const MessageTemplate::Problem &problem)
    {
        if (count++ == 0) {
            first = inputExcerpt(problem.text);
            firstPosition = problem.position + 1;
        }
    }
};

QString number(int value)
{
    return QLocale().toString(value);
}

} // namespace

ValidationIssues TemplateValidator::validate(const QString &templateText, const QString &appName,
                                             int digits, int expiryMinutes)
{
    if (templateText.trimmed().isEmpty())
        return {error(ValidationField::MessageTemplate, u"template.required"_s,
                      tr("Enter the SMS message template; it must contain {otp} where the "
                         "code goes."))};
    return structureIssues(templateText)
        + lengthIssues(templateText, appName, digits, expiryMinutes);
}

ValidationIssues TemplateValidator::structureIssues(const QString &templateText)
{
    bool otpMissing = false;
    Tally repeatedOtp, unknown, unbalanced;
    for (const MessageTemplate::Problem &problem : MessageTemplate::problems(templateText)) {
        switch (problem.kind) {
        case Kind::MissingOtp:
            otpMissing = true;
            break;
        case Kind::RepeatedOtp:
            repeatedOtp.add(problem);
            break;
        case Kind::UnknownPlaceholder:
            unknown.add(problem);
            break;
        case Kind::UnclosedBrace:
        case Kind::StrayClosingBrace:
            unbalanced.add(problem);
            break;
        }
    }

    // The user's text is always the last argument: a "%1" in it is never replaced.
    const auto templateError = [](const QString &code, const QString &message) {
        return error(ValidationField::MessageTemplate, code, message);
    };
    ValidationIssues issues;
    if (repeatedOtp.count > 0)
        issues.append(templateError(u"template.otpRepeated"_s,
                                    tr("{otp} appears %1 times in the template; keep exactly one.")
                                        .arg(number(repeatedOtp.count + 1))));
    if (unknown.count == 1)
        issues.append(templateError(
            u"template.unknownPlaceholder"_s,
            tr("%1 is not a placeholder, so the service would refuse the template "
               "(ERROR_USER_TEMPLATE_NOT_MATCH). Use {otp}, {ref}, {app} or {minutes}, or write "
               "{{ and }} for literal braces.")
                .arg(unknown.first)));
    else if (unknown.count > 1)
        issues.append(templateError(
            u"template.unknownPlaceholder"_s,
            tr("%1 placeholders are not known, the first at position %2: %3, so the service "
               "would refuse the template (ERROR_USER_TEMPLATE_NOT_MATCH). Use {otp}, {ref}, "
               "{app} or {minutes}, or write {{ and }} for literal braces.")
                .arg(number(unknown.count), number(unknown.firstPosition), unknown.first)));
    if (unbalanced.count == 1)
        issues.append(templateError(
            u"template.unbalancedBrace"_s,
            tr("The template has an unmatched \"%1\" at position %2. Write {{ or }} for a "
               "literal brace.")
                .arg(unbalanced.first, QString::number(unbalanced.firstPosition))));
    else if (unbalanced.count > 1)
        issues.append(templateError(
            u"template.unbalancedBrace"_s,
            tr("The template has %1 unmatched braces, the first at position %2: \"%3\". Write "
               "{{ or }} for a literal brace.")
                .arg(number(unbalanced.count), number(unbalanced.firstPosition),
                     unbalanced.first)));
    if (otpMissing) // last, as MessageTemplate::problems() lists it
        issues.append(templateError(u"template.otpMissing"_s,
                                    tr("The template must contain {otp}, where the code is "
                                       "inserted.")));
    return issues;
}

ValidationIssues TemplateValidator::lengthIssues(const QString &templateText,
                                                 const QString &appName, int digits,
                                                 int expiryMinutes)
{
    // Worst case: the longest code this app sends and its real name and expiry.
    const int worstDigits = qBound(OtpAppConfig::MinDigits, digits, OtpAppConfig::MaxDigits);
    const QString name = appName.trimmed();
    const int segments
        = SmsPreview::build(templateText, name, worstDigits, expiryMinutes).count.segments;
    if (segments <= 1)
        return {};
    const bool tooLong = segments > MaxSegments;
    // The name is the cause when the same template without it fits where this one does not
    // (its length, or a Thai name turning a GSM-7 message into UCS-2).
    const int allowed = tooLong ? MaxSegments : 1;
    const bool nameIsCause = !name.isEmpty()
        && SmsPreview::build(templateText, QString(), worstDigits, expiryMinutes).count.segments
            <= allowed;

    const auto issue = [tooLong](ValidationField field, const QString &code,
                                 const QString &message) -> ValidationIssue {
        return {field,
                tooLong ? ValidationIssue::Severity::Error : ValidationIssue::Severity::Warning,
                code, message};
    };
    if (!tooLong)
        return {issue(ValidationField::MessageTemplate, u"template.multiSegment"_s,
                      nameIsCause ? tr("The message is sent as %1 SMS segments because {app} "
                                       "inserts the app name, and each segment costs one credit. "
                                       "With a shorter app name it fits in one.")
                                        .arg(segments)
                                  : tr("The message is sent as %1 SMS segments, and each "
                                       "segment costs one credit. Shorten it to fit in one.")
                                        .arg(segments))};
    if (!nameIsCause)
        return {issue(ValidationField::MessageTemplate, u"template.tooLong"_s,
                      tr("The message is too long: it needs %1 SMS segments and at most %2 are "
                         "allowed. Shorten the template.")
                          .arg(number(segments))
                          .arg(MaxSegments))};
    return {issue(ValidationField::MessageTemplate, u"template.tooLong"_s,
                  tr("The message is too long because of the app name, which {app} inserts: it "
                     "needs %1 SMS segments and at most %2 are allowed. Shorten the app name or "
                     "remove {app}.")
                      .arg(number(segments))
                      .arg(MaxSegments)),
            issue(ValidationField::Name, u"name.makesSmsTooLong"_s,
                  tr("This name makes the SMS too long: {app} in the template inserts it, and "
                     "the message then needs %1 SMS segments (at most %2). Shorten the name.")
                      .arg(number(segments))
                      .arg(MaxSegments))};
}

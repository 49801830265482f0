#include "ValidationIssue.h"

#include <algorithm>

bool hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ValidationIssue &issue) { return issue.isError(); });
}

ValidationIssues issuesFor(const ValidationIssues &issues, ValidationField field)
{
    ValidationIssues result;
    std::copy_if(issues.cbegin(), issues.cend(), std::back_inserter(result),
                 [field](const ValidationIssue &issue) { return issue.field == field; });
    return result;
}

QString inputExcerpt(const QString &text, qsizetype maxCharacters)
{
    if (text.size() <= maxCharacters)
        return text;
    qsizetype cut = maxCharacters - 1;
    if (text.at(cut - 1).isHighSurrogate()) // never split a character in two
        --cut;
    return text.left(cut) + QChar(0x2026);
}

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

#include "ValidationIssue.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QString validationFieldId(ValidationField field)
{
    switch (field) {
    case ValidationField::Name:
        return u"name"_s;
    case ValidationField::ContactEmail:
        return u"contactEmail"_s;
    case ValidationField::ContactName:
        return u"contactName"_s;
    case ValidationField::Digits:
        return u"digits"_s;
    case ValidationField::MessageTemplate:
        return u"template"_s;
    case ValidationField::Expiry:
        return u"expiry"_s;
    case ValidationField::IpRanges:
        return u"ipRanges"_s;
    case ValidationField::Environment:
        return u"environment"_s;
    case ValidationField::BaseUrl:
        return u"baseUrl"_s;
    case ValidationField::AppKey:
        return u"key"_s;
    case ValidationField::AppSecret:
        return u"secret"_s;
    case ValidationField::Msisdn:
        return u"msisdn"_s;
    }
    return {};
}

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

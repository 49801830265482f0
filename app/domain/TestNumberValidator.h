#pragma once

#include "TestNumber.h"
#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QList>

// The rules of a sandbox app's test numbers (docs/domain-rules.md). Every problem names its
// row, 1-based, as the form's table and the apps file show them.
class TestNumberValidator
{
    Q_DECLARE_TR_FUNCTIONS(TestNumberValidator)

public:
    // Whether a failure names one row of the vendor's error catalog. The catalog lives in
    // app/api, which the domain may not include, so the caller hands the check in:
    // ErrorLookup::namesCatalogEntry, the selection otpctl's --fail makes.
    using CatalogCheck = bool (*)(const QString &fail);

    // digits: the app's code length; a fixed code must have exactly that many.
    static ValidationIssues validate(const QList<TestNumber> &numbers, int digits,
                                     CatalogCheck namesCatalogEntry);
    // Trimmed, numbers as "+66…", "drop" in lower case. For numbers validate() accepted.
    static QList<TestNumber> normalised(const QList<TestNumber> &numbers);

private:
    static ValidationIssues validateRow(const TestNumber &number, int row, int digits,
                                        CatalogCheck namesCatalogEntry);
};

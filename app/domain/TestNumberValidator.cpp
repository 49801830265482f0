#include "TestNumberValidator.h"

#include "Msisdn.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

ValidationIssue error(const QString &code, const QString &message)
{
    return {ValidationField::TestNumbers, ValidationIssue::Severity::Error, code, message};
}

bool isAsciiDigits(const QString &text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

ValidationIssues TestNumberValidator::validate(const QList<TestNumber> &numbers, int digits,
                                               CatalogCheck namesCatalogEntry)
{
    ValidationIssues issues;
    if (numbers.size() > TestNumber::MaxPerApp) {
        issues << error(u"testNumbers.tooMany"_s,
                        tr("An app can have at most %1 test numbers; this one has %2. Remove "
                           "some.")
                            .arg(TestNumber::MaxPerApp)
                            .arg(numbers.size()));
    }
    QHash<QString, int> firstRowOf; // "+66…" -> the row that listed it first
    for (int i = 0; i < numbers.size(); ++i) {
        const int row = i + 1;
        issues += validateRow(numbers.at(i), row, digits, namesCatalogEntry);
        const std::optional<Msisdn> msisdn = Msisdn::parse(numbers.at(i).msisdn);
        if (!msisdn)
            continue;
        const int first = firstRowOf.value(msisdn->international());
        if (first == 0) {
            firstRowOf.insert(msisdn->international(), row);
            continue;
        }
        //: %1 and %3 are row numbers of the test numbers table, %2 a phone number.
        issues << error(u"testNumbers.duplicate"_s,
                        tr("Test number %1: %2 is already test number %3; keep one of them.")
                            .arg(row)
                            .arg(msisdn->domestic())
                            .arg(first));
    }
    return issues;
}

ValidationIssues TestNumberValidator::validateRow(const TestNumber &number, int row, int digits,
                                                  CatalogCheck namesCatalogEntry)
{
    //: %1 is the row of the test numbers table (1, 2, …), %2 what is wrong with it.
    const auto inRow
        = [row](const QString &problem) { return tr("Test number %1: %2").arg(row).arg(problem); };
    ValidationIssues issues;
    for (const ValidationIssue &issue : Msisdn::validate(number.msisdn))
        issues << error(u"testNumbers.msisdnInvalid"_s, inRow(issue.message));

    const QString code = number.code.trimmed();
    const QString fail = number.fail.trimmed();
    if (!code.isEmpty() && !fail.isEmpty()) {
        issues << error(u"testNumbers.codeAndFail"_s,
                        inRow(tr("give either a fixed code or a failure, not both.")));
    } else if (code.isEmpty() && fail.isEmpty()) {
        issues << error(u"testNumbers.codeOrFailMissing"_s,
                        inRow(tr("give a fixed code of %1 digits, or a failure: an error name "
                                 "such as ERROR_IP_NOT_ALLOWED, a status code, or \"drop\".")
                                  .arg(digits)));
    } else if (!code.isEmpty() && (code.size() != digits || !isAsciiDigits(code))) {
        issues << error(u"testNumbers.codeDigits"_s,
                        inRow(tr("the code \"%1\" must be exactly %2 digits (0-9), like every "
                                 "code of this app.")
                                  .arg(code)
                                  .arg(digits)));
    } else if (!fail.isEmpty() && !number.isDrop() && !namesCatalogEntry(fail)) {
        issues << error(u"testNumbers.failUnknown"_s,
                        inRow(tr("\"%1\" is not an error name, status code or message of the "
                                 "error catalog, nor \"drop\". See the Error codes page.")
                                  .arg(fail)));
    }
    return issues;
}

QList<TestNumber> TestNumberValidator::normalised(const QList<TestNumber> &numbers)
{
    QList<TestNumber> result;
    result.reserve(numbers.size());
    for (const TestNumber &number : numbers) {
        TestNumber clean;
        const std::optional<Msisdn> msisdn = Msisdn::parse(number.msisdn);
        clean.msisdn = msisdn ? msisdn->international() : number.msisdn.trimmed();
        clean.code = number.code.trimmed();
        clean.fail = number.isDrop() ? TestNumber::dropId() : number.fail.trimmed();
        result << clean;
    }
    return result;
}

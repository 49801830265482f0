#include "api/ErrorLookup.h"
#include "domain/OtpAppValidator.h"
#include "domain/TestNumberValidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

OtpAppDraft sandboxDraft()
{
    OtpAppDraft draft;
    draft.name = u"Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA team"_s;
    draft.digits = 6;
    draft.messageTemplate = u"Your {app} code is {otp} (Ref: {ref})."_s;
    draft.expiry = u"00:05"_s;
    draft.environment = Environment::Sandbox;
    return draft;
}

QStringList codesOf(const ValidationIssues &issues)
{
    QStringList codes;
    for (const ValidationIssue &issue : issues)
        codes << issue.code;
    return codes;
}

ValidationIssues validate(const QList<TestNumber> &numbers, int digits = 6)
{
    return TestNumberValidator::validate(numbers, digits, ErrorLookup::namesCatalogEntry);
}

} // namespace

class TestTestNumberValidator : public QObject
{
    Q_OBJECT

private slots:
    void oneRow_data();
    void oneRow();
    void messagesNameTheRow();
    void duplicateNumbersInAnyForm();
    void tooMany();
    void digitsOfTheAppDecide();
    void onlySandboxAppsHaveThem();
    void toConfigNormalises();
};

void TestTestNumberValidator::oneRow_data()
{
    QTest::addColumn<QString>("msisdn");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fail");
    QTest::addColumn<QStringList>("expected"); // issue codes, in order

    const QStringList none;
    QTest::newRow("fixed code") << u"0800000001"_s << u"123456"_s << QString() << none;
    QTest::newRow("fixed code, +66 form")
        << u"+66 80 000 0001"_s << u"000000"_s << QString() << none;
    QTest::newRow("fail by name") << u"0800000002"_s << QString() << u"ERROR_IP_NOT_ALLOWED"_s
                                  << none;
    QTest::newRow("fail by name, any case")
        << u"0800000002"_s << QString() << u"error_ip_not_allowed"_s << none;
    QTest::newRow("fail by status code") << u"0800000002"_s << QString() << u"116"_s << none;
    QTest::newRow("fail by message")
        << u"0800000002"_s << QString() << u"Token is expire."_s << none;
    QTest::newRow("drop") << u"0800000002"_s << QString() << u"drop"_s << none;
    QTest::newRow("DROP") << u"0800000002"_s << QString() << u" DROP "_s << none;

    QTest::newRow("number missing")
        << QString() << u"123456"_s << QString() << QStringList{u"testNumbers.msisdnInvalid"_s};
    QTest::newRow("not a Thai mobile") << u"0212345678"_s << u"123456"_s << QString()
                                       << QStringList{u"testNumbers.msisdnInvalid"_s};
    QTest::newRow("code too short")
        << u"0800000001"_s << u"12345"_s << QString() << QStringList{u"testNumbers.codeDigits"_s};
    QTest::newRow("code too long")
        << u"0800000001"_s << u"1234567"_s << QString() << QStringList{u"testNumbers.codeDigits"_s};
    QTest::newRow("code not digits")
        << u"0800000001"_s << u"12a456"_s << QString() << QStringList{u"testNumbers.codeDigits"_s};
    QTest::newRow("code in Thai digits")
        << u"0800000001"_s << u"๑๒๓๔๕๖"_s << QString() << QStringList{u"testNumbers.codeDigits"_s};
    QTest::newRow("unknown name") << u"0800000002"_s << QString() << u"ERROR_NOPE"_s
                                  << QStringList{u"testNumbers.failUnknown"_s};
    QTest::newRow("unknown status code")
        << u"0800000002"_s << QString() << u"999"_s << QStringList{u"testNumbers.failUnknown"_s};
    QTest::newRow("status code shared by rows")
        << u"0800000002"_s << QString() << u"400"_s << QStringList{u"testNumbers.failUnknown"_s};
    QTest::newRow("a whole body") << u"0800000002"_s << QString()
                                  << u"{\"code\":400,\"errors\":[]}"_s
                                  << QStringList{u"testNumbers.failUnknown"_s};
    QTest::newRow("both code and fail")
        << u"0800000002"_s << u"123456"_s << u"drop"_s << QStringList{u"testNumbers.codeAndFail"_s};
    QTest::newRow("neither") << u"0800000002"_s << u"  "_s << QString()
                             << QStringList{u"testNumbers.codeOrFailMissing"_s};
    QTest::newRow("bad number and bad code")
        << u"12345"_s << u"1"_s << QString()
        << QStringList{u"testNumbers.msisdnInvalid"_s, u"testNumbers.codeDigits"_s};
}

void TestTestNumberValidator::oneRow()
{
    QFETCH(QString, msisdn);
    QFETCH(QString, code);
    QFETCH(QString, fail);
    QFETCH(QStringList, expected);
    const ValidationIssues issues = validate({TestNumber{msisdn, code, fail}});
    QCOMPARE(codesOf(issues), expected);
    for (const ValidationIssue &issue : issues) {
        QCOMPARE(issue.field, ValidationField::TestNumbers);
        QVERIFY(issue.isError());
    }
}

void TestTestNumberValidator::messagesNameTheRow()
{
    const ValidationIssues issues = validate({TestNumber{u"0800000001"_s, u"123456"_s, {}},
                                              TestNumber{u"0800000002"_s, {}, u"ERROR_NOPE"_s}});
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.constFirst().message.startsWith(u"Test number 2: "_s),
             qPrintable(issues.constFirst().message));
    QVERIFY(issues.constFirst().message.contains(u"ERROR_NOPE"_s));
}

void TestTestNumberValidator::duplicateNumbersInAnyForm()
{
    const ValidationIssues issues = validate({TestNumber{u"0800000001"_s, u"123456"_s, {}},
                                              TestNumber{u"0800000009"_s, {}, u"drop"_s},
                                              TestNumber{u"+66800000001"_s, {}, u"drop"_s}});
    QCOMPARE(codesOf(issues), QStringList{u"testNumbers.duplicate"_s});
    QVERIFY2(issues.constFirst().message.startsWith(u"Test number 3: "_s),
             qPrintable(issues.constFirst().message));
    QVERIFY(issues.constFirst().message.contains(u"test number 1"_s));
}

void TestTestNumberValidator::tooMany()
{
    QList<TestNumber> numbers;
    for (int i = 0; i <= TestNumber::MaxPerApp; ++i)
        numbers << TestNumber{u"08%1"_s.arg(i, 8, 10, QLatin1Char('0')), u"123456"_s, {}};
    QCOMPARE(codesOf(validate(numbers)), QStringList{u"testNumbers.tooMany"_s});
    numbers.removeLast();
    QVERIFY(validate(numbers).isEmpty());
}

// Changing the app's digits makes the fixed codes of the old length an error.
void TestTestNumberValidator::digitsOfTheAppDecide()
{
    OtpAppDraft draft = sandboxDraft();
    draft.testNumbers = {TestNumber{u"0800000001"_s, u"123456"_s, {}},
                         TestNumber{u"0800000002"_s, {}, u"drop"_s}};
    QVERIFY(OtpAppValidator::validate(draft, {}, ErrorLookup::namesCatalogEntry).isEmpty());
    draft.digits = 4;
    const ValidationIssues issues
        = OtpAppValidator::validate(draft, {}, ErrorLookup::namesCatalogEntry);
    QCOMPARE(codesOf(issues), QStringList{u"testNumbers.codeDigits"_s});
    QVERIFY(issues.constFirst().message.contains(u"4"_s));
}

void TestTestNumberValidator::onlySandboxAppsHaveThem()
{
    OtpAppDraft draft = sandboxDraft();
    draft.environment = Environment::Live;
    draft.appKey = u"1234567890123456"_s;
    draft.testNumbers = {TestNumber{u"nonsense"_s, {}, {}}};
    QVERIFY(OtpAppValidator::validate(draft, {}, ErrorLookup::namesCatalogEntry).isEmpty());
    QVERIFY(OtpAppValidator::toConfig(draft).testNumbers.isEmpty());
}

void TestTestNumberValidator::toConfigNormalises()
{
    OtpAppDraft draft = sandboxDraft();
    draft.testNumbers = {TestNumber{u" 080-000-0001 "_s, u" 123456 "_s, {}},
                         TestNumber{u"66800000002"_s, {}, u" Drop"_s},
                         TestNumber{u"0800000003"_s, {}, u" ERROR_IP_NOT_ALLOWED "_s}};
    const OtpAppConfig config = OtpAppValidator::toConfig(draft);
    const QList<TestNumber> expected{TestNumber{u"+66800000001"_s, u"123456"_s, {}},
                                     TestNumber{u"+66800000002"_s, {}, u"drop"_s},
                                     TestNumber{u"+66800000003"_s, {}, u"ERROR_IP_NOT_ALLOWED"_s}};
    QCOMPARE(config.testNumbers, expected);
    // The draft of a stored app shows them as stored, and stores the same again.
    QCOMPARE(OtpAppValidator::toConfig(OtpAppDraft::fromConfig(config)).testNumbers, expected);
}

QTEST_GUILESS_MAIN(TestTestNumberValidator)
#include "tst_testnumbervalidator.moc"

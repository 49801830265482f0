#include "domain/MessageTemplate.h"
#include "domain/TemplateValidator.h"

#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString repeated(const QString &unit, int times)
{
    QString s;
    s.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        s += unit;
    return s;
}

ValidationIssues issuesOf(const ValidationIssues &issues, const QString &code)
{
    ValidationIssues found;
    for (const ValidationIssue &issue : issues) {
        if (issue.code == code)
            found << issue;
    }
    return found;
}

} // namespace

class TestTemplateValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void repeatedProblemIsOneIssue_data();
    void repeatedProblemIsOneIssue();
    void singleProblemNamesIt_data();
    void singleProblemNamesIt();
    void longPastedTextIsQuotedShort();
    void longNameIsBlamedNotTheTemplate();
    void longTemplateIsBlamedNotTheName();
    void nameMakingSeveralSegmentsIsNamed();
};

void TestTemplateValidator::initTestCase()
{
    // Translations::install(English) does the same: counts are written 9,000.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTemplateValidator::repeatedProblemIsOneIssue_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mentions"); // what the one message must say

    QTest::newRow("{otp} 9,000 times")
        << repeated(u"Code {otp} "_s, 9000) << u"template.otpRepeated"_s
        << QStringList{u"{otp}"_s, u"9,000"_s, u"keep exactly one"_s};
    QTest::newRow("{otp} twice") << u"{otp} {otp}"_s << u"template.otpRepeated"_s
                                 << QStringList{u"{otp}"_s, u"2 times"_s};
    QTest::newRow("1,200 unknown placeholders")
        << u"{otp} "_s + repeated(u"{code} "_s, 1200) << u"template.unknownPlaceholder"_s
        << QStringList{u"1,200"_s, u"{code}"_s, u"position 7"_s};
    QTest::newRow("3,000 stray braces")
        << u"{otp}"_s + repeated(u" }"_s, 3000) << u"template.unbalancedBrace"_s
        << QStringList{u"3,000"_s, u"\"}\""_s, u"position 7"_s};
}

void TestTemplateValidator::repeatedProblemIsOneIssue()
{
    QFETCH(QString, templateText);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);

    const ValidationIssues issues = TemplateValidator::validate(templateText, u"Shop"_s, 6, 5);
    const ValidationIssues grouped = issuesOf(issues, code);
    QCOMPARE(grouped.size(), 1);
    QCOMPARE(grouped.first().field, ValidationField::MessageTemplate);
    QVERIFY(grouped.first().isError());
    for (const QString &mention : mentions)
        QVERIFY2(grouped.first().message.contains(mention), qPrintable(grouped.first().message));
    // However big the paste, the form gets a handful of short messages.
    QVERIFY(issues.size() <= 3);
    for (const ValidationIssue &issue : issues)
        QVERIFY2(issue.message.size() < 300, qPrintable(issue.code));
}

void TestTemplateValidator::singleProblemNamesIt_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mention");

    QTest::newRow("unknown") << u"{otp} {pin}"_s << u"template.unknownPlaceholder"_s
                             << u"{pin} is not a placeholder, so the service would refuse"_s;
    QTest::newRow("unclosed") << u"{otp} {ref"_s << u"template.unbalancedBrace"_s
                              << u"unmatched \"{\" at position 7"_s;
    QTest::newRow("missing") << u"Your code"_s << u"template.otpMissing"_s
                             << u"must contain {otp}"_s;
}

void TestTemplateValidator::singleProblemNamesIt()
{
    QFETCH(QString, templateText);
    QFETCH(QString, code);
    QFETCH(QString, mention);
    const ValidationIssues issues
        = issuesOf(TemplateValidator::validate(templateText, u"Shop"_s, 6, 5), code);
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(mention), qPrintable(issues.first().message));
}

void TestTemplateValidator::longPastedTextIsQuotedShort()
{
    // One "placeholder" of 400,000 characters: quoted as its beginning, not in full.
    const QString huge = u"{"_s + repeated(u"a"_s, 400000) + u"}"_s;
    const ValidationIssues issues
        = issuesOf(TemplateValidator::validate(u"{otp} "_s + huge, u"Shop"_s, 6, 5),
                   u"template.unknownPlaceholder"_s);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(u"{aaaa"_s));
    QVERIFY(issues.first().message.contains(QChar(0x2026)));
    QVERIFY(issues.first().message.size() < 300);
}

void TestTemplateValidator::longNameIsBlamedNotTheTemplate()
{
    // The default template is one SMS; a 200-character Thai name makes it UCS-2 and 4 segments.
    const QString templateText = MessageTemplate::defaultTemplate(Language::English);
    const QString name = repeated(u"ร้าน"_s, 50);
    QVERIFY(TemplateValidator::validate(templateText, u"Shop"_s, 6, 5).isEmpty());

    const ValidationIssues issues = TemplateValidator::validate(templateText, name, 6, 5);
    const ValidationIssues onTemplate = issuesOf(issues, u"template.tooLong"_s);
    QCOMPARE(onTemplate.size(), 1);
    QVERIFY(onTemplate.first().isError());
    QVERIFY2(onTemplate.first().message.contains(u"app name"_s),
             qPrintable(onTemplate.first().message));
    QVERIFY(onTemplate.first().message.contains(u"{app}"_s));
    QVERIFY(!onTemplate.first().message.contains(u"Shorten the template"_s));
    // And under the field that causes it.
    const ValidationIssues onName = issuesOf(issues, u"name.makesSmsTooLong"_s);
    QCOMPARE(onName.size(), 1);
    QCOMPARE(onName.first().field, ValidationField::Name);
    QVERIFY(onName.first().isError());
    QVERIFY(onName.first().message.contains(u"Shorten the name"_s));
}

void TestTemplateValidator::longTemplateIsBlamedNotTheName()
{
    const QString templateText = u"Hi {app} "_s + repeated(u"a"_s, 500) + u"{otp}"_s;
    const ValidationIssues issues = TemplateValidator::validate(templateText, u"Shop"_s, 6, 5);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, u"template.tooLong"_s);
    QVERIFY(issues.first().message.contains(u"Shorten the template"_s));
}

void TestTemplateValidator::nameMakingSeveralSegmentsIsNamed()
{
    // 150 characters and {app}: one SMS with "Shop", two with a longer name. A warning only,
    // under the template, saying the name is why.
    const QString templateText = repeated(u"a"_s, 145) + u"{app}{otp}"_s;
    const ValidationIssues issues
        = TemplateValidator::validate(templateText, u"Shop and more"_s, 6, 5);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, u"template.multiSegment"_s);
    QVERIFY(!issues.first().isError());
    QVERIFY(issues.first().message.contains(u"{app}"_s));
}

QTEST_GUILESS_MAIN(TestTemplateValidator)
#include "tst_templatevalidator.moc"

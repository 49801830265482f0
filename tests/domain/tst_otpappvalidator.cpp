#include "api/ErrorLookup.h"
#include "domain/OtpAppValidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ValidationField)
Q_DECLARE_METATYPE(ValidationIssue::Severity)
Q_DECLARE_METATYPE(Environment)

namespace {

OtpAppDraft validDraft()
{
    OtpAppDraft draft;
    draft.name = u"Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA team"_s;
    draft.digits = 6;
    draft.messageTemplate
        = u"Your {app} code is {otp} (Ref: {ref}). Valid for {minutes} minutes."_s;
    draft.expiry = u"00:05"_s;
    draft.environment = Environment::Sandbox;
    return draft;
}

// Sets one input of the form by the name a data row gives.
void setInput(OtpAppDraft &draft, const QString &input, const QString &value)
{
    if (input == u"name")
        draft.name = value;
    else if (input == u"email")
        draft.contactEmail = value;
    else if (input == u"contact")
        draft.contactName = value;
    else if (input == u"digits")
        draft.digits = value.toInt();
    else if (input == u"template")
        draft.messageTemplate = value;
    else if (input == u"expiry")
        draft.expiry = value;
    else if (input == u"ip")
        draft.ipRanges = value;
    else if (input == u"live-key") {
        draft.environment = Environment::Live;
        draft.appKey = value;
    } else if (input == u"custom-url") {
        draft.environment = Environment::Custom;
        draft.appKey = u"1234567890123456"_s;
        draft.baseUrl = value;
    } else
        qFatal("unknown input in test data");
}

QString repeated(const QString &unit, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += unit;
    return s;
}

// A plausible address of exactly `length` characters: 64-character local part, labels of
// at most 50 characters, ".com".
QString emailOfLength(int length)
{
    QString domain;
    int remaining = length - 65 - 4;
    while (remaining > 51) {
        domain += repeated(u"b"_s, 50) + u'.';
        remaining -= 51;
    }
    domain += repeated(u"b"_s, remaining);
    return repeated(u"a"_s, 64) + u'@' + domain + u".com"_s;
}

} // namespace

class TestOtpAppValidator : public QObject
{
    Q_OBJECT

private slots:
    void validDraftHasNoIssues();
    void singleInput_data();
    void singleInput();
    void reportsEveryProblemAtOnce();
    void nameUniquenessIgnoresCase();
    void sandboxIgnoresKeyAndUrl();
    void appSecret_data();
    void appSecret();
    void templateLengthUsesThisAppsValues();
    void toConfigNormalises();
    void messagesAreSentences();
};

void TestOtpAppValidator::validDraftHasNoIssues()
{
    const ValidationIssues issues
        = OtpAppValidator::validate(validDraft(), {u"Other"_s}, ErrorLookup::namesCatalogEntry);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
}

void TestOtpAppValidator::singleInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("value");
    QTest::addColumn<ValidationField>("field");
    QTest::addColumn<ValidationIssue::Severity>("severity");
    QTest::addColumn<QString>("code"); // empty: no issue at all

    const auto E = ValidationIssue::Severity::Error;
    const auto W = ValidationIssue::Severity::Warning;
    const auto F = ValidationField::Name;

    // Name: trimmed, 1–50 characters (Thai and emoji count as one each).
    QTest::newRow("name empty") << u"name"_s << QString() << F << E << u"name.required"_s;
    QTest::newRow("name spaces") << u"name"_s << u"   "_s << F << E << u"name.required"_s;
    QTest::newRow("name 1") << u"name"_s << u"A"_s << F << E << QString();
    QTest::newRow("name 49") << u"name"_s << repeated(u"a"_s, 49) << F << E << QString();
    QTest::newRow("name 50") << u"name"_s << repeated(u"a"_s, 50) << F << E << QString();
    QTest::newRow("name 51") << u"name"_s << repeated(u"a"_s, 51) << F << E << u"name.tooLong"_s;
    QTest::newRow("name 50 + spaces")
        << u"name"_s << u"  "_s + repeated(u"a"_s, 50) + u"  "_s << F << E << QString();
    QTest::newRow("name thai 50") << u"name"_s << repeated(u"ก"_s, 50) << F << E << QString();
    QTest::newRow("name thai 51") << u"name"_s << repeated(u"ก"_s, 51) << F << E
                                  << u"name.tooLong"_s;
    QTest::newRow("name thai with vowels 50")
        << u"name"_s << repeated(u"กิ"_s, 25) << F << E << QString();
    QTest::newRow("name emoji 50") << u"name"_s << repeated(u"😀"_s, 50) << F << E << QString();
    QTest::newRow("name emoji 51")
        << u"name"_s << repeated(u"😀"_s, 51) << F << E << u"name.tooLong"_s;
    QTest::newRow("name line break")
        << u"name"_s << u"Shop\nApp"_s << F << E << u"name.invalidCharacters"_s;
    QTest::newRow("name duplicate") << u"name"_s << u"taken"_s << F << E << u"name.duplicate"_s;

    // Contact email.
    const auto M = ValidationField::ContactEmail;
    QTest::newRow("email empty") << u"email"_s << QString() << M << E << u"contactEmail.required"_s;
    QTest::newRow("email plain") << u"email"_s << u"qa@example.com"_s << M << E << QString();
    QTest::newRow("email plus and dots")
        << u"email"_s << u"qa.team+otp@mail.example.co.th"_s << M << E << QString();
    QTest::newRow("email surrounding spaces")
        << u"email"_s << u"  qa@example.com "_s << M << E << QString();
    QTest::newRow("email thai domain") << u"email"_s << u"qa@ตัวอย่าง.ไทย"_s << M << E << QString();
    QTest::newRow("email inner space")
        << u"email"_s << u"qa team@example.com"_s << M << E << u"contactEmail.whitespace"_s;
    QTest::newRow("email line break")
        << u"email"_s << u"qa@example.com\nx@y.com"_s << M << E << u"contactEmail.whitespace"_s;
    QTest::newRow("email no at") << u"email"_s << u"qa.example.com"_s << M << E
                                 << u"contactEmail.invalid"_s;
    QTest::newRow("email two ats")
        << u"email"_s << u"qa@x@example.com"_s << M << E << u"contactEmail.invalid"_s;
    QTest::newRow("email no tld") << u"email"_s << u"qa@example"_s << M << E
                                  << u"contactEmail.invalid"_s;
    QTest::newRow("email one-letter tld")
        << u"email"_s << u"qa@example.c"_s << M << E << u"contactEmail.invalid"_s;
    QTest::newRow("email empty label")
        << u"email"_s << u"qa@example..com"_s << M << E << u"contactEmail.invalid"_s;
    QTest::newRow("email no local")
        << u"email"_s << u"@example.com"_s << M << E << u"contactEmail.invalid"_s;
    QTest::newRow("email underscore domain")
        << u"email"_s << u"qa@ex_ample.com"_s << M << E << u"contactEmail.invalid"_s;
    QTest::newRow("email ip literal tld")
        << u"email"_s << u"qa@10.0.0.1"_s << M << E << u"contactEmail.invalid"_s;
    QTest::newRow("email 254") << u"email"_s << emailOfLength(254) << M << E << QString();
    QTest::newRow("email 255") << u"email"_s << emailOfLength(255) << M << E
                               << u"contactEmail.tooLong"_s;

    // Contact name: 1–100 after trimming.
    const auto C = ValidationField::ContactName;
    QTest::newRow("contact empty") << u"contact"_s << u" "_s << C << E << u"contactName.required"_s;
    QTest::newRow("contact thai") << u"contact"_s << u"ทีม QA"_s << C << E << QString();
    QTest::newRow("contact 100") << u"contact"_s << repeated(u"ข"_s, 100) << C << E << QString();
    QTest::newRow("contact 101") << u"contact"_s << repeated(u"ข"_s, 101) << C << E
                                 << u"contactName.tooLong"_s;

    // Digits 4–8.
    const auto D = ValidationField::Digits;
    QTest::newRow("digits 3") << u"digits"_s << u"3"_s << D << E << u"digits.range"_s;
    QTest::newRow("digits 4") << u"digits"_s << u"4"_s << D << E << QString();
    QTest::newRow("digits 8") << u"digits"_s << u"8"_s << D << E << QString();
    QTest::newRow("digits 9") << u"digits"_s << u"9"_s << D << E << u"digits.range"_s;
    QTest::newRow("digits 0") << u"digits"_s << u"0"_s << D << E << u"digits.range"_s;

    // Message template.
    const auto T = ValidationField::MessageTemplate;
    QTest::newRow("template empty") << u"template"_s << u"  "_s << T << E << u"template.required"_s;
    QTest::newRow("template minimal") << u"template"_s << u"{otp}"_s << T << E << QString();
    QTest::newRow("template no otp")
        << u"template"_s << u"Your code is {ref}"_s << T << E << u"template.otpMissing"_s;
    QTest::newRow("template two otp")
        << u"template"_s << u"{otp} {otp}"_s << T << E << u"template.otpRepeated"_s;
    QTest::newRow("template unknown")
        << u"template"_s << u"{otp} {code}"_s << T << E << u"template.unknownPlaceholder"_s;
    QTest::newRow("template upper-case")
        << u"template"_s << u"{otp} {OTP}"_s << T << E << u"template.unknownPlaceholder"_s;
    QTest::newRow("template unclosed")
        << u"template"_s << u"{otp} {ref"_s << T << E << u"template.unbalancedBrace"_s;
    QTest::newRow("template stray close")
        << u"template"_s << u"{otp} }"_s << T << E << u"template.unbalancedBrace"_s;
    QTest::newRow("template literal braces")
        << u"template"_s << u"{{{otp}}}"_s << T << E << QString();
    // "Your Shop code is 123456" style: 153 plain characters + a 6-digit code = 159 → 1 SMS.
    QTest::newRow("template one segment")
        << u"template"_s << repeated(u"a"_s, 154) + u"{otp}"_s << T << E << QString();
    QTest::newRow("template two segments") << u"template"_s << repeated(u"a"_s, 155) + u"{otp}"_s
                                           << T << W << u"template.multiSegment"_s;
    QTest::newRow("template three segments") << u"template"_s << repeated(u"a"_s, 453) + u"{otp}"_s
                                             << T << W << u"template.multiSegment"_s;
    QTest::newRow("template four segments")
        << u"template"_s << repeated(u"a"_s, 454) + u"{otp}"_s << T << E << u"template.tooLong"_s;
    QTest::newRow("template thai two segments")
        << u"template"_s << repeated(u"ก"_s, 65) + u"{otp}"_s << T << W
        << u"template.multiSegment"_s;
    QTest::newRow("template thai one segment")
        << u"template"_s << repeated(u"ก"_s, 64) + u"{otp}"_s << T << E << QString();

    // Expiry, through the whole draft.
    const auto X = ValidationField::Expiry;
    QTest::newRow("expiry 00:04") << u"expiry"_s << u"00:04"_s << X << E << u"expiry.range"_s;
    QTest::newRow("expiry 00:05") << u"expiry"_s << u"00:05"_s << X << E << QString();
    QTest::newRow("expiry 11:00") << u"expiry"_s << u"11:00"_s << X << E << QString();
    QTest::newRow("expiry 11:01") << u"expiry"_s << u"11:01"_s << X << E << u"expiry.range"_s;
    QTest::newRow("expiry 5") << u"expiry"_s << u"5"_s << X << E << u"expiry.format"_s;

    // Trusted IP range.
    const auto I = ValidationField::IpRanges;
    QTest::newRow("ip empty") << u"ip"_s << QString() << I << E << QString();
    QTest::newRow("ip block") << u"ip"_s << u"203.0.113.0/24"_s << I << E << QString();
    QTest::newRow("ip invalid") << u"ip"_s << u"203.0.113.0/24\n999.1.1.1"_s << I << E
                                << u"ipRanges.invalid"_s;
    QTest::newRow("ip host bits") << u"ip"_s << u"203.0.113.1/24"_s << I << W
                                  << u"ipRanges.hostBits"_s;

    // App Key of Live and Custom apps.
    const auto K = ValidationField::AppKey;
    QTest::newRow("key 16 digits") << u"live-key"_s << u"1234567890123456"_s << K << E << QString();
    QTest::newRow("key missing") << u"live-key"_s << u" "_s << K << E << u"appKey.required"_s;
    QTest::newRow("key unusual") << u"live-key"_s << u"abc123"_s << K << W << u"appKey.unusual"_s;
    QTest::newRow("key 64") << u"live-key"_s << repeated(u"k"_s, 64) << K << W
                            << u"appKey.unusual"_s;
    QTest::newRow("key 65") << u"live-key"_s << repeated(u"k"_s, 65) << K << E
                            << u"appKey.invalid"_s;
    QTest::newRow("key inner space")
        << u"live-key"_s << u"1234 5678"_s << K << E << u"appKey.invalid"_s;
    QTest::newRow("key thai") << u"live-key"_s << u"คีย์"_s << K << E << u"appKey.invalid"_s;

    // Custom base URL: https, or http only to loopback.
    const auto U = ValidationField::BaseUrl;
    QTest::newRow("url https") << u"custom-url"_s << u"https://otp.staging.example.com"_s << U << E
                               << QString();
    QTest::newRow("url https path port")
        << u"custom-url"_s << u"https://proxy.example.com:8443/otp"_s << U << E << QString();
    QTest::newRow("url http localhost")
        << u"custom-url"_s << u"http://localhost:8765"_s << U << E << QString();
    QTest::newRow("url http 127.0.0.1")
        << u"custom-url"_s << u"http://127.0.0.1:8765"_s << U << E << QString();
    QTest::newRow("url http 127.1.2.3")
        << u"custom-url"_s << u"http://127.1.2.3"_s << U << E << QString();
    QTest::newRow("url http ::1") << u"custom-url"_s << u"http://[::1]:8765"_s << U << E
                                  << QString();
    QTest::newRow("url http remote")
        << u"custom-url"_s << u"http://otp.example.com"_s << U << E << u"baseUrl.insecure"_s;
    QTest::newRow("url http private lan")
        << u"custom-url"_s << u"http://192.168.1.10"_s << U << E << u"baseUrl.insecure"_s;
    QTest::newRow("url missing") << u"custom-url"_s << QString() << U << E << u"baseUrl.required"_s;
    QTest::newRow("url ftp") << u"custom-url"_s << u"ftp://example.com"_s << U << E
                             << u"baseUrl.invalid"_s;
    QTest::newRow("url no scheme")
        << u"custom-url"_s << u"example.com"_s << U << E << u"baseUrl.invalid"_s;
    QTest::newRow("url spaces inside")
        << u"custom-url"_s << u"https://exa mple.com"_s << U << E << u"baseUrl.invalid"_s;
}

void TestOtpAppValidator::singleInput()
{
    QFETCH(QString, input);
    QFETCH(QString, value);
    QFETCH(ValidationField, field);
    QFETCH(ValidationIssue::Severity, severity);
    QFETCH(QString, code);

    OtpAppDraft draft = validDraft();
    setInput(draft, input, value);
    const ValidationIssues all
        = OtpAppValidator::validate(draft, {u"Taken"_s}, ErrorLookup::namesCatalogEntry);
    // A long Thai name can legitimately make the template multi-part (a warning on another
    // field): look at this field, and make sure no other field has an error.
    const ValidationIssues issues = issuesFor(all, field);
    QCOMPARE(hasErrors(all), hasErrors(issues));

    if (code.isEmpty()) {
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.value(0).code + u": "_s + issues.value(0).message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    const ValidationIssue &issue = issues.first();
    QCOMPARE(issue.field, field);
    QCOMPARE(issue.severity, severity);
    QCOMPARE(issue.code, code);
    QVERIFY(!issue.message.isEmpty());
    QCOMPARE(hasErrors(issues), severity == ValidationIssue::Severity::Error);
}

void TestOtpAppValidator::reportsEveryProblemAtOnce()
{
    OtpAppDraft draft;
    draft.name = QString();
    draft.contactEmail = u"not an email"_s;
    draft.contactName = QString();
    draft.digits = 12;
    draft.messageTemplate = u"Code {pin}"_s;
    draft.expiry = u"5 min"_s;
    draft.ipRanges = u"localhost"_s;
    draft.environment = Environment::Custom;
    draft.baseUrl = u"http://example.com"_s;
    draft.appKey = QString();

    const ValidationIssues issues
        = OtpAppValidator::validate(draft, {}, ErrorLookup::namesCatalogEntry);
    const QList<ValidationField> expected{
        ValidationField::Name,     ValidationField::ContactEmail,    ValidationField::ContactName,
        ValidationField::Digits,   ValidationField::MessageTemplate, ValidationField::Expiry,
        ValidationField::IpRanges, ValidationField::BaseUrl,         ValidationField::AppKey,
    };
    for (ValidationField field : expected)
        QVERIFY2(hasErrors(issuesFor(issues, field)), qPrintable(enumId(field)));
    // The unknown placeholder and the missing {otp} are both named.
    const ValidationIssues templateIssues = issuesFor(issues, ValidationField::MessageTemplate);
    QCOMPARE(templateIssues.size(), 2);
    QVERIFY(templateIssues.at(0).message.contains(u"{pin}"_s));
    QCOMPARE(templateIssues.at(1).code, u"template.otpMissing"_s);
}

void TestOtpAppValidator::nameUniquenessIgnoresCase()
{
    QCOMPARE(OtpAppValidator::validateName(u"SHOP"_s, {u"shop"_s}).value(0).code,
             u"name.duplicate"_s);
    QCOMPARE(OtpAppValidator::validateName(u" Shop "_s, {u"shop  "_s}).value(0).code,
             u"name.duplicate"_s);
    QVERIFY(OtpAppValidator::validateName(u"Shop 2"_s, {u"Shop"_s}).isEmpty());
    // The name is compared with the others only: editing an app keeps its own name.
    QVERIFY(OtpAppValidator::validateName(u"Shop"_s, {}).isEmpty());
}

void TestOtpAppValidator::sandboxIgnoresKeyAndUrl()
{
    OtpAppDraft draft = validDraft();
    draft.appKey = u"not used"_s;
    draft.baseUrl = u"ftp://ignored"_s;
    QVERIFY(OtpAppValidator::validate(draft, {}, ErrorLookup::namesCatalogEntry).isEmpty());
    const OtpAppConfig config = OtpAppValidator::toConfig(draft);
    QVERIFY(config.appKey.isEmpty());
    QVERIFY(config.baseUrl.isEmpty());
}

void TestOtpAppValidator::appSecret_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("code");

    const QString usual = u"0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("sandbox ignores") << Environment::Sandbox << QString() << true << QString();
    QTest::newRow("live usual") << Environment::Live << usual << true << QString();
    QTest::newRow("live missing") << Environment::Live << u"  "_s << true
                                  << u"appSecret.required"_s;
    QTest::newRow("edit keeps current") << Environment::Live << QString() << false << QString();
    QTest::newRow("custom upper-case hex")
        << Environment::Custom << usual.toUpper() << true << u"appSecret.unusual"_s;
    QTest::newRow("inner space") << Environment::Live << u"abc def"_s << true
                                 << u"appSecret.invalid"_s;
    QTest::newRow("129 characters")
        << Environment::Live << QString(129, u'a') << true << u"appSecret.invalid"_s;
}

void TestOtpAppValidator::appSecret()
{
    QFETCH(Environment, environment);
    QFETCH(QString, secret);
    QFETCH(bool, required);
    QFETCH(QString, code);
    const ValidationIssues issues
        = OtpAppValidator::validateAppSecret(environment, secret, required);
    QCOMPARE(issues.value(0).code, code);
    QVERIFY(issues.size() <= 1);
    if (!issues.isEmpty())
        QCOMPARE(issues.first().field, ValidationField::AppSecret);
}

void TestOtpAppValidator::templateLengthUsesThisAppsValues()
{
    // 150 plain characters + {app}: fits in one SMS for a short name, not for a long one.
    const QString templateText = repeated(u"a"_s, 145) + u"{app}{otp}"_s;
    QVERIFY(OtpAppValidator::validateTemplate(templateText, u"Shop"_s, 6, 5).isEmpty());
    QCOMPARE(
        OtpAppValidator::validateTemplate(templateText, u"Shop and more"_s, 6, 5).value(0).code,
        u"template.multiSegment"_s);
    // A Thai app name switches the whole message to UCS-2.
    QCOMPARE(OtpAppValidator::validateTemplate(u"Code {otp} for {app}"_s + repeated(u"x"_s, 60),
                                               u"ร้าน"_s, 6, 5)
                 .value(0)
                 .code,
             u"template.multiSegment"_s);
    // More digits make the message longer.
    const QString tight = repeated(u"a"_s, 156) + u"{otp}"_s;
    QVERIFY(OtpAppValidator::validateTemplate(tight, u"Shop"_s, 4, 5).isEmpty());
    QCOMPARE(OtpAppValidator::validateTemplate(tight, u"Shop"_s, 8, 5).value(0).code,
             u"template.multiSegment"_s);
}

void TestOtpAppValidator::toConfigNormalises()
{
    OtpAppDraft draft = validDraft();
    draft.id = QUuid::createUuid();
    draft.name = u"  ร้านค้า Shop  "_s;
    draft.contactEmail = u" qa@example.com "_s;
    draft.contactName = u"  QA team "_s;
    draft.digits = 4;
    draft.expiry = u"01:30"_s;
    draft.ipRanges = u"\n203.0.113.9/24\n 2001:db8::1 \n203.0.113.0/24\n"_s;
    draft.environment = Environment::Custom;
    draft.baseUrl = u" https://proxy.example.com/otp "_s;
    draft.appKey = u" 1234567890123456 "_s;

    const OtpAppConfig config = OtpAppValidator::toConfig(draft);
    QCOMPARE(config.id, draft.id);
    QCOMPARE(config.name, u"ร้านค้า Shop"_s);
    QCOMPARE(config.contactEmail, u"qa@example.com"_s);
    QCOMPARE(config.contactName, u"QA team"_s);
    QCOMPARE(config.digits, 4);
    QCOMPARE(config.expiryMinutes, 90);
    QCOMPARE(config.ipRanges, (QStringList{u"203.0.113.0/24"_s, u"2001:db8::1"_s}));
    QCOMPARE(config.environment, Environment::Custom);
    QCOMPARE(config.baseUrl, QUrl(u"https://proxy.example.com/otp"_s));
    QCOMPARE(config.appKey, u"1234567890123456"_s);

    // And back into a form: nothing is lost.
    const OtpAppDraft again = OtpAppDraft::fromConfig(config);
    QCOMPARE(OtpAppValidator::toConfig(again), config);
}

void TestOtpAppValidator::messagesAreSentences()
{
    OtpAppDraft draft;
    draft.digits = 2;
    draft.messageTemplate = u"{x"_s;
    draft.expiry = u"x"_s;
    draft.ipRanges = u"x"_s;
    for (const ValidationIssue &issue :
         OtpAppValidator::validate(draft, {}, ErrorLookup::namesCatalogEntry)) {
        QVERIFY2(issue.message.size() > 20, qPrintable(issue.code));
        QVERIFY2(issue.message.endsWith(u'.') || issue.message.endsWith(u')'),
                 qPrintable(issue.message));
    }
}

QTEST_GUILESS_MAIN(TestOtpAppValidator)
#include "tst_otpappvalidator.moc"

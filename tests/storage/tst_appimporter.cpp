#include "StorageTestSupport.h"
#include "storage/AppImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StorageTestSupport;
using SecretSource = AppImporter::SecretSource;

namespace {
// A valid app object as an export would write it.
QJsonObject validApp(const QString &name, const QString &environment = u"sandbox"_s)
{
    QJsonObject app{
        {u"name"_s, name},
        {u"contactEmail"_s, u"qa@example.com"_s},
        {u"contactName"_s, u"QA team"_s},
        {u"digits"_s, 6},
        {u"template"_s, u"Your {app} code is {otp} (Ref: {ref}). Valid for {minutes} minutes."_s},
        {u"expiry"_s, u"00:05"_s},
        {u"environment"_s, environment},
    };
    if (environment != u"sandbox")
        app.insert(u"key"_s, u"1234567890123456"_s);
    if (environment == u"custom")
        app.insert(u"baseUrl"_s, u"https://staging.example.com"_s);
    return app;
}

QByteArray file(const QJsonArray &apps)
{
    const QJsonObject root{
        {u"format"_s, u"otp-manager-apps"_s}, {u"version"_s, 1}, {u"apps"_s, apps}};
    return QJsonDocument(root).toJson();
}

bool hasErrorFor(const ValidationIssues &issues, ValidationField field)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.field == field && issue.isError())
            return true;
    }
    return false;
}

QStringList importedNames(const Result<AppImporter::Plan> &result)
{
    QStringList names;
    for (const AppImporter::ImportedApp &app : result.value.apps)
        names << app.config.name;
    return names;
}
} // namespace

class TestAppImporter : public QObject
{
    Q_OBJECT

private slots:
    // The file as a whole.
    void refusesWhatIsNotAnAppsFile_data();
    void refusesWhatIsNotAnAppsFile();
    void acceptsAnEmptyList();
    void ignoresUnknownFields();
    void reportsAnUnreadableFile();
    // One app at a time (structure checked by the importer itself).
    void reportsStructuralProblemsPerAppAndKeepsTheRest_data();
    void reportsStructuralProblemsPerAppAndKeepsTheRest();
    void describesRejectedAppsByPositionNameAndField();
    void keepsOrMakesIds();
    void decidesWhereEachSecretComesFrom();
    void uniqueName_data();
    void uniqueName();
    // Rules of OtpAppValidator (issue 2): these need the real validator.
    void rejectsFieldProblems_data();
    void rejectsFieldProblems();
    void renamesClashingNames();
    void readsTestNumbers();
    void describesABadTestNumberByAppAndRow();
};

void TestAppImporter::refusesWhatIsNotAnAppsFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{\"format\": \"otp-manager-apps\", oops") << u"JSON"_s;
    QTest::newRow("CSV") << QByteArray("name,digits\nShop,6\n") << u"JSON"_s;
    QTest::newRow("empty file") << QByteArray() << u"JSON"_s;
    QTest::newRow("JSON array") << QByteArray("[]") << u"otp-manager-apps"_s;
    QTest::newRow("no format") << QByteArray(R"({"version": 1, "apps": []})")
                               << u"otp-manager-apps"_s;
    QTest::newRow("other format") << QByteArray(
        R"({"format": "keepass", "version": 1, "apps": []})")
                                  << u"otp-manager-apps"_s;
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "otp-manager-apps", "version": 2, "apps": []})") << u"2"_s;
    QTest::newRow("version as text")
        << QByteArray(R"({"format": "otp-manager-apps", "version": "one", "apps": []})")
        << u"one"_s;
    QTest::newRow("no apps") << QByteArray(R"({"format": "otp-manager-apps", "version": 1})")
                             << u"apps"_s;
    QTest::newRow("apps not a list")
        << QByteArray(R"({"format": "otp-manager-apps", "version": 1, "apps": {}})") << u"apps"_s;
}

void TestAppImporter::refusesWhatIsNotAnAppsFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const Result<AppImporter::Plan> result = AppImporter::parse(bytes, {});
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    QVERIFY(result.value.apps.isEmpty());
    QVERIFY(result.value.rejected.isEmpty());
}

void TestAppImporter::acceptsAnEmptyList()
{
    const Result<AppImporter::Plan> result = AppImporter::parse(file({}), {});
    QVERIFY(result.ok());
    QVERIFY(result.value.apps.isEmpty());
    QVERIFY(result.value.rejected.isEmpty());
}

void TestAppImporter::ignoresUnknownFields()
{
    QJsonObject app = validApp(u"Shop"_s);
    app.insert(u"colour"_s, u"red"_s);
    app.insert(u"createdAt"_s, 1700000000);
    QJsonObject root{{u"format"_s, u"otp-manager-apps"_s},
                     {u"version"_s, 1},
                     {u"exportedBy"_s, u"OTP Manager 9.9"_s},
                     {u"apps"_s, QJsonArray{app}}};
    const Result<AppImporter::Plan> result = AppImporter::parse(QJsonDocument(root).toJson(), {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.value.apps.size(), 1);
    QVERIFY(result.value.rejected.isEmpty());
}

void TestAppImporter::reportsAnUnreadableFile()
{
    QTemporaryDir dir;
    const Result<AppImporter::Plan> result
        = AppImporter::readFile(dir.path() + u"/missing.json"_s, {});
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"missing.json"), qPrintable(result.error));
}

void TestAppImporter::reportsStructuralProblemsPerAppAndKeepsTheRest_data()
{
    QTest::addColumn<QJsonValue>("bad");
    QTest::addColumn<ValidationField>("field");
    QTest::addColumn<QString>("code");

    const auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject app = validApp(u"Broken"_s);
        if (value.isUndefined())
            app.remove(key);
        else
            app.insert(key, value);
        return QJsonValue(app);
    };
    QTest::newRow("not an object")
        << QJsonValue(u"Shop"_s) << ValidationField::Name << u"import.notAnObject"_s;
    QTest::newRow("environment missing")
        << with(u"environment"_s, QJsonValue::Undefined) << ValidationField::Environment
        << u"import.environmentMissing"_s;
    QTest::newRow("environment unknown")
        << with(u"environment"_s, u"production"_s) << ValidationField::Environment
        << u"import.environmentUnknown"_s;
    QTest::newRow("digits as words")
        << with(u"digits"_s, u"six"_s) << ValidationField::Digits << u"import.wrongType"_s;
    QTest::newRow("digits fractional")
        << with(u"digits"_s, 6.5) << ValidationField::Digits << u"import.wrongType"_s;
    QTest::newRow("name a number")
        << with(u"name"_s, 42) << ValidationField::Name << u"import.wrongType"_s;
    QTest::newRow("ipRanges numbers") << with(u"ipRanges"_s, QJsonArray{1, 2})
                                      << ValidationField::IpRanges << u"import.wrongType"_s;
    QTest::newRow("secret a number")
        << with(u"secret"_s, 123) << ValidationField::AppSecret << u"import.wrongType"_s;
}

void TestAppImporter::reportsStructuralProblemsPerAppAndKeepsTheRest()
{
    QFETCH(QJsonValue, bad);
    QFETCH(ValidationField, field);
    QFETCH(QString, code);
    const QJsonArray apps{validApp(u"First"_s), bad, validApp(u"Third"_s, u"live"_s)};
    const Result<AppImporter::Plan> result = AppImporter::parse(file(apps), {});
    QVERIFY(result.ok());
    QCOMPARE(result.value.rejected.size(), 1);
    const AppImporter::RejectedApp &rejected = result.value.rejected.constFirst();
    QCOMPARE(rejected.index, 1);
    QVERIFY(hasErrorFor(rejected.issues, field));
    bool found = false;
    for (const ValidationIssue &issue : rejected.issues) {
        found = found || issue.code == code;
        QVERIFY(!issue.message.isEmpty());
    }
    QVERIFY2(found, qPrintable(code));
    // The valid apps around it are kept, in file order.
    QCOMPARE(result.value.apps.size(), 2);
    QCOMPARE(result.value.apps.at(0).index, 0);
    QCOMPARE(result.value.apps.at(1).index, 2);
}

void TestAppImporter::describesRejectedAppsByPositionNameAndField()
{
    QJsonObject bad = validApp(u"ร้านค้า"_s);
    bad.insert(u"environment"_s, u"prod"_s);
    const Result<AppImporter::Plan> result
        = AppImporter::parse(file({validApp(u"First"_s), bad}), {});
    QCOMPARE(result.value.rejected.size(), 1);
    const QStringList lines = AppImporter::describe(result.value.rejected.constFirst());
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.constFirst().contains(u"2"), qPrintable(lines.constFirst())); // 1-based
    QVERIFY2(lines.constFirst().contains(u"ร้านค้า"), qPrintable(lines.constFirst()));
    QVERIFY2(lines.constFirst().contains(u"environment"), qPrintable(lines.constFirst()));
    QVERIFY2(lines.constFirst().contains(u"prod"), qPrintable(lines.constFirst()));
}

void TestAppImporter::keepsOrMakesIds()
{
    const QUuid existingId = QUuid::createUuid();
    const QUuid freshId = QUuid::createUuid();
    OtpAppConfig existing = sampleApp(u"Existing"_s);
    existing.id = existingId;

    QJsonObject withFreshId = validApp(u"A"_s);
    withFreshId.insert(u"id"_s, freshId.toString(QUuid::WithoutBraces));
    // Another key than the stored app's: a different app that happens to carry its id.
    QJsonObject withTakenId = validApp(u"B"_s);
    withTakenId.insert(u"id"_s, existingId.toString(QUuid::WithoutBraces));
    withTakenId.insert(u"key"_s, u"9999888877776666"_s);
    QJsonObject withoutId = validApp(u"C"_s);
    QJsonObject duplicateInFile = validApp(u"D"_s);
    duplicateInFile.insert(u"id"_s, freshId.toString(QUuid::WithoutBraces));
    QJsonObject garbageId = validApp(u"E"_s);
    garbageId.insert(u"id"_s, u"not-a-uuid"_s);

    const Result<AppImporter::Plan> result = AppImporter::parse(
        file({withFreshId, withTakenId, withoutId, duplicateInFile, garbageId}), {existing});
    QCOMPARE(result.value.apps.size(), 5);
    QCOMPARE(result.value.apps.at(0).config.id, freshId); // kept
    QSet<QUuid> ids{existingId};
    for (const AppImporter::ImportedApp &app : result.value.apps) {
        QVERIFY(!app.config.id.isNull());
        QVERIFY2(!ids.contains(app.config.id) || app.config.id == freshId, "ids must be unique");
        ids.insert(app.config.id);
    }
    QCOMPARE(ids.size(), 6);
}

void TestAppImporter::decidesWhereEachSecretComesFrom()
{
    QJsonObject sandboxWithSecret = validApp(u"With secret"_s);
    sandboxWithSecret.insert(u"key"_s, u"1111222233334444"_s);
    sandboxWithSecret.insert(u"secret"_s, u"0123456789abcdef0123456789abcdef"_s);
    QJsonObject sandboxWithout = validApp(u"Without"_s);
    sandboxWithout.insert(u"key"_s, u"1111222233335555"_s);
    QJsonObject sandboxSecretNoKey = validApp(u"No key"_s);
    sandboxSecretNoKey.insert(u"secret"_s, u"ffffffffffffffffffffffffffffffff"_s);
    QJsonObject liveWithSecret = validApp(u"Live"_s, u"live"_s);
    liveWithSecret.insert(u"secret"_s, u"real-live-secret-do-not-read"_s);
    QJsonObject custom = validApp(u"Custom"_s, u"custom"_s);

    const Result<AppImporter::Plan> result = AppImporter::parse(
        file({sandboxWithSecret, sandboxWithout, sandboxSecretNoKey, liveWithSecret, custom}), {});
    QVERIFY(result.ok());
    QCOMPARE(result.value.apps.size(), 5);

    const AppImporter::ImportedApp &fromFile = result.value.apps.at(0);
    QCOMPARE(fromFile.secretSource, SecretSource::FromFile);
    QCOMPARE(fromFile.secret, u"0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(fromFile.config.appKey, u"1111222233334444"_s);

    const AppImporter::ImportedApp &generate = result.value.apps.at(1);
    QCOMPARE(generate.secretSource, SecretSource::Generate);
    QVERIFY(generate.secret.isEmpty());
    QVERIFY(generate.config.appKey.isEmpty()); // the caller makes key and secret together

    const AppImporter::ImportedApp &noKey = result.value.apps.at(2);
    QCOMPARE(noKey.secretSource, SecretSource::Generate);
    QVERIFY(noKey.secret.isEmpty());
    QCOMPARE(noKey.warnings.size(), 1);

    const AppImporter::ImportedApp &live = result.value.apps.at(3);
    QCOMPARE(live.secretSource, SecretSource::AskUser);
    QVERIFY(live.secret.isEmpty()); // never taken from a file for a real service
    QCOMPARE(live.warnings.size(), 1);
    QCOMPARE(live.warnings.constFirst().code, u"import.secretIgnored"_s);
    QVERIFY(!live.warnings.constFirst().isError());

    QCOMPARE(result.value.apps.at(4).secretSource, SecretSource::AskUser);
    QVERIFY(result.value.apps.at(4).warnings.isEmpty());
}

void TestAppImporter::uniqueName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    const QString fifty = QString(50, u'x');
    QTest::newRow("free") << u"Shop"_s << QStringList{u"Cafe"_s} << u"Shop"_s;
    QTest::newRow("taken") << u"Shop"_s << QStringList{u"Shop"_s} << u"Shop (2)"_s;
    QTest::newRow("taken, other case") << u"shop"_s << QStringList{u"SHOP"_s} << u"shop (2)"_s;
    QTest::newRow("next free number")
        << u"Shop"_s << QStringList{u"Shop"_s, u"Shop (2)"_s, u"shop (3)"_s} << u"Shop (4)"_s;
    QTest::newRow("numbered name taken")
        << u"Shop (2)"_s << QStringList{u"Shop"_s, u"Shop (2)"_s} << u"Shop (3)"_s;
    QTest::newRow("Thai") << u"ร้านค้า"_s << QStringList{u"ร้านค้า"_s} << u"ร้านค้า (2)"_s;
    QTest::newRow("50 characters") << fifty << QStringList{fifty} << QString(46, u'x') + u" (2)"_s;
    const QString emoji = QString(48, u'x') + u"🚀🚀"_s; // 50 code points, 52 UTF-16 units
    QTest::newRow("cut counts code points")
        << emoji << QStringList{emoji} << QString(46, u'x') + u" (2)"_s;
}

void TestAppImporter::uniqueName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(AppImporter::uniqueName(name, taken), expected);
}

void TestAppImporter::rejectsFieldProblems_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<ValidationField>("field");

    QTest::newRow("name of 51 characters")
        << u"sandbox"_s << u"name"_s << QJsonValue(QString(51, u'n')) << ValidationField::Name;
    QTest::newRow("name blank") << u"sandbox"_s << u"name"_s << QJsonValue(u"   "_s)
                                << ValidationField::Name;
    QTest::newRow("email without @")
        << u"sandbox"_s << u"contactEmail"_s << QJsonValue(u"qa.example.com"_s)
        << ValidationField::ContactEmail;
    QTest::newRow("3 digits") << u"sandbox"_s << u"digits"_s << QJsonValue(3)
                              << ValidationField::Digits;
    QTest::newRow("9 digits") << u"sandbox"_s << u"digits"_s << QJsonValue(9)
                              << ValidationField::Digits;
    QTest::newRow("template without {otp}")
        << u"sandbox"_s << u"template"_s << QJsonValue(u"Your code (Ref: {ref})"_s)
        << ValidationField::MessageTemplate;
    QTest::newRow("expiry too short")
        << u"sandbox"_s << u"expiry"_s << QJsonValue(u"00:04"_s) << ValidationField::Expiry;
    QTest::newRow("expiry too long")
        << u"sandbox"_s << u"expiry"_s << QJsonValue(u"11:01"_s) << ValidationField::Expiry;
    QTest::newRow("expiry not HH:mm")
        << u"sandbox"_s << u"expiry"_s << QJsonValue(u"5 minutes"_s) << ValidationField::Expiry;
    QTest::newRow("bad IP range") << u"sandbox"_s << u"ipRanges"_s
                                  << QJsonValue(QJsonArray{u"300.1.2.3/24"_s})
                                  << ValidationField::IpRanges;
    QTest::newRow("live without key")
        << u"live"_s << u"key"_s << QJsonValue(u""_s) << ValidationField::AppKey;
    QTest::newRow("testNumbers not a list")
        << u"sandbox"_s << u"testNumbers"_s << QJsonValue(u"0800000001"_s)
        << ValidationField::TestNumbers;
    QTest::newRow("test number not an object")
        << u"sandbox"_s << u"testNumbers"_s << QJsonValue(QJsonArray{u"0800000001"_s})
        << ValidationField::TestNumbers;
    QTest::newRow("test number code of 4 digits")
        << u"sandbox"_s << u"testNumbers"_s
        << QJsonValue(
               QJsonArray{QJsonObject{{u"msisdn"_s, u"0800000001"_s}, {u"code"_s, u"1234"_s}}})
        << ValidationField::TestNumbers;
    QTest::newRow("test number failure unknown")
        << u"sandbox"_s << u"testNumbers"_s
        << QJsonValue(QJsonArray{
               QJsonObject{{u"msisdn"_s, u"0800000001"_s}, {u"fail"_s, u"ERROR_NOPE"_s}}})
        << ValidationField::TestNumbers;
    QTest::newRow("custom over plain http")
        << u"custom"_s << u"baseUrl"_s << QJsonValue(u"http://staging.example.com"_s)
        << ValidationField::BaseUrl;
}

void TestAppImporter::rejectsFieldProblems()
{
    QFETCH(QString, environment);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(ValidationField, field);
    QJsonObject bad = validApp(u"Bad"_s, environment);
    bad.insert(key, value);
    const Result<AppImporter::Plan> result
        = AppImporter::parse(file({validApp(u"Good"_s), bad}), {});
    QVERIFY(result.ok());
    QCOMPARE(result.value.apps.size(), 1);
    QCOMPARE(result.value.rejected.size(), 1);
    QCOMPARE(result.value.rejected.constFirst().index, 1);
    QVERIFY2(hasErrorFor(result.value.rejected.constFirst().issues, field),
             qPrintable(AppImporter::describe(result.value.rejected.constFirst()).join(u'\n')));
}

void TestAppImporter::renamesClashingNames()
{
    const QList<OtpAppConfig> existing{sampleApp(u"Shop"_s)};
    const Result<AppImporter::Plan> result
        = AppImporter::parse(file({validApp(u"Shop"_s), validApp(u"Shop"_s), validApp(u"shop"_s),
                                   validApp(u"ร้านค้า"_s), validApp(u"ร้านค้า"_s)}),
                             existing);
    QVERIFY(result.ok());
    QCOMPARE(
        importedNames(result),
        (QStringList{u"Shop (2)"_s, u"Shop (3)"_s, u"shop (4)"_s, u"ร้านค้า"_s, u"ร้านค้า (2)"_s}));
    QVERIFY(result.value.apps.at(0).renamed);
    QCOMPARE(result.value.apps.at(0).nameInFile, u"Shop"_s);
    QVERIFY(!result.value.apps.at(3).renamed);
}

// An optional list: read in every accepted form and normalised; a file without it (every file
// written before test numbers) imports apps without any.
void TestAppImporter::readsTestNumbers()
{
    QJsonObject app = validApp(u"Shop"_s);
    app.insert(u"testNumbers"_s,
               QJsonArray{QJsonObject{{u"msisdn"_s, u"0800000001"_s}, {u"code"_s, u"123456"_s}},
                          QJsonObject{{u"msisdn"_s, u"66800000002"_s}, {u"fail"_s, 116}},
                          QJsonObject{{u"msisdn"_s, u"+66800000003"_s},
                                      {u"fail"_s, u"ERROR_IP_NOT_ALLOWED"_s}},
                          QJsonObject{{u"msisdn"_s, u"080-000-0004"_s}, {u"fail"_s, u"drop"_s}}});
    const Result<AppImporter::Plan> result
        = AppImporter::parse(file({app, validApp(u"Old"_s)}), {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.value.rejected.isEmpty());
    QCOMPARE(result.value.apps.size(), 2);
    const QList<TestNumber> expected{TestNumber{u"+66800000001"_s, u"123456"_s, {}},
                                     TestNumber{u"+66800000002"_s, {}, u"116"_s},
                                     TestNumber{u"+66800000003"_s, {}, u"ERROR_IP_NOT_ALLOWED"_s},
                                     TestNumber{u"+66800000004"_s, {}, u"drop"_s}};
    QCOMPARE(result.value.apps.at(0).config.testNumbers, expected);
    QVERIFY(result.value.apps.at(1).config.testNumbers.isEmpty());
}

void TestAppImporter::describesABadTestNumberByAppAndRow()
{
    QJsonObject bad = validApp(u"Shop"_s);
    bad.insert(u"testNumbers"_s,
               QJsonArray{QJsonObject{{u"msisdn"_s, u"0800000001"_s}, {u"code"_s, u"123456"_s}},
                          QJsonObject{{u"msisdn"_s, u"0800000002"_s}, {u"fail"_s, u"nope"_s}}});
    const Result<AppImporter::Plan> result
        = AppImporter::parse(file({validApp(u"First"_s), bad}), {});
    QCOMPARE(result.value.rejected.size(), 1);
    const QStringList lines = AppImporter::describe(result.value.rejected.constFirst());
    QCOMPARE(lines.size(), 1);
    const QString &line = lines.constFirst();
    QVERIFY2(line.contains(u"App 2"_s) && line.contains(u"Shop"_s), qPrintable(line));
    QVERIFY2(line.contains(u"Test number 2"_s) && line.contains(u"nope"_s), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestAppImporter)
#include "tst_appimporter.moc"

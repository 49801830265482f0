#include "StorageTestSupport.h"
#include "storage/AppImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StorageTestSupport::sampleApp;

namespace {

// A valid app of the given environment, one field of which may be replaced below.
QJsonObject appObject(const QString &name, const QString &environment)
{
    QJsonObject app{{u"name"_s, name},
                    {u"contactEmail"_s, u"qa@example.com"_s},
                    {u"contactName"_s, u"QA team"_s},
                    {u"digits"_s, 6},
                    {u"template"_s, u"Your {app} code is {otp} (Ref: {ref})."_s},
                    {u"expiry"_s, u"00:05"_s},
                    {u"environment"_s, environment}};
    if (environment != u"sandbox")
        app.insert(u"key"_s, u"1234567890123456"_s);
    if (environment == u"custom")
        app.insert(u"baseUrl"_s, u"https://otp.example.com"_s);
    return app;
}

QByteArray fileBytes(const QJsonArray &apps)
{
    return QJsonDocument(QJsonObject{{u"format"_s, u"otp-manager-apps"_s},
                                     {u"version"_s, 1},
                                     {u"apps"_s, apps}})
        .toJson();
}

} // namespace

// What the importer says about files and apps it cannot take as they are (issue 15): a version
// that is not a number, text that is not text, and apps the store already has.
class TestAppImporterChecks : public QObject
{
    Q_OBJECT

private slots:
    void versionSaysWhatIsWrong_data();
    void versionSaysWhatIsWrong();
    void loneSurrogateIsRejectedInEveryField_data();
    void loneSurrogateIsRejectedInEveryField();
    void storedAppsAreRecognisedByKeyOrId();
};

void TestAppImporterChecks::versionSaysWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QString>("says");
    QTest::newRow("null") << QByteArray("null") << u"is null"_s;
    QTest::newRow("list") << QByteArray("[]") << u"is a list"_s;
    QTest::newRow("object") << QByteArray("{}") << u"is an object"_s;
    QTest::newRow("empty text") << QByteArray("\"\"") << u"is empty text"_s;
    QTest::newRow("number as text") << QByteArray("\"1\"") << u"is the text \"1\""_s;
    QTest::newRow("boolean") << QByteArray("true") << u"is true"_s;
    QTest::newRow("newer") << QByteArray("2") << u"uses version 2"_s;
}

void TestAppImporterChecks::versionSaysWhatIsWrong()
{
    QFETCH(QByteArray, version);
    QFETCH(QString, says);
    const QByteArray bytes
        = R"({"format": "otp-manager-apps", "version": )" + version + R"(, "apps": []})";
    const Result<AppImporter::Plan> result = AppImporter::parse(bytes, {});
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(says), qPrintable(result.error));
    if (!version.startsWith('2')) {
        // Not "uses version  of the apps format" (empty) or "version 1 … reads version 1 only".
        QVERIFY2(!result.error.contains(u"uses version"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"must be the number 1"_s), qPrintable(result.error));
    }
}

void TestAppImporterChecks::loneSurrogateIsRejectedInEveryField_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("inList");
    QTest::addColumn<ValidationField>("field");
    const auto row = [](const char *name, const QString &environment, const QString &key,
                        ValidationField field, bool inList = false) {
        QTest::newRow(name) << environment << key << inList << field;
    };
    row("name", u"sandbox"_s, u"name"_s, ValidationField::Name);
    row("contactEmail", u"sandbox"_s, u"contactEmail"_s, ValidationField::ContactEmail);
    row("contactName", u"sandbox"_s, u"contactName"_s, ValidationField::ContactName);
    row("template", u"sandbox"_s, u"template"_s, ValidationField::MessageTemplate);
    row("expiry", u"sandbox"_s, u"expiry"_s, ValidationField::Expiry);
    row("ipRanges list", u"live"_s, u"ipRanges"_s, ValidationField::IpRanges, true);
    row("ipRanges text", u"live"_s, u"ipRanges"_s, ValidationField::IpRanges);
    row("environment", u"sandbox"_s, u"environment"_s, ValidationField::Environment);
    row("key", u"live"_s, u"key"_s, ValidationField::AppKey);
    row("baseUrl", u"custom"_s, u"baseUrl"_s, ValidationField::BaseUrl);
    row("secret", u"sandbox"_s, u"secret"_s, ValidationField::AppSecret);
}

void TestAppImporterChecks::loneSurrogateIsRejectedInEveryField()
{
    QFETCH(QString, environment);
    QFETCH(QString, key);
    QFETCH(bool, inList);
    QFETCH(ValidationField, field);
    // A marker in the JSON text becomes the escape: QJsonDocument would not write a lone one.
    QJsonObject app = appObject(u"Shop"_s, environment);
    const QString marked = u"S@LONE@zq"_s;
    app.insert(key, inList ? QJsonValue(QJsonArray{marked}) : QJsonValue(marked));
    if (key == u"secret")
        app.insert(u"key"_s, u"1111222233334444"_s);
    const QByteArray bytes
        = fileBytes({appObject(u"Fine"_s, u"sandbox"_s), app}).replace("@LONE@", "\\ud800");

    const Result<AppImporter::Plan> result = AppImporter::parse(bytes, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.value.apps.size(), 1); // the other app is kept
    QCOMPARE(result.value.rejected.size(), 1);
    const AppImporter::RejectedApp &rejected = result.value.rejected.constFirst();
    QCOMPARE(rejected.index, 1);
    QVERIFY(rejected.name.isValidUtf16());
    bool found = false;
    for (const ValidationIssue &issue : rejected.issues)
        found = found || (issue.code == u"import.invalidText" && issue.field == field);
    QVERIFY2(found, qPrintable(AppImporter::describe(rejected).join(u'\n')));
    // The message names the app (position, name) and the field; never the secret itself.
    const QString described = AppImporter::describe(rejected).join(u'\n');
    QVERIFY2(described.contains(u"App 2"_s), qPrintable(described));
    QVERIFY2(described.contains(u"“%1”"_s.arg(key)), qPrintable(described));
    QVERIFY2(described.contains(u"invalid text"_s), qPrintable(described));
    if (key == u"secret")
        QVERIFY2(!described.contains(u"zq"_s), qPrintable(described));
}

void TestAppImporterChecks::storedAppsAreRecognisedByKeyOrId()
{
    OtpAppConfig live = sampleApp(u"Live Shop"_s, Environment::Live);
    live.appKey = u"5555666677778888"_s;
    OtpAppConfig sandbox = sampleApp(u"Sandbox Shop"_s);
    sandbox.appKey = u"1111222233334444"_s;
    OtpAppConfig generated = sampleApp(u"Generated"_s);
    generated.appKey = u"9999000011112222"_s;

    QJsonObject sameKey = appObject(u"Renamed Live"_s, u"live"_s); // renamed since: same app
    sameKey.insert(u"key"_s, live.appKey);
    QJsonObject sameSandboxKey = appObject(u"Sandbox Shop"_s, u"sandbox"_s);
    sameSandboxKey.insert(u"key"_s, sandbox.appKey);
    sameSandboxKey.insert(u"secret"_s, u"0123456789abcdef0123456789abcdef"_s);
    QJsonObject sameIdNoKey = appObject(u"Generated"_s, u"sandbox"_s);
    sameIdNoKey.insert(u"id"_s, generated.id.toString(QUuid::WithoutBraces));
    QJsonObject otherEnvironment = appObject(u"Custom"_s, u"custom"_s); // same key, not live
    otherEnvironment.insert(u"key"_s, live.appKey);
    QJsonObject newApp = appObject(u"New"_s, u"live"_s);

    const Result<AppImporter::Plan> result = AppImporter::parse(
        fileBytes({sameKey, sameSandboxKey, sameIdNoKey, otherEnvironment, newApp}),
        {live, sandbox, generated});
    QVERIFY(result.ok());
    QCOMPARE(result.value.alreadyStored.size(), 3);
    QCOMPARE(result.value.alreadyStored.at(0).stored.id, live.id);
    QCOMPARE(result.value.alreadyStored.at(0).nameInFile, u"Renamed Live"_s);
    QCOMPARE(result.value.alreadyStored.at(1).stored.id, sandbox.id);
    QCOMPARE(result.value.alreadyStored.at(2).stored.id, generated.id);
    QCOMPARE(result.value.alreadyStored.at(2).index, 2);
    QCOMPARE(result.value.apps.size(), 2);
    QCOMPARE(result.value.apps.at(0).config.name, u"Custom"_s);
    QCOMPARE(result.value.apps.at(1).config.name, u"New"_s);
}

QTEST_GUILESS_MAIN(TestAppImporterChecks)
#include "tst_appimporterchecks.moc"

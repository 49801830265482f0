#include "StorageTestSupport.h"
#include "storage/AppExporter.h"
#include "storage/AppImporter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StorageTestSupport;

namespace {
QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}
} // namespace

class TestAppExporter : public QObject
{
    Q_OBJECT

private slots:
    void documentHasFormatVersionAndApps();
    void writesEveryDocumentedField();
    void omitsEmptyOptionalFields();
    void writesTestNumbers();
    void writesExpiryAsHoursAndMinutes_data();
    void writesExpiryAsHoursAndMinutes();
    void neverWritesASecret();
    void writeFileReplacesTheWholeFile();
    void writeFileReportsAnUnwritablePlace();
    void roundTripsThroughTheImporter();
};

void TestAppExporter::documentHasFormatVersionAndApps()
{
    const QByteArray bytes = AppExporter::toDocument({sampleApp(u"Shop"_s), sampleApp(u"ร้าน"_s)});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"format"_s).toString(), u"otp-manager-apps"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    QCOMPARE(root.value(u"apps"_s).toArray().size(), 2);
    QCOMPARE(root.value(u"apps"_s).toArray().at(1).toObject().value(u"name"_s).toString(),
             u"ร้าน"_s);
    // Readable for people: UTF-8 text, not \u escapes.
    QVERIFY(bytes.contains(u"ร้าน"_s.toUtf8()));
}

void TestAppExporter::writesEveryDocumentedField()
{
    OtpAppConfig app = sampleApp(u"Staging"_s, Environment::Custom);
    const QJsonObject json = AppExporter::toJson(app);
    const QStringList expected{u"baseUrl"_s,     u"contactEmail"_s, u"contactName"_s, u"digits"_s,
                               u"environment"_s, u"expiry"_s,       u"id"_s,          u"ipRanges"_s,
                               u"key"_s,         u"name"_s,         u"template"_s};
    QCOMPARE(sortedKeys(json), expected);
    QCOMPARE(json.value(u"id"_s).toString(), app.id.toString(QUuid::WithoutBraces));
    QCOMPARE(json.value(u"name"_s).toString(), app.name);
    QCOMPARE(json.value(u"contactEmail"_s).toString(), app.contactEmail);
    QCOMPARE(json.value(u"contactName"_s).toString(), app.contactName);
    QCOMPARE(json.value(u"digits"_s).toInt(), app.digits);
    QCOMPARE(json.value(u"template"_s).toString(), app.messageTemplate);
    QCOMPARE(json.value(u"environment"_s).toString(), u"custom"_s);
    QCOMPARE(json.value(u"key"_s).toString(), app.appKey);
    QCOMPARE(json.value(u"baseUrl"_s).toString(), app.baseUrl.toString());
    QCOMPARE(json.value(u"ipRanges"_s).toArray(), QJsonArray::fromStringList(app.ipRanges));
}

void TestAppExporter::omitsEmptyOptionalFields()
{
    OtpAppConfig app = sampleApp(u"Shop"_s, Environment::Live);
    app.contactName.clear();
    app.contactEmail.clear();
    app.ipRanges.clear();
    app.appKey.clear();
    app.baseUrl = QUrl(u"https://ignored.example.com"_s); // only Custom apps have one
    const QStringList expected{u"digits"_s, u"environment"_s, u"expiry"_s,
                               u"id"_s,     u"name"_s,        u"template"_s};
    QCOMPARE(sortedKeys(AppExporter::toJson(app)), expected);
}

void TestAppExporter::writesTestNumbers()
{
    OtpAppConfig app = sampleApp(u"Shop"_s, Environment::Sandbox);
    app.testNumbers = {TestNumber{u"+66800000001"_s, u"123456"_s, {}},
                       TestNumber{u"+66800000002"_s, {}, u"drop"_s}};
    const QJsonArray expected{
        QJsonObject{{u"msisdn"_s, u"+66800000001"_s}, {u"code"_s, u"123456"_s}},
        QJsonObject{{u"msisdn"_s, u"+66800000002"_s}, {u"fail"_s, u"drop"_s}}};
    QCOMPARE(AppExporter::toJson(app).value(u"testNumbers"_s).toArray(), expected);
    app.testNumbers.clear();
    QVERIFY(!AppExporter::toJson(app).contains(u"testNumbers"_s)); // optional: left out
}

void TestAppExporter::writesExpiryAsHoursAndMinutes_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("5 minutes") << 5 << u"00:05"_s;
    QTest::newRow("90 minutes") << 90 << u"01:30"_s;
    QTest::newRow("11 hours") << 660 << u"11:00"_s;
}

void TestAppExporter::writesExpiryAsHoursAndMinutes()
{
    QFETCH(int, minutes);
    QFETCH(QString, expected);
    OtpAppConfig app = sampleApp(u"Shop"_s);
    app.expiryMinutes = minutes;
    QCOMPARE(AppExporter::toJson(app).value(u"expiry"_s).toString(), expected);
}

void TestAppExporter::neverWritesASecret()
{
    const QByteArray bytes = AppExporter::toDocument({sampleApp(u"A"_s, Environment::Sandbox),
                                                      sampleApp(u"B"_s, Environment::Live),
                                                      sampleApp(u"C"_s, Environment::Custom)});
    QVERIFY(!bytes.contains("secret"));
    QVERIFY(!bytes.contains("Secret"));
}

void TestAppExporter::writeFileReplacesTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"apps ส่งออก.json"_s);
    QList<OtpAppConfig> many;
    for (int i = 0; i < 20; ++i)
        many << sampleApp(u"App %1"_s.arg(i));
    QVERIFY(AppExporter::writeFile(path, many).ok());
    const QList<OtpAppConfig> one{sampleApp(u"Only"_s)};
    const Result<void> written = AppExporter::writeFile(path, one);
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(readAll(path), AppExporter::toDocument(one));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"apps ส่งออก.json"_s}); // no temporary file left behind
}

void TestAppExporter::writeFileReportsAnUnwritablePlace()
{
    QTemporaryDir dir;
    const QString path = dir.path() + u"/no/such/folder/apps.json"_s;
    const Result<void> written = AppExporter::writeFile(path, {sampleApp(u"Shop"_s)});
    QVERIFY(!written.ok());
    QVERIFY2(written.error.contains(QDir::toNativeSeparators(path)), qPrintable(written.error));
}

// Needs the real OtpAppValidator::toConfig() and ExpiryPeriod (issue 2).
void TestAppExporter::roundTripsThroughTheImporter()
{
    OtpAppConfig sandbox = sampleApp(u"ร้านกาแฟ"_s, Environment::Sandbox);
    sandbox.appKey = u"5555666677778888"_s;
    sandbox.testNumbers = {TestNumber{u"+66800000001"_s, u"123456"_s, {}},
                           TestNumber{u"+66800000002"_s, {}, u"ERROR_IP_NOT_ALLOWED"_s},
                           TestNumber{u"+66800000003"_s, {}, u"116"_s},
                           TestNumber{u"+66800000004"_s, {}, u"drop"_s}};
    OtpAppConfig live = sampleApp(u"Shop"_s, Environment::Live);
    live.expiryMinutes = 90;
    live.digits = 4;
    OtpAppConfig custom = sampleApp(u"Staging"_s, Environment::Custom);
    const QList<OtpAppConfig> originals{sandbox, live, custom};

    const Result<AppImporter::Plan> result
        = AppImporter::parse(AppExporter::toDocument(originals), {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.value.rejected.isEmpty());
    QCOMPARE(result.value.apps.size(), 3);
    for (int i = 0; i < 3; ++i) {
        OtpAppConfig expected = originals.at(i);
        OtpAppConfig imported = result.value.apps.at(i).config;
        QCOMPARE(result.value.apps.at(i).index, i);
        QVERIFY(!result.value.apps.at(i).renamed);
        // Timestamps are not part of the format; the repository sets them on insert.
        expected.createdAt = expected.updatedAt = QDateTime();
        imported.createdAt = imported.updatedAt = QDateTime();
        if (expected.environment == Environment::Sandbox) {
            QCOMPARE(result.value.apps.at(i).secretSource, AppImporter::SecretSource::Generate);
            expected.appKey.clear(); // a key without its secret is useless: new credentials
        } else {
            QCOMPARE(result.value.apps.at(i).secretSource, AppImporter::SecretSource::AskUser);
        }
        QCOMPARE(imported.id, expected.id);
        QCOMPARE(imported.name, expected.name);
        QCOMPARE(imported.expiryMinutes, expected.expiryMinutes);
        QCOMPARE(imported.ipRanges, expected.ipRanges);
        QCOMPARE(imported.baseUrl, expected.baseUrl);
        QCOMPARE(imported, expected);
    }
}

QTEST_GUILESS_MAIN(TestAppExporter)
#include "tst_appexporter.moc"

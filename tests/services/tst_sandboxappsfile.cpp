#include "secrets/CredentialGenerator.h"
#include "services/SandboxAppsFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;

QJsonObject app(const QString &name, const QString &environment = u"sandbox"_s)
{
    QJsonObject object{{u"name"_s, name},
                       {u"contactEmail"_s, u"qa@example.com"_s},
                       {u"contactName"_s, u"QA"_s},
                       {u"digits"_s, 4},
                       {u"template"_s, u"Code {otp} for {app} (Ref {ref})"_s},
                       {u"expiry"_s, u"00:05"_s},
                       {u"environment"_s, environment}};
    if (environment != u"sandbox")
        object.insert(u"key"_s, u"9999999999999999"_s);
    if (environment == u"custom")
        object.insert(u"baseUrl"_s, u"https://staging.example.com"_s);
    return object;
}

QJsonObject withCredentials(QJsonObject object, const QString &key, const QString &secret)
{
    if (!key.isEmpty())
        object.insert(u"key"_s, key);
    if (!secret.isEmpty())
        object.insert(u"secret"_s, secret);
    return object;
}

} // namespace

// `otpctl sandbox --apps FILE`: which apps of an export file the sandbox serves, with which
// credentials, and what the user is told about the others.
class TestSandboxAppsFile : public QObject
{
    Q_OBJECT

private slots:
    void servesSandboxAppsWithTheirCredentials();
    void generatesMissingCredentials_data();
    void generatesMissingCredentials();
    void leavesOutOtherAppsWithANote();
    void failsWithoutAUsableSandboxApp_data();
    void failsWithoutAUsableSandboxApp();

private:
    QString write(const QJsonArray &apps);
    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestSandboxAppsFile::write(const QJsonArray &apps)
{
    const QString path = m_dir.filePath(u"apps-%1.json"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(
        QJsonDocument(
            QJsonObject{{u"format"_s, u"otp-manager-apps"_s}, {u"version"_s, 1}, {u"apps"_s, apps}})
            .toJson());
    return path;
}

void TestSandboxAppsFile::servesSandboxAppsWithTheirCredentials()
{
    const QString otherKey = u"2234567890123456"_s;
    const QString otherSecret = u"fedcba9876543210fedcba9876543210"_s;
    const Result<SandboxAppsFile::Contents> read
        = SandboxAppsFile::read(write({withCredentials(app(u"CI Shop"_s), Key, Secret),
                                       withCredentials(app(u"Cafe"_s), otherKey, otherSecret)}));
    QVERIFY2(read, qPrintable(read.error));
    QCOMPARE(read.value.apps.size(), 2);
    // In the file's order, as the file gives them.
    QCOMPARE(read.value.apps.at(0).app.config.name, u"CI Shop"_s);
    QCOMPARE(read.value.apps.at(0).app.config.appKey, Key);
    QCOMPARE(read.value.apps.at(0).app.secret, Secret);
    QCOMPARE(read.value.apps.at(0).app.config.digits, 4);
    QCOMPARE(read.value.apps.at(1).app.config.name, u"Cafe"_s);
    QCOMPARE(read.value.apps.at(1).app.secret, otherSecret);
    for (const SandboxAppsFile::ServedApp &served : read.value.apps)
        QVERIFY(!served.credentialsGenerated);
    QVERIFY(read.value.notes.isEmpty());
    const QList<SandboxApp> sandboxApps = read.value.sandboxApps();
    QCOMPARE(sandboxApps.size(), 2);
    QCOMPARE(sandboxApps.at(0), read.value.apps.at(0).app);
    QCOMPARE(sandboxApps.at(1), read.value.apps.at(1).app);
}

void TestSandboxAppsFile::generatesMissingCredentials_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::newRow("neither") << QString() << QString();
    QTest::newRow("key without secret") << Key << QString();
}

void TestSandboxAppsFile::generatesMissingCredentials()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    const Result<SandboxAppsFile::Contents> read
        = SandboxAppsFile::read(write({withCredentials(app(u"CI Shop"_s), key, secret)}));
    QVERIFY2(read, qPrintable(read.error));
    QCOMPARE(read.value.apps.size(), 1);
    const SandboxAppsFile::ServedApp &served = read.value.apps.first();
    QVERIFY(served.credentialsGenerated); // the caller shows them once
    const QString appKey = served.app.config.appKey;
    QCOMPARE(appKey.size(), CredentialGenerator::AppKeyLength);
    QVERIFY2(QRegularExpression(u"^[1-9][0-9]{15}$"_s).match(appKey).hasMatch(),
             qPrintable(appKey));
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(served.app.secret).hasMatch(),
             qPrintable(served.app.secret));
    QVERIFY(read.value.notes.isEmpty());
}

void TestSandboxAppsFile::leavesOutOtherAppsWithANote()
{
    QJsonObject invalid = app(u"Broken"_s);
    invalid.insert(u"digits"_s, 99);
    const Result<SandboxAppsFile::Contents> read = SandboxAppsFile::read(
        write({app(u"Live Shop"_s, u"live"_s), withCredentials(app(u"CI Shop"_s), Key, Secret),
               app(u"Staging"_s, u"custom"_s), invalid}));
    QVERIFY2(read, qPrintable(read.error));
    QCOMPARE(read.value.apps.size(), 1);
    QCOMPARE(read.value.apps.first().app.config.name, u"CI Shop"_s);
    // One line per app left out: the importer's rejection, then the apps of other environments.
    const QStringList &notes = read.value.notes;
    QCOMPARE(notes.size(), 3);
    QVERIFY2(notes.at(0).contains(u"Broken"_s) && notes.at(0).contains(u"digits"_s),
             qPrintable(notes.at(0)));
    QCOMPARE(notes.at(1), u"“Live Shop” is not a sandbox app; the sandbox does not serve it."_s);
    QCOMPARE(notes.at(2), u"“Staging” is not a sandbox app; the sandbox does not serve it."_s);
}

void TestSandboxAppsFile::failsWithoutAUsableSandboxApp_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("errorParts");
    const auto file = [](const QJsonArray &apps) {
        return QJsonDocument(QJsonObject{{u"format"_s, u"otp-manager-apps"_s},
                                         {u"version"_s, 1},
                                         {u"apps"_s, apps}})
            .toJson();
    };
    // The error names every app left out, then that nothing is left to serve.
    QTest::newRow("a live app only")
        << file({app(u"Live Shop"_s, u"live"_s)})
        << QStringList{u"“Live Shop” is not a sandbox app; the sandbox does not serve it.\n"_s,
                       u"holds no usable sandbox app."_s};
    QTest::newRow("no apps") << file({}) << QStringList{u"holds no usable sandbox app."_s};
    QTest::newRow("not JSON") << QByteArray("hello") << QStringList{u"not valid JSON"_s};
}

void TestSandboxAppsFile::failsWithoutAUsableSandboxApp()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, errorParts);
    const QString path = m_dir.filePath(u"bad-%1.json"_s.arg(++m_files));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Result<SandboxAppsFile::Contents> read = SandboxAppsFile::read(path);
    QVERIFY(!read);
    QVERIFY(read.value.apps.isEmpty());
    for (const QString &part : errorParts)
        QVERIFY2(read.error.contains(part), qPrintable(read.error));
}

QTEST_GUILESS_MAIN(TestSandboxAppsFile)
#include "tst_sandboxappsfile.moc"

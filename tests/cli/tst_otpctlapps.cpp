#include "OtpctlTestSupport.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace OtpctlTest;

namespace {

const QString LiveKey = u"1234567890123456"_s;
const QString LiveSecret = u"fedcba9876543210fedcba9876543210"_s;

QString field(const QString &text, const QString &label)
{
    const QRegularExpression pattern(QRegularExpression::escape(label) + u"\\s*(\\S+)"_s);
    return pattern.match(text).captured(1);
}

} // namespace

// otpctl apps with the real Secret Service: registered to run inside scripts/with-keyring.sh
// (a private session bus and an unlocked throwaway keyring), never against the user's own.
// Sandbox apps of the store served by `otpctl sandbox` and called with `otpctl request --app`.
class TestOtpctlApps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addListCallRemove();
    void liveSecretComesFromStandardInput();
    void importSettlesEverySecret();
    void importReportsWhatTheKeychainRefused();

private:
    QProcessEnvironment env() const { return environment(m_data, true); }
    QTemporaryDir m_dir;
    QString m_data;
};

void TestOtpctlApps::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No session bus: run this test through scripts/with-keyring.sh (ctest does).");
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(u"data"_s);
}

void TestOtpctlApps::addListCallRemove()
{
    const Run added = otpctl({u"apps"_s, u"add"_s, u"--name"_s, u"Shop"_s, u"--email"_s,
                              u"qa@example.com"_s, u"--contact"_s, u"QA"_s, u"--digits"_s, u"4"_s},
                             env());
    QVERIFY2(added.exitCode == 0, qPrintable(added.all()));
    QVERIFY(added.out.startsWith(u"Created “Shop” (sandbox)."_s));
    const QString key = field(added.out, u"App Key:"_s);
    const QString secret = field(added.out, u"App Secret:"_s);
    QCOMPARE(key.size(), 16);
    QCOMPARE(secret.size(), 32);
    QVERIFY(added.out.contains(u"shown only this once"_s));

    const Run listed = otpctl({u"apps"_s, u"list"_s}, env());
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(key));
    QVERIFY(!listed.out.contains(secret)); // shown once, never again

    // The store's sandbox apps served with their keychain secrets, called by name.
    SandboxProcess sandbox({u"--port"_s, u"0"_s}, env());
    const QString url = sandbox.url();
    QVERIFY2(!url.isEmpty(), sandbox.process().readAllStandardError().constData());
    const Run requested = otpctl({u"request"_s, u"--app"_s, u"shop"_s, u"--msisdn"_s,
                                  u"0812345678"_s, u"--sandbox-url"_s, url, u"--json"_s},
                                 env());
    QVERIFY2(requested.exitCode == 0, qPrintable(requested.all()));
    QCOMPARE(requested.json().value(u"app"_s).toString(), u"Shop"_s);
    const QJsonObject sms = sandbox.next(u"sms"_s);
    QCOMPARE(sms.value(u"code"_s).toString().size(), 4);
    const Run verified = otpctl({u"verify"_s, u"--app"_s, u"Shop"_s, u"--token"_s,
                                 requested.json().value(u"token"_s).toString(), u"--pin"_s,
                                 sms.value(u"code"_s).toString(), u"--sandbox-url"_s, url,
                                 u"--msisdn"_s, u"0812345678"_s},
                                env());
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.all()));
    QVERIFY(verified.out.contains(u"Code is correct."_s));

    // A Custom app pointed at the same sandbox with the Shop's credentials, secret on stdin.
    const Run custom = otpctl({u"apps"_s, u"add"_s, u"--name"_s, u"Staging"_s, u"--environment"_s,
                               u"custom"_s, u"--base-url"_s, url, u"--key"_s, key, u"--email"_s,
                               u"qa@example.com"_s, u"--contact"_s, u"QA"_s},
                              env(), secret.toUtf8() + "\n");
    QVERIFY2(custom.exitCode == 0, qPrintable(custom.all()));
    QVERIFY(!custom.all().contains(secret));
    const Run viaCustom
        = otpctl({u"request"_s, u"--app"_s, u"Staging"_s, u"--msisdn"_s, u"0812345678"_s}, env());
    QVERIFY2(viaCustom.exitCode == 0, qPrintable(viaCustom.all()));

    // The history has the three calls, and no byte of the data folder has the secret.
    {
        Database database(m_data);
        QVERIFY(database.open().isUsable());
        ExchangeRepository history(database);
        const QList<StoredExchange> rows = history.list();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).appName, u"Staging"_s);
        QCOMPARE(rows.at(1).call, OtpOperation::Verify);
        QCOMPARE(rows.at(1).outcome, u"success"_s);
        QCOMPARE(rows.at(1).msisdn, u"0812345678"_s);
        QCOMPARE(rows.at(2).outcome, u"success"_s);
    }
    QDirIterator files(m_data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }

    const Run removed = otpctl({u"apps"_s, u"remove"_s, u"Shop"_s}, env());
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.all()));
    QVERIFY(removed.out.contains(u"Removed “Shop” and its App Secret."_s));
    QVERIFY(!otpctl({u"apps"_s, u"list"_s}, env()).out.contains(u"Shop"_s));
    QCOMPARE(otpctl({u"apps"_s, u"remove"_s, u"Shop"_s}, env()).exitCode, 1);
    QCOMPARE(otpctl({u"request"_s, u"--app"_s, u"Shop"_s, u"--msisdn"_s, u"0812345678"_s}, env())
                 .exitCode,
             1);
    QCOMPARE(otpctl({u"apps"_s, u"remove"_s, u"Staging"_s}, env()).exitCode, 0);
}

void TestOtpctlApps::liveSecretComesFromStandardInput()
{
    const Run added = otpctl({u"apps"_s, u"add"_s, u"--name"_s, u"Live Shop"_s, u"--environment"_s,
                              u"live"_s, u"--key"_s, LiveKey, u"--email"_s, u"qa@example.com"_s,
                              u"--contact"_s, u"QA"_s, u"--json"_s},
                             env(), LiveSecret.toUtf8() + "\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.all()));
    QCOMPARE(added.json().value(u"environment"_s).toString(), u"live"_s);
    QVERIFY(!added.json().contains(u"secret"_s)); // a real secret is never printed
    QVERIFY(!added.all().contains(LiveSecret));

    // The secret went to the keychain: a Live call reads it and sends it. Pointed at a local
    // server with --live-url so nothing leaves the machine; it answers Application not found.
    QTemporaryDir dir;
    const QString apps = dir.filePath(u"apps.json"_s);
    QVERIFY(writeAppsFile(apps, {appObject(u"Real"_s, u"sandbox"_s, LiveKey, LiveSecret)}));
    SandboxProcess sandbox({u"--port"_s, u"0"_s, u"--apps"_s, apps}, env());
    const QString localUrl = sandbox.url();
    const Run called = otpctl({u"request"_s, u"--app"_s, u"Live Shop"_s, u"--msisdn"_s,
                               u"0812345678"_s, u"--live-url"_s, localUrl},
                              env());
    QVERIFY2(called.exitCode == 0, qPrintable(called.all())); // the secret matched
    QVERIFY(!called.all().contains(LiveSecret));
    QCOMPARE(otpctl({u"apps"_s, u"remove"_s, u"Live Shop"_s}, env()).exitCode, 0);
}

void TestOtpctlApps::importSettlesEverySecret()
{
    const QString file = m_dir.filePath(u"import.json"_s);
    QVERIFY(writeAppsFile(file,
                          {appObject(u"From File"_s, u"sandbox"_s, u"1111222233334444"_s,
                                     u"00112233445566778899aabbccddeeff"_s),
                           appObject(u"Generated"_s, u"sandbox"_s),
                           appObject(u"Live A"_s, u"live"_s, LiveKey),
                           appObject(u"Live B"_s, u"live"_s, LiveKey)}));
    // One line per Live app, in order; the second one is empty: imported without a secret.
    const Run imported
        = otpctl({u"apps"_s, u"import"_s, file}, env(), LiveSecret.toUtf8() + "\n\n");
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.all()));
    QVERIFY(imported.out.contains(u"Imported “From File” (sandbox)."_s));
    QVERIFY(imported.out.contains(u"Imported “Generated” (sandbox)."_s));
    const QString generatedSecret = field(imported.out, u"New App Secret:"_s);
    QCOMPARE(generatedSecret.size(), 32);
    QVERIFY(imported.err.contains(u"“Live B” has no App Secret yet"_s));
    QVERIFY(imported.out.contains(u"Imported 4 of 4 app(s)."_s));
    QVERIFY(!imported.all().contains(LiveSecret));
    QVERIFY(!imported.all().contains(u"00112233445566778899aabbccddeeff"_s));

    // The sandbox serves both sandbox apps with the secrets now in the keychain.
    SandboxProcess sandbox({u"--port"_s, u"0"_s}, env());
    const QString url = sandbox.url();
    for (const QString &name : {u"From File"_s, u"Generated"_s}) {
        const Run run = otpctl({u"request"_s, u"--app"_s, name, u"--msisdn"_s, u"0812345678"_s,
                                u"--sandbox-url"_s, url, u"--no-history"_s},
                               env());
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    }
    // Live B has no secret: a clear keychain message, exit 3, nothing sent.
    const Run noSecret = otpctl({u"request"_s, u"--app"_s, u"Live B"_s, u"--msisdn"_s,
                                 u"0812345678"_s, u"--live-url"_s, url},
                                env());
    QCOMPARE(noSecret.exitCode, 3);
    QVERIFY2(noSecret.err.contains(u"Cannot read the App Secret of “Live B”"_s),
             qPrintable(noSecret.err));

    // Exports never carry a secret.
    const Run exported = otpctl({u"apps"_s, u"export"_s}, env());
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(!exported.out.contains(u"secret"_s));
    QVERIFY(!exported.out.contains(generatedSecret));
}

void TestOtpctlApps::importReportsWhatTheKeychainRefused()
{
    // No session bus: no keychain. The Sandbox app's secret cannot be stored, so that app is
    // not imported (exit 3); the Live app without a secret needs no keychain and is.
    const QString data = m_dir.filePath(u"no-keychain"_s);
    const QProcessEnvironment noKeychain = environment(data, false);
    const QString file = m_dir.filePath(u"keychain.json"_s);
    QVERIFY(writeAppsFile(
        file,
        {appObject(u"Keyless"_s, u"sandbox"_s), appObject(u"Live Later"_s, u"live"_s, LiveKey)}));
    const Run imported = otpctl({u"apps"_s, u"import"_s, file, u"--json"_s}, noKeychain, "\n");
    QCOMPARE(imported.exitCode, 3);
    QVERIFY2(imported.err.contains(u"“Keyless” was not imported: "_s), qPrintable(imported.err));
    const QJsonObject report = imported.json();
    QCOMPARE(report.value(u"imported"_s).toArray().size(), 1);
    QCOMPARE(report.value(u"imported"_s).toArray().at(0).toObject().value(u"name"_s).toString(),
             u"Live Later"_s);
    const QJsonArray notImported = report.value(u"notImported"_s).toArray();
    QCOMPARE(notImported.size(), 1);
    QCOMPARE(notImported.at(0).toObject().value(u"name"_s).toString(), u"Keyless"_s);
    QCOMPARE(notImported.at(0).toObject().value(u"index"_s).toInt(), 0);
    QVERIFY(!notImported.at(0).toObject().value(u"error"_s).toString().isEmpty());

    const Run listed = otpctl({u"apps"_s, u"list"_s}, noKeychain);
    QVERIFY(listed.out.contains(u"Live Later"_s));
    QVERIFY(!listed.out.contains(u"Keyless"_s));
}

QTEST_GUILESS_MAIN(TestOtpctlApps)
#include "tst_otpctlapps.moc"

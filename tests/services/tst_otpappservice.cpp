#include "ScriptedSecretStore.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/AppRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

OtpAppConfig liveApp(const QString &name)
{
    OtpAppConfig app;
    app.name = name;
    app.contactEmail = u"qa@example.com"_s;
    app.contactName = u"QA"_s;
    app.messageTemplate = u"Code {otp}"_s;
    app.environment = Environment::Live;
    app.appKey = u"1234567890123456"_s;
    return app;
}

} // namespace

// OtpAppService::insertAll, the store side of an import: the secrets first, then one
// transaction, and nothing left behind when either fails.
class TestOtpAppService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertAllStoresSecretsThenApps();
    void failedTransactionRemovesTheSecrets();
    void takenIdIsReplacedBeforeTheSecretIsWritten();

private:
    OtpAppService::InsertResults insertAll(const QList<OtpAppService::NewApp> &apps);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ScriptedSecretStore> m_secrets;
    std::unique_ptr<OtpAppService> m_apps;
};

void TestOtpAppService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = Workspace::open(m_dir->path(), false).workspace;
    QVERIFY(m_workspace);
    m_secrets = std::make_unique<ScriptedSecretStore>();
    m_apps = std::make_unique<OtpAppService>(m_workspace->apps(), m_secrets.get());
}

void TestOtpAppService::cleanup()
{
    m_apps.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_dir.reset();
}

OtpAppService::InsertResults TestOtpAppService::insertAll(const QList<OtpAppService::NewApp> &apps)
{
    QFuture<OtpAppService::InsertOutcome> future = m_apps->insertAll(apps);
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 5000)
        || future.resultCount() != 1)
        qFatal("insertAll did not finish");
    return future.result().results;
}

void TestOtpAppService::insertAllStoresSecretsThenApps()
{
    QSignalSpy changed(m_apps.get(), &OtpAppService::appsChanged);
    const OtpAppService::InsertResults results
        = insertAll({{liveApp(u"A"_s), u"secret-a"_s}, {liveApp(u"B"_s), QString()}});
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).ok());
    QVERIFY(results.at(1).ok());
    QVERIFY(!results.at(0).value.id.isNull());
    QCOMPARE(m_secrets->secrets.value(results.at(0).value.id), u"secret-a"_s);
    QCOMPARE(m_secrets->writes, 1); // no write for an app without a secret
    QCOMPARE(m_apps->apps().size(), 2);
    QCOMPARE(changed.size(), 1);
}

void TestOtpAppService::failedTransactionRemovesTheSecrets()
{
    QVERIFY(m_workspace->apps().insert(liveApp(u"Taken"_s)).ok());
    m_apps->reload();
    QSignalSpy changed(m_apps.get(), &OtpAppService::appsChanged);
    // The second app's name is taken: the transaction fails, so neither app is stored and the
    // secret written for the first is removed again.
    const OtpAppService::InsertResults results
        = insertAll({{liveApp(u"New"_s), u"secret-new"_s}, {liveApp(u"Taken"_s), u"secret-2"_s}});
    QVERIFY(!results.at(0).ok());
    QVERIFY(!results.at(1).ok());
    QVERIFY2(results.at(0).error.contains(u"Taken"_s), qPrintable(results.at(0).error));
    QCOMPARE(m_secrets->writes, 2);
    QVERIFY(m_secrets->secrets.isEmpty());
    QCOMPARE(m_workspace->apps().names(), QStringList{u"Taken"_s});
    QCOMPARE(changed.size(), 0);
}

void TestOtpAppService::takenIdIsReplacedBeforeTheSecretIsWritten()
{
    const Result<OtpAppConfig> stored = m_workspace->apps().insert(liveApp(u"Stored"_s));
    QVERIFY(stored.ok());
    m_secrets->secrets.insert(stored.value.id, u"stored-secret"_s);
    OtpAppConfig clash = liveApp(u"Clash"_s);
    clash.id = stored.value.id; // e.g. another process stored it since the file was read
    const OtpAppService::InsertResults results = insertAll({{clash, u"clash-secret"_s}});
    QVERIFY(results.at(0).ok());
    QVERIFY(results.at(0).value.id != stored.value.id);
    QCOMPARE(m_secrets->secrets.value(stored.value.id), u"stored-secret"_s);
    QCOMPARE(m_secrets->secrets.value(results.at(0).value.id), u"clash-secret"_s);
}

QTEST_GUILESS_MAIN(TestOtpAppService)
#include "tst_otpappservice.moc"

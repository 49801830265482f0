#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "services/OtpAppService.h"
#include "services/SandboxAppSync.h"
#include "services/Workspace.h"
#include "storage/AppRepository.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// A secret store whose answers wait until the test releases them, in the order it chooses:
// how a slow keychain answers an older sync after a newer one.
class HeldSecretStore : public SecretStore
{
public:
    struct Read {
        QUuid appId;
        std::shared_ptr<QPromise<SecretResult>> promise;
    };

    QFuture<SecretResult> read(const QUuid &appId) override
    {
        auto promise = std::make_shared<QPromise<SecretResult>>();
        promise->start();
        m_reads.append({appId, promise});
        return promise->future();
    }
    QFuture<SecretResult> write(const QUuid &, const QString &) override { return answer({}); }
    QFuture<SecretResult> remove(const QUuid &) override { return answer({}); }
    bool isPersistent() const override { return true; }

    qsizetype pending() const { return m_reads.size(); }
    QUuid appOf(qsizetype index) const { return m_reads.at(index).appId; }
    // Answers read number `index` (in call order) with `secret`.
    void release(qsizetype index, const QString &secret)
    {
        QPromise<SecretResult> &promise = *m_reads.at(index).promise;
        promise.addResult(SecretResult::success(secret));
        promise.finish();
    }

private:
    static QFuture<SecretResult> answer(const QString &secret)
    {
        QPromise<SecretResult> promise;
        promise.start();
        promise.addResult(SecretResult::success(secret));
        promise.finish();
        return promise.future();
    }
    QList<Read> m_reads;
};

OtpAppConfig sampleApp(const QString &name, Environment environment, const QString &appKey)
{
    OtpAppConfig app;
    app.name = name;
    app.contactEmail = u"qa@example.com"_s;
    app.contactName = u"QA"_s;
    app.messageTemplate = u"Code {otp} (Ref {ref})"_s;
    app.environment = environment;
    app.appKey = appKey;
    return app;
}

QStringList namesOf(const QList<SandboxApp> &apps)
{
    QStringList names;
    for (const SandboxApp &app : apps)
        names << app.config.name;
    names.sort();
    return names;
}

QStringList namesOf(const QList<OtpAppConfig> &apps)
{
    QStringList names;
    for (const OtpAppConfig &app : apps)
        names << app.name;
    names.sort();
    return names;
}

QString secretOf(const QList<SandboxApp> &apps, const QString &name)
{
    const auto found = std::find_if(apps.cbegin(), apps.cend(), [&name](const SandboxApp &app) {
        return app.config.name == name;
    });
    return found == apps.cend() ? QString() : found->secret;
}

} // namespace

// The sandbox serves the local store's Sandbox apps with their secrets: the GUI and
// `otpctl sandbox` both go through SandboxAppSync.
class TestSandboxAppSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void servesExactlyTheSandboxApps();
    void appWithoutSecretIsSkippedOthersServed();
    void storeWithoutSandboxAppsServesNone();
    void newerSyncWinsOverOlderAnswers();

private:
    OtpAppConfig insert(const QString &name, Environment environment);

    int m_keys = 0;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSandboxAppSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = Workspace::open(m_dir->path(), false).workspace;
    QVERIFY(m_workspace);
}

void TestSandboxAppSync::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

OtpAppConfig TestSandboxAppSync::insert(const QString &name, Environment environment)
{
    const QString key = u"10000000000000%1"_s.arg(++m_keys, 2, 10, QChar(u'0'));
    const Result<OtpAppConfig> inserted
        = m_workspace->apps().insert(sampleApp(name, environment, key));
    if (!inserted)
        qFatal("cannot insert %s: %s", qPrintable(name), qPrintable(inserted.error));
    return inserted.value;
}

void TestSandboxAppSync::servesExactlyTheSandboxApps()
{
    MemorySecretStore secrets;
    const OtpAppConfig shop = insert(u"Shop"_s, Environment::Sandbox);
    const OtpAppConfig cafe = insert(u"Cafe"_s, Environment::Sandbox);
    const OtpAppConfig live = insert(u"Live Shop"_s, Environment::Live);
    secrets.write(shop.id, u"shop-secret"_s);
    secrets.write(cafe.id, u"cafe-secret"_s);
    secrets.write(live.id, u"live-secret"_s);
    OtpAppService apps(m_workspace->apps(), &secrets);
    SandboxServer server;
    SandboxAppSync sync(apps, server);
    QSignalSpy synced(&sync, &SandboxAppSync::synced);
    QSignalSpy skipped(&sync, &SandboxAppSync::appSkipped);

    QCOMPARE(namesOf(sync.sandboxApps()), (QStringList{u"Cafe"_s, u"Shop"_s}));
    sync.sync();
    QVERIFY(synced.wait());
    const QList<SandboxApp> served = server.apps();
    QCOMPARE(namesOf(served), (QStringList{u"Cafe"_s, u"Shop"_s}));
    QCOMPARE(secretOf(served, u"Shop"_s), u"shop-secret"_s);
    QCOMPARE(secretOf(served, u"Cafe"_s), u"cafe-secret"_s);
    QCOMPARE(namesOf(synced.first().first().value<QList<OtpAppConfig>>()),
             (QStringList{u"Cafe"_s, u"Shop"_s}));
    QCOMPARE(skipped.size(), 0);
}

void TestSandboxAppSync::appWithoutSecretIsSkippedOthersServed()
{
    MemorySecretStore secrets;
    const OtpAppConfig shop = insert(u"Shop"_s, Environment::Sandbox);
    insert(u"Cafe"_s, Environment::Sandbox); // its secret is not in the store
    secrets.write(shop.id, u"shop-secret"_s);
    OtpAppService apps(m_workspace->apps(), &secrets);
    SandboxServer server;
    SandboxAppSync sync(apps, server);
    QSignalSpy synced(&sync, &SandboxAppSync::synced);
    QSignalSpy skipped(&sync, &SandboxAppSync::appSkipped);

    sync.sync();
    QVERIFY(synced.wait());
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().at(0).toString(), u"Cafe"_s);
    QVERIFY(!skipped.first().at(1).toString().isEmpty()); // says why
    QCOMPARE(namesOf(server.apps()), QStringList{u"Shop"_s});
    QCOMPARE(namesOf(synced.first().first().value<QList<OtpAppConfig>>()), QStringList{u"Shop"_s});
}

void TestSandboxAppSync::storeWithoutSandboxAppsServesNone()
{
    MemorySecretStore secrets;
    insert(u"Live Shop"_s, Environment::Live);
    OtpAppService apps(m_workspace->apps(), &secrets);
    SandboxServer server;
    server.setApps(
        {SandboxApp{sampleApp(u"Old"_s, Environment::Sandbox, u"1999999999999999"_s), u"old"_s}});
    SandboxAppSync sync(apps, server);
    QSignalSpy synced(&sync, &SandboxAppSync::synced);

    QVERIFY(sync.sandboxApps().isEmpty());
    sync.sync();
    QCOMPARE(synced.size(), 1);
    QVERIFY(synced.first().first().value<QList<OtpAppConfig>>().isEmpty());
    QVERIFY(server.apps().isEmpty());
}

void TestSandboxAppSync::newerSyncWinsOverOlderAnswers()
{
    HeldSecretStore secrets;
    const OtpAppConfig shop = insert(u"Shop"_s, Environment::Sandbox);
    OtpAppService apps(m_workspace->apps(), &secrets);
    SandboxServer server;
    SandboxAppSync sync(apps, server);
    QSignalSpy synced(&sync, &SandboxAppSync::synced);

    sync.sync(); // the older sync: reads Shop's secret (read 0)
    QCOMPARE(secrets.pending(), 1);
    // The store changes while the keychain is still answering: the newer sync (through
    // appsChanged) reads both apps' secrets (reads 1 and 2).
    insert(u"Cafe"_s, Environment::Sandbox);
    apps.reload();
    QCOMPARE(secrets.pending(), 3);

    // The newer sync's answers come first...
    for (qsizetype read = 1; read < 3; ++read)
        secrets.release(read, secrets.appOf(read) == shop.id ? u"shop-new"_s : u"cafe-new"_s);
    QVERIFY(synced.wait());
    QCOMPARE(namesOf(server.apps()), (QStringList{u"Cafe"_s, u"Shop"_s}));
    // ...then the older one's, which must not replace the newer set with its own.
    secrets.release(0, u"shop-old"_s);
    QTest::qWait(50);
    QCoreApplication::processEvents();
    QCOMPARE(synced.size(), 1);
    QCOMPARE(namesOf(server.apps()), (QStringList{u"Cafe"_s, u"Shop"_s}));
    QCOMPARE(secretOf(server.apps(), u"Shop"_s), u"shop-new"_s);
    QCOMPARE(secretOf(server.apps(), u"Cafe"_s), u"cafe-new"_s);
}

QTEST_GUILESS_MAIN(TestSandboxAppSync)
#include "tst_sandboxappsync.moc"

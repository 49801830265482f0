#include "secrets/MemorySecretStore.h"

#include <QPointer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Status = SecretResult::Status;

namespace {
// Waits (running the event loop) and returns the result; Failed when it never came.
SecretResult await(QFuture<SecretResult> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 5000) || future.isCanceled())
        return SecretResult::failure(Status::Failed, u"no result"_s);
    return future.result();
}
} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void answersAsynchronously();
    void writesReadsOverwritesAndRemoves();
    void readOfAnUnknownAppIsNotFound();
    void removeOfAnUnknownAppIsOk();
    void keepsAppsApart();
    void failureSeamFailsEveryCallAndChangesNothing_data();
    void failureSeamFailsEveryCallAndChangesNothing();
    void continuationRunsOnItsContext();
    void destroyingTheStoreCancelsPendingCalls();
    void isNotPersistent();
};

void TestMemorySecretStore::answersAsynchronously()
{
    MemorySecretStore store;
    const QUuid app = QUuid::createUuid();
    QFuture<SecretResult> written = store.write(app, u"s3cret"_s);
    QVERIFY(!written.isFinished()); // like the keychain: never an answer inside the call
    QCOMPARE(await(written).status, Status::Ok);
}

void TestMemorySecretStore::writesReadsOverwritesAndRemoves()
{
    MemorySecretStore store;
    const QUuid app = QUuid::createUuid();
    QCOMPARE(await(store.write(app, u"first ความลับ"_s)).status, Status::Ok);
    SecretResult read = await(store.read(app));
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, u"first ความลับ"_s);
    QVERIFY(read.message.isEmpty());

    QCOMPARE(await(store.write(app, u"second"_s)).status, Status::Ok);
    QCOMPARE(await(store.read(app)).secret, u"second"_s);
    QCOMPARE(store.size(), 1);

    QCOMPARE(await(store.remove(app)).status, Status::Ok);
    QCOMPARE(await(store.read(app)).status, Status::NotFound);
    QCOMPARE(store.size(), 0);
}

void TestMemorySecretStore::readOfAnUnknownAppIsNotFound()
{
    MemorySecretStore store;
    const SecretResult read = await(store.read(QUuid::createUuid()));
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(!read.message.isEmpty());
}

void TestMemorySecretStore::removeOfAnUnknownAppIsOk()
{
    MemorySecretStore store;
    QCOMPARE(await(store.remove(QUuid::createUuid())).status, Status::Ok);
}

void TestMemorySecretStore::keepsAppsApart()
{
    MemorySecretStore store;
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    QCOMPARE(await(store.write(a, u"secret-a"_s)).status, Status::Ok);
    QCOMPARE(await(store.write(b, u"secret-b"_s)).status, Status::Ok);
    QCOMPARE(await(store.remove(a)).status, Status::Ok);
    QCOMPARE(await(store.read(a)).status, Status::NotFound);
    QCOMPARE(await(store.read(b)).secret, u"secret-b"_s);
}

void TestMemorySecretStore::failureSeamFailsEveryCallAndChangesNothing_data()
{
    QTest::addColumn<Status>("status");
    QTest::newRow("unavailable") << Status::Unavailable;
    QTest::newRow("access denied") << Status::AccessDenied;
    QTest::newRow("timeout") << Status::Timeout;
    QTest::newRow("failed") << Status::Failed;
}

void TestMemorySecretStore::failureSeamFailsEveryCallAndChangesNothing()
{
    QFETCH(Status, status);
    MemorySecretStore store;
    const QUuid app = QUuid::createUuid();
    QCOMPARE(await(store.write(app, u"kept"_s)).status, Status::Ok);

    store.setFailure(status);
    const SecretResult write = await(store.write(app, u"lost"_s));
    QCOMPARE(write.status, status);
    QVERIFY(!write.message.isEmpty());
    QCOMPARE(await(store.read(app)).status, status);
    QCOMPARE(await(store.remove(app)).status, status);

    store.setFailure(std::nullopt);
    QCOMPARE(await(store.read(app)).secret, u"kept"_s);
}

void TestMemorySecretStore::continuationRunsOnItsContext()
{
    MemorySecretStore store;
    QObject context;
    QString seen;
    const QUuid app = QUuid::createUuid();
    store.write(app, u"value"_s);
    store.read(app).then(&context, [&seen](const SecretResult &result) { seen = result.secret; });
    QVERIFY(seen.isEmpty());
    QTRY_COMPARE(seen, u"value"_s);
}

void TestMemorySecretStore::destroyingTheStoreCancelsPendingCalls()
{
    auto *store = new MemorySecretStore;
    QObject context;
    bool ran = false;
    QFuture<SecretResult> pending = store->read(QUuid::createUuid());
    pending.then(&context, [&ran](const SecretResult &) { ran = true; });
    delete store; // before the queued answer was delivered
    QVERIFY(pending.isFinished());
    QVERIFY(pending.isCanceled());
    QTest::qWait(50);
    QVERIFY(!ran); // a UI that closed its page gets no call on a dead object
}

void TestMemorySecretStore::isNotPersistent()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent()); // the UI shows the session-only banner for this store
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"

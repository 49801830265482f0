#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Status = SecretResult::Status;

// Against a real Secret Service. Run only through scripts/with-keyring.sh (CTest does), which
// gives a private, unlocked gnome-keyring on a private D-Bus session and a scratch HOME.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesReadsOverwritesAndDeletes();
    void readOfAMissingEntryIsNotFound();
    void deleteOfAMissingEntryIsOk();
    void entryIsWhereTheDocsSayItIs();
    void twoHundredEntries();
    void nothingIsWrittenInPlainText();
    void timeoutGuardAnswersAndIgnoresTheLateResult();
    void destroyingTheStoreWhileAJobRunsIsSafe();
    void lockedKeyringIsReportedClearly(); // last: the keyring stays locked

private:
    SecretResult await(QFuture<SecretResult> future, qint64 *elapsedMs = nullptr);
    void record(const char *operation, qint64 elapsedMs);

    QStringList m_writtenSecrets;
    QMap<QByteArray, QList<qint64>> m_timings;
};

SecretResult TestKeychainSecretStore::await(QFuture<SecretResult> future, qint64 *elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    // Longer than the store's own 10 s limit: the store must answer first.
    const bool finished = QTest::qWaitFor([&future] { return future.isFinished(); }, 15000);
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    if (!finished || future.isCanceled())
        return SecretResult::failure(Status::Failed, u"the store never answered"_s);
    return future.result();
}

void TestKeychainSecretStore::record(const char *operation, qint64 elapsedMs)
{
    m_timings[operation] << elapsedMs;
}

void TestKeychainSecretStore::initTestCase()
{
    // Refuse to touch a real user keyring: with-keyring.sh sets a scratch HOME.
    QVERIFY2(qEnvironmentVariable("HOME").contains(u"otp-keyring."),
             "run this test through scripts/with-keyring.sh (ctest does)");
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
}

void TestKeychainSecretStore::writesReadsOverwritesAndDeletes()
{
    KeychainSecretStore store;
    const QUuid app = QUuid::createUuid();
    const QString first = u"0123456789abcdef0123456789abcdef"_s;
    const QString second = u"second ความลับ secret"_s;
    m_writtenSecrets << first << second;
    qint64 ms = 0;

    SecretResult result = await(store.write(app, first), &ms);
    QVERIFY2(result.ok(), qPrintable(result.message));
    record("write", ms);
    result = await(store.read(app), &ms);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.secret, first);
    record("read", ms);

    result = await(store.write(app, second), &ms);
    QVERIFY2(result.ok(), qPrintable(result.message));
    record("overwrite", ms);
    QCOMPARE(await(store.read(app)).secret, second);

    result = await(store.remove(app), &ms);
    QVERIFY2(result.ok(), qPrintable(result.message));
    record("delete", ms);
    QCOMPARE(await(store.read(app)).status, Status::NotFound);
}

void TestKeychainSecretStore::readOfAMissingEntryIsNotFound()
{
    KeychainSecretStore store;
    qint64 ms = 0;
    const SecretResult result = await(store.read(QUuid::createUuid()), &ms);
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(result.secret.isEmpty());
    QVERIFY(!result.message.isEmpty());
    record("read (not found)", ms);
}

void TestKeychainSecretStore::deleteOfAMissingEntryIsOk()
{
    KeychainSecretStore store;
    const SecretResult result = await(store.remove(QUuid::createUuid()));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestKeychainSecretStore::entryIsWhereTheDocsSayItIs()
{
    // docs/secrets.md: service "th.otpmanager.OtpManager/<uuid>", key "app-secret". Another
    // tool (or a future version) must find the secret there.
    KeychainSecretStore store;
    const QUuid app = QUuid::createUuid();
    m_writtenSecrets << u"documented-location-secret"_s;
    QVERIFY(await(store.write(app, u"documented-location-secret"_s)).ok());

    auto *job = new QKeychain::ReadPasswordJob(u"th.otpmanager.OtpManager/"_s
                                               + app.toString(QUuid::WithoutBraces));
    job->setKey(u"app-secret"_s);
    job->setAutoDelete(false);
    bool finished = false;
    connect(job, &QKeychain::Job::finished, this, [&finished] { finished = true; });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    QCOMPARE(job->error(), QKeychain::NoError);
    QCOMPARE(job->textData(), u"documented-location-secret"_s);
    delete job;
    QVERIFY(await(store.remove(app)).ok());
}

void TestKeychainSecretStore::twoHundredEntries()
{
    constexpr int Count = 200;
    KeychainSecretStore store;
    QList<QUuid> apps;
    QStringList secrets;
    for (int i = 0; i < Count; ++i) {
        apps << QUuid::createUuid();
        secrets << u"%1-secret-%2"_s.arg(i).arg(QUuid::createUuid().toString(QUuid::Id128));
    }

    QElapsedTimer total;
    total.start();
    for (int i = 0; i < Count; ++i) {
        qint64 ms = 0;
        const SecretResult result = await(store.write(apps.at(i), secrets.at(i)), &ms);
        QVERIFY2(result.ok(), qPrintable(u"#%1: "_s.arg(i) + result.message));
        record("write x200", ms);
    }
    const qint64 writeAll = total.restart();
    for (int i = 0; i < Count; ++i) {
        qint64 ms = 0;
        const SecretResult result = await(store.read(apps.at(i)), &ms);
        QVERIFY2(result.ok(), qPrintable(u"#%1: "_s.arg(i) + result.message));
        QCOMPARE(result.secret, secrets.at(i));
        record("read x200", ms);
    }
    const qint64 readAll = total.restart();
    for (int i = 0; i < Count; ++i) {
        qint64 ms = 0;
        QVERIFY(await(store.remove(apps.at(i)), &ms).ok());
        record("delete x200", ms);
    }
    const qint64 deleteAll = total.restart();
    for (int i = 0; i < Count; i += 20)
        QCOMPARE(await(store.read(apps.at(i))).status, Status::NotFound);
    qInfo("200 entries: write %lld ms, read back %lld ms, delete %lld ms", writeAll, readAll,
          deleteAll);
}

void TestKeychainSecretStore::nothingIsWrittenInPlainText()
{
    // An insecure fallback would put secrets in a settings file (XDG_CONFIG_HOME); gnome-keyring's
    // own file (XDG_DATA_HOME/keyrings) is encrypted. with-keyring.sh puts HOME and every XDG
    // folder in one scratch folder: no file there may hold a secret in clear text.
    KeychainSecretStore store;
    const QUuid app = QUuid::createUuid();
    const QString canary = u"Plaintext-Canary-5b9d0c"_s;
    m_writtenSecrets << canary;
    QVERIFY(await(store.write(app, canary)).ok());
    int scanned = 0;
    const QString scratch = QDir(qEnvironmentVariable("HOME") + u"/.."_s).absolutePath();
    QDirIterator it(scratch, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    bool keyringFileSeen = false;
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++scanned;
        keyringFileSeen = keyringFileSeen || file.fileName().contains(u"/keyrings/");
        const QByteArray bytes = file.readAll();
        for (const QString &secret : std::as_const(m_writtenSecrets))
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
    qInfo("scanned %d files under the scratch folder", scanned);
    QVERIFY2(keyringFileSeen, "the secrets should be in gnome-keyring's (encrypted) file");
    QVERIFY(await(store.remove(app)).ok());
}

void TestKeychainSecretStore::timeoutGuardAnswersAndIgnoresTheLateResult()
{
    // A limit no keychain can meet stands in for one that never answers.
    KeychainSecretStore hurried(KeychainSecretStore::defaultServicePrefix(),
                                std::chrono::milliseconds(1));
    const QUuid app = QUuid::createUuid();
    QFuture<SecretResult> write = hurried.write(app, u"late-secret"_s);
    qint64 ms = 0;
    const SecretResult result = await(write, &ms);
    QCOMPARE(result.status, Status::Timeout);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(ms < 1000);

    // The job was not aborted: it finishes later, its answer is dropped, nothing crashes.
    KeychainSecretStore store;
    QTRY_VERIFY_WITH_TIMEOUT(await(store.read(app)).ok(), 10000);
    QCOMPARE(write.resultCount(), 1);
    QCOMPARE(write.result().status, Status::Timeout);
    QVERIFY(await(store.remove(app)).ok());
}

void TestKeychainSecretStore::destroyingTheStoreWhileAJobRunsIsSafe()
{
    auto *store = new KeychainSecretStore;
    const QUuid app = QUuid::createUuid();
    QFuture<SecretResult> pending = store->write(app, u"orphan"_s);
    delete store;
    QVERIFY(pending.isCanceled());
    KeychainSecretStore other;
    // The orphaned job still runs to its end and deletes itself; the keychain stays usable.
    QTRY_VERIFY_WITH_TIMEOUT(await(other.read(app)).ok(), 10000);
    QVERIFY(await(other.remove(app)).ok());

    for (auto it = m_timings.cbegin(); it != m_timings.cend(); ++it) {
        const QList<qint64> &values = it.value();
        qint64 sum = 0;
        qint64 max = 0;
        for (const qint64 v : values) {
            sum += v;
            max = qMax(max, v);
        }
        qInfo("%-18s n=%3lld  mean %5.1f ms  max %4lld ms", it.key().constData(),
              qint64(values.size()), double(sum) / double(values.size()), max);
    }
}

void TestKeychainSecretStore::lockedKeyringIsReportedClearly()
{
    KeychainSecretStore store;
    const QUuid app = QUuid::createUuid();
    QVERIFY(await(store.write(app, u"written-before-locking"_s)).ok());

    // Lock the collection as the user's screen lock would; unlocking needs a password prompt,
    // which cannot appear (no DISPLAY), so QtKeychain must report it instead of waiting.
    QProcess lock;
    lock.start(u"dbus-send"_s,
               {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    QVERIFY(lock.waitForFinished(10000));
    QCOMPARE(lock.exitCode(), 0);

    for (const bool writing : {true, false}) {
        qint64 ms = 0;
        const SecretResult result
            = await(writing ? store.write(app, u"written-while-locked"_s) : store.read(app), &ms);
        qInfo("%s on a locked keyring: status %d after %lld ms", writing ? "write" : "read",
              int(result.status), ms);
        QVERIFY(ms <= 10500);
        // A write is refused; a lookup in a locked collection finds nothing (libsecret), so
        // a read may also say NotFound, whose message then tells the user to unlock.
        QVERIFY2(result.status == Status::AccessDenied || result.status == Status::Timeout
                     || (!writing && result.status == Status::NotFound),
                 qPrintable(result.message));
        QVERIFY(result.secret.isEmpty());
        QVERIFY2(result.message.contains(u"nlock"), qPrintable(result.message));
    }
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"

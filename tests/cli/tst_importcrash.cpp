#include "OtpctlTestSupport.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/PendingSecrets.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace OtpctlTest;

namespace {

// The figures; OTP_CRASH_APPS / OTP_CRASH_MOMENTS make a quicker local run.
const int AppCount = qEnvironmentVariableIntValue("OTP_CRASH_APPS") > 0
    ? qEnvironmentVariableIntValue("OTP_CRASH_APPS")
    : 200;
const int Moments = qEnvironmentVariableIntValue("OTP_CRASH_MOMENTS") > 0
    ? qEnvironmentVariableIntValue("OTP_CRASH_MOMENTS")
    : 20;

// One apps file: Sandbox apps with their ids, keys and secrets, new for every attempt so that
// attempts never share a keychain entry.
struct AppsFile {
    QString path;
    QList<QUuid> ids;
    QHash<QUuid, QString> secrets;
};

AppsFile writeAppsFile(const QString &path, int attempt)
{
    AppsFile file{path, {}, {}};
    QJsonArray apps;
    for (int i = 0; i < AppCount; ++i) {
        const QUuid id = QUuid::createUuid();
        const QString secret = id.toString(QUuid::Id128);
        file.ids << id;
        file.secrets.insert(id, secret);
        apps << QJsonObject{
            {u"id"_s, id.toString(QUuid::WithoutBraces)},
            {u"name"_s, u"App %1-%2"_s.arg(attempt).arg(i)},
            {u"contactEmail"_s, u"qa@example.com"_s},
            {u"contactName"_s, u"QA"_s},
            {u"template"_s, u"Code {otp} (Ref {ref})"_s},
            {u"environment"_s, u"sandbox"_s},
            {u"key"_s, u"1%1%2"_s.arg(attempt, 5, 10, QChar(u'0')).arg(i, 10, 10, QChar(u'0'))},
            {u"secret"_s, secret}};
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the apps file");
    out.write(
        QJsonDocument(
            QJsonObject{{u"format"_s, u"otp-manager-apps"_s}, {u"version"_s, 1}, {u"apps"_s, apps}})
            .toJson());
    return file;
}

// What the store and the keychain hold for the file's apps.
struct Seen {
    QSet<QUuid> apps; // ids stored in the database
    QHash<QUuid, QString> secrets; // ids with a keychain entry, and its secret
    QSet<QUuid> journal; // PendingSecrets
    QStringList names;
};

} // namespace

// Issue 15: `otpctl apps import` of 200 apps, killed with SIGKILL at 20 moments spread over its
// run, against the real keychain (a private gnome-keyring, scripts/with-keyring.sh). After
// every kill: all apps or none; every app has its secret; every secret without an app is in
// the import's journal, and the next command that opens the store removes it; importing the
// file again finishes with all 200, no duplicates.
class TestImportCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportIsAllOrNothing();

private:
    Seen look(const QString &dataDir, const AppsFile &file);
    QHash<QUuid, QString> readSecrets(const QList<QUuid> &ids);
    void removeSecrets(const QList<QUuid> &ids);
    qint64 fullImportMs();

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain;
};

void TestImportCrash::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No session bus: run this test through scripts/with-keyring.sh (ctest does).");
    QVERIFY(m_dir.isValid());
}

// Every call at once would queue 200 answers behind each other; a few at a time, as the app.
QHash<QUuid, QString> TestImportCrash::readSecrets(const QList<QUuid> &ids)
{
    QHash<QUuid, QString> found;
    for (qsizetype first = 0; first < ids.size(); first += 8) {
        QList<QFuture<SecretResult>> reads;
        for (qsizetype i = first; i < qMin(first + 8, ids.size()); ++i)
            reads << m_keychain.read(ids.at(i));
        for (qsizetype k = 0; k < reads.size(); ++k) {
            const QFuture<SecretResult> &read = reads.at(k);
            if (!QTest::qWaitFor([&read] { return read.isFinished(); }, 15000))
                qFatal("the keychain did not answer");
            const SecretResult result = read.result();
            if (result.ok())
                found.insert(ids.at(first + k), result.secret);
            else if (result.status != SecretResult::Status::NotFound)
                qFatal("keychain read failed: %s", qPrintable(result.message));
        }
    }
    return found;
}

// Keeps the keyring small between attempts: a change costs more the more entries it has.
void TestImportCrash::removeSecrets(const QList<QUuid> &ids)
{
    for (qsizetype first = 0; first < ids.size(); first += 4) {
        QList<QFuture<SecretResult>> removals;
        for (qsizetype i = first; i < qMin(first + 4, ids.size()); ++i)
            removals << m_keychain.remove(ids.at(i));
        for (const QFuture<SecretResult> &removal : std::as_const(removals))
            if (!QTest::qWaitFor([&removal] { return removal.isFinished(); }, 15000))
                qFatal("the keychain did not answer");
    }
}

Seen TestImportCrash::look(const QString &dataDir, const AppsFile &file)
{
    Seen seen;
    Database database(dataDir);
    if (!database.open().isUsable())
        qFatal("the store does not open after the kill");
    const QList<OtpAppConfig> apps = AppRepository(database).list();
    for (const OtpAppConfig &app : apps) {
        seen.apps.insert(app.id);
        seen.names << app.name;
    }
    const QList<QUuid> journal = PendingSecrets(database).list();
    seen.journal = QSet<QUuid>(journal.cbegin(), journal.cend());
    seen.secrets = readSecrets(file.ids);
    return seen;
}

qint64 TestImportCrash::fullImportMs()
{
    const QString data = m_dir.filePath(u"timing"_s);
    const AppsFile file = writeAppsFile(m_dir.filePath(u"timing.json"_s), 99);
    QElapsedTimer timer;
    timer.start();
    const Run run
        = otpctl({u"apps"_s, u"import"_s, file.path}, environment(data, true), {}, 300000);
    const qint64 elapsed = timer.elapsed();
    if (run.exitCode != 0)
        qFatal("the uninterrupted import failed: %s", qPrintable(run.all()));
    removeSecrets(file.ids);
    return elapsed;
}

void TestImportCrash::killedImportIsAllOrNothing()
{
    const qint64 fullMs = fullImportMs();
    qInfo("an uninterrupted import of %d apps takes %lld ms", AppCount, fullMs);
    int all = 0, none = 0;
    for (int attempt = 0; attempt < Moments; ++attempt) {
        const QString data = m_dir.filePath(u"data-%1"_s.arg(attempt));
        const AppsFile file
            = writeAppsFile(m_dir.filePath(u"apps-%1.json"_s.arg(attempt)), attempt);
        // From just after the start to just after the usual end, evenly.
        const qint64 killAfterMs = fullMs * (2 * attempt + 1) / (2 * Moments) + 20;
        QProcess import;
        import.setProcessEnvironment(environment(data, true));
        import.start(QStringLiteral(OTPCTL_PATH), {u"apps"_s, u"import"_s, file.path});
        QVERIFY(import.waitForStarted(10000));
        import.waitForFinished(int(killAfterMs));
        import.kill(); // SIGKILL
        import.waitForFinished(10000);

        const Seen killed = look(data, file);
        const QString where = u"attempt %1, killed after %2 ms"_s.arg(attempt).arg(killAfterMs);
        QVERIFY2(killed.apps.isEmpty() || killed.apps.size() == AppCount, qPrintable(where));
        for (const QUuid &id : killed.apps) // no app without its secret
            QVERIFY2(killed.secrets.value(id) == file.secrets.value(id), qPrintable(where));
        for (auto it = killed.secrets.cbegin(); it != killed.secrets.cend(); ++it) {
            // A secret without an app is in the journal, to be removed at the next start.
            QVERIFY2(killed.apps.contains(it.key()) || killed.journal.contains(it.key()),
                     qPrintable(where));
        }
        (killed.apps.isEmpty() ? none : all) += 1;

        // The next command that opens the store removes what has no app.
        const Run list = otpctl({u"apps"_s, u"list"_s}, environment(data, true), {}, 120000);
        QCOMPARE(list.exitCode, 0);
        const Seen started = look(data, file);
        QVERIFY2(started.journal.isEmpty(), qPrintable(where));
        QCOMPARE(QSet<QUuid>(started.secrets.keyBegin(), started.secrets.keyEnd()), killed.apps);

        // Importing the file again finishes the job: all 200, each with its secret, no copies.
        const Run again = otpctl({u"apps"_s, u"import"_s, file.path, u"--json"_s},
                                 environment(data, true), {}, 300000);
        QVERIFY2(again.exitCode == 0, qPrintable(where + u": "_s + again.err));
        QCOMPARE(again.json().value(u"alreadyThere"_s).toArray().size(), killed.apps.size());
        const Seen finished = look(data, file);
        QCOMPARE(finished.apps.size(), AppCount);
        QCOMPARE(finished.secrets, file.secrets);
        QVERIFY(finished.journal.isEmpty());
        QVERIFY(finished.names.filter(u" ("_s).isEmpty());
        removeSecrets(file.ids);
    }
    qInfo("killed imports: %d left all %d apps, %d left none", all, AppCount, none);
}

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"

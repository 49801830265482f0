#include "OtpctlTestSupport.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/PendingSecrets.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace OtpctlTest;

namespace {

// The 20 moments; 50 apps rather than the 200: the 20 moments still land at
// distinct points of the run (nothing stored, some secrets written, all stored; the test
// prints which), and a keyring write costs more the more entries the keyring holds, so an
// attempt takes well under a quarter of the time.
// OTP_CRASH_APPS / OTP_CRASH_MOMENTS change them (CI's sanitized stage: 4 moments).
const int AppCount = qEnvironmentVariableIntValue("OTP_CRASH_APPS") > 0
    ? qEnvironmentVariableIntValue("OTP_CRASH_APPS")
    : 50;
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

// Issue 15: `otpctl apps import` of 50 apps, killed with SIGKILL at 20 moments spread over its
// run, against the real keychain. After every kill: all apps or none; every app has its secret;
// every secret without an app is in the import's journal, and the next command that opens the
// store removes it; importing the file again finishes with all 50, no duplicates.
// Each attempt runs in a keyring of its own: this executable again, one function
// (OTP_CRASH_ROLE), inside scripts/with-keyring.sh. A change to a gnome-keyring costs more the
// more entries it holds, so a shared keyring would make each attempt slower than the last.
class TestImportCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedImportIsAllOrNothing();
    // Inside a private keyring, started by the function above.
    void timeOneImport();
    void killOneImport();

private:
    struct Child {
        int exitCode = -1;
        QString output;
    };
    static Child runInKeyring(const QString &function, const QStringList &environment);
    Seen look(const QString &dataDir, const AppsFile &file);
    QHash<QUuid, QString> readSecrets(const QList<QUuid> &ids);

    QTemporaryDir m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
};

TestImportCrash::Child TestImportCrash::runInKeyring(const QString &function,
                                                     const QStringList &environment)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    env.insert(u"QTEST_FUNCTION_TIMEOUT"_s, u"1200000"_s);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral(OTP_WITH_KEYRING),
                {QCoreApplication::applicationFilePath(), function});
    if (!child.waitForStarted(10000) || !child.waitForFinished(1200000))
        qFatal("the attempt did not finish");
    return {child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1,
            QString::fromUtf8(child.readAll())};
}

void TestImportCrash::killedImportIsAllOrNothing()
{
    if (!qEnvironmentVariableIsEmpty("OTP_CRASH_ROLE"))
        QSKIP("run by the parent only");
    QVERIFY(m_dir.isValid());
    const Child timing = runInKeyring(u"timeOneImport"_s, {u"OTP_CRASH_ROLE=time"_s});
    const QRegularExpressionMatch took
        = QRegularExpression(u"import-ms (\\d+)"_s).match(timing.output);
    QVERIFY2(timing.exitCode == 0 && took.hasMatch(), qPrintable(timing.output));
    const qint64 fullMs = took.captured(1).toLongLong();
    qInfo("an uninterrupted import of %d apps takes %lld ms", AppCount, fullMs);
    const QRegularExpression outcome(u"(attempt \\d+, killed after .*)"_s);
    int all = 0;
    int partial = 0; // none stored, some secrets written (to be removed at the next start)
    for (int attempt = 0; attempt < Moments; ++attempt) {
        // From just after the start to just after the usual end, evenly.
        const qint64 killAfterMs = fullMs * (2 * attempt + 1) / (2 * Moments) + 20;
        const Child run
            = runInKeyring(u"killOneImport"_s,
                           {u"OTP_CRASH_ROLE=attempt"_s, u"OTP_CRASH_ATTEMPT=%1"_s.arg(attempt),
                            u"OTP_CRASH_KILL_MS=%1"_s.arg(killAfterMs)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        qInfo("%s", qPrintable(outcome.match(run.output).captured(1)));
        all += run.output.contains(u"killed: all"_s) ? 1 : 0;
        partial += run.output.contains(u"killed: partial"_s) ? 1 : 0;
    }
    qInfo("killed imports: %d left all %d apps, %d none with some secrets written, %d nothing", all,
          AppCount, partial, Moments - all - partial);
    // A run whose every kill came after the commit would check nothing: the first moment is
    // at 1/(2 * Moments) of the run, long before its commit.
    QVERIFY(all < Moments);
}

void TestImportCrash::timeOneImport()
{
    if (qEnvironmentVariable("OTP_CRASH_ROLE") != u"time")
        QSKIP("run by killedImportIsAllOrNothing");
    QVERIFY(m_dir.isValid());
    const AppsFile file = writeAppsFile(m_dir.filePath(u"timing.json"_s), 99);
    QElapsedTimer timer;
    timer.start();
    const Run run = otpctl({u"apps"_s, u"import"_s, file.path},
                           environment(m_dir.filePath(u"data"_s), true), {}, 600000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    qInfo("import-ms %lld", timer.elapsed());
}

// Every call at once would queue 50 answers behind each other; a few at a time, as the app.
QHash<QUuid, QString> TestImportCrash::readSecrets(const QList<QUuid> &ids)
{
    if (!m_keychain)
        m_keychain = std::make_unique<KeychainSecretStore>();
    QHash<QUuid, QString> found;
    for (qsizetype first = 0; first < ids.size(); first += 8) {
        QList<QFuture<SecretResult>> reads;
        for (qsizetype i = first; i < qMin(first + 8, ids.size()); ++i)
            reads << m_keychain->read(ids.at(i));
        for (qsizetype k = 0; k < reads.size(); ++k) {
            const QFuture<SecretResult> &read = reads.at(k);
            if (!QTest::qWaitFor([&read] { return read.isFinished(); }, 30000))
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

void TestImportCrash::killOneImport()
{
    if (qEnvironmentVariable("OTP_CRASH_ROLE") != u"attempt")
        QSKIP("run by killedImportIsAllOrNothing");
    QVERIFY(m_dir.isValid());
    const int attempt = qEnvironmentVariableIntValue("OTP_CRASH_ATTEMPT");
    const int killAfterMs = qEnvironmentVariableIntValue("OTP_CRASH_KILL_MS");
    const QString data = m_dir.filePath(u"data"_s);
    const AppsFile file = writeAppsFile(m_dir.filePath(u"apps.json"_s), attempt);
    QProcess import;
    import.setProcessEnvironment(environment(data, true));
    import.start(QStringLiteral(OTPCTL_PATH), {u"apps"_s, u"import"_s, file.path});
    QVERIFY(import.waitForStarted(10000));
    import.waitForFinished(killAfterMs);
    import.kill(); // SIGKILL
    import.waitForFinished(10000);

    const Seen killed = look(data, file);
    QVERIFY2(killed.apps.isEmpty() || killed.apps.size() == AppCount,
             qPrintable(u"%1 apps stored"_s.arg(killed.apps.size())));
    for (const QUuid &id : killed.apps) // no app without its secret
        QCOMPARE(killed.secrets.value(id), file.secrets.value(id));
    for (auto it = killed.secrets.cbegin(); it != killed.secrets.cend(); ++it) {
        // A secret without an app is in the journal, to be removed at the next start.
        QVERIFY(killed.apps.contains(it.key()) || killed.journal.contains(it.key()));
    }
    qInfo("attempt %d, killed after %d ms: %s, %lld secrets written", attempt, killAfterMs,
          killed.apps.isEmpty() ? "none" : "all", qlonglong(killed.secrets.size()));
    qInfo("%s",
          !killed.apps.isEmpty()         ? "killed: all"
              : killed.secrets.isEmpty() ? "killed: none"
                                         : "killed: partial");

    // The next command that opens the store removes what has no app.
    const Run list = otpctl({u"apps"_s, u"list"_s}, environment(data, true), {}, 600000);
    QCOMPARE(list.exitCode, 0);
    const Seen started = look(data, file);
    QVERIFY(started.journal.isEmpty());
    QCOMPARE(QSet<QUuid>(started.secrets.keyBegin(), started.secrets.keyEnd()), killed.apps);

    // Importing the file again finishes the job: all of them, each with its secret, no copies.
    // Checked at every fourth moment and the last (both outcomes, none and all, are among
    // them): a whole import into a fresh keyring is most of an attempt's time, and the
    // all-or-nothing checks above are what every moment is for.
    if (attempt % 4 != 0 && attempt != Moments - 1)
        return;
    const Run again = otpctl({u"apps"_s, u"import"_s, file.path, u"--json"_s},
                             environment(data, true), {}, 600000);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(again.json().value(u"alreadyThere"_s).toArray().size(), killed.apps.size());
    const Seen finished = look(data, file);
    QCOMPARE(finished.apps.size(), AppCount);
    QCOMPARE(finished.secrets, file.secrets);
    QVERIFY(finished.journal.isEmpty());
    QVERIFY(finished.names.filter(u" ("_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"

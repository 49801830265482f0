#include "ScriptedSecretStore.h"
#include "domain/OtpAppValidator.h"
#include "services/AppImport.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/AppRepository.h"
#include "storage/ImportLock.h"
#include "storage/PendingSecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Outcome = AppImportReport::Outcome;
using Status = AppImportReport::Status;

namespace {

const QString LiveKey = u"1234567890123456"_s;
const QString LiveSecret = u"fedcba9876543210fedcba9876543210"_s;
const QString OtherSecret = u"0123456789abcdef0123456789abcdef"_s;
const QString FileSecret = u"00112233445566778899aabbccddeeff"_s;

QJsonObject appObject(const QString &name, const QString &environment, const QString &key = {},
                      const QString &secret = {})
{
    QJsonObject app{{u"name"_s, name},
                    {u"contactEmail"_s, u"qa@example.com"_s},
                    {u"contactName"_s, u"QA"_s},
                    {u"template"_s, u"Code {otp} for {app} (Ref {ref})"_s},
                    {u"environment"_s, environment}};
    if (!key.isEmpty())
        app.insert(u"key"_s, key);
    if (!secret.isEmpty())
        app.insert(u"secret"_s, secret);
    if (environment == u"custom")
        app.insert(u"baseUrl"_s, u"https://otp.example.com"_s);
    return app;
}

// The answers a face gives, and what it was asked.
struct ScriptedAsk {
    explicit ScriptedAsk(AppImport::SecretAnswers given) : answers(std::move(given)) { }

    AppImport::SecretAnswers answers;
    int calls = 0;
    QList<AppImport::SecretRequest> requests;

    AppImport::AskSecrets callback()
    {
        return [this](const QList<AppImport::SecretRequest> &asked, const AppImport::Reply &reply) {
            ++calls;
            requests = asked;
            reply(answers);
        };
    }
};

} // namespace

// The import use case both faces call: the secret policy, the ask, and what is stored, with
// a keychain that fails or answers late.
class TestAppImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secretsFromFileGeneratedAndAsked();
    void emptyAnswerSavesWithoutSecret();
    void cancelStoresNothing();
    void invalidSecretIsNotSaved();
    void failedKeychainWriteLeavesThatAppOut();
    void nameClashIsRenamedAndReported();
    void reportWaitsForEveryKeychainWrite();
    void rejectedAppsAreReported();
    void refusedFileStoresNothing();
    // Issue 15: atomic and idempotent.
    void importingTheSameFileAgainAddsNothing();
    void cancelWhileStoringLeavesNothing();
    void progressCountsTheSecretsWritten();
    void nameTakenMeanwhileIsTheValidatorsMessage();
    void anotherImportRunningIsRefused();
    void leftoversOfAKilledImportAreRemoved();

private:
    AppImportReport import(const QJsonArray &apps, ScriptedAsk &ask);
    QString writeFile(const QJsonArray &apps);
    QStringList storedNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ScriptedSecretStore> m_secrets;
    std::unique_ptr<OtpAppService> m_apps;
};

void TestAppImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = Workspace::open(m_dir->path(), false).workspace;
    QVERIFY(m_workspace);
    m_secrets = std::make_unique<ScriptedSecretStore>();
    m_apps = std::make_unique<OtpAppService>(m_workspace->apps(), m_secrets.get());
}

void TestAppImport::cleanup()
{
    m_apps.reset();
    m_secrets.reset();
    m_workspace.reset();
    m_dir.reset();
}

QString TestAppImport::writeFile(const QJsonArray &apps)
{
    const QString path = m_dir->filePath(u"apps.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the apps file");
    file.write(
        QJsonDocument(
            QJsonObject{{u"format"_s, u"otp-manager-apps"_s}, {u"version"_s, 1}, {u"apps"_s, apps}})
            .toJson());
    return path;
}

AppImportReport TestAppImport::import(const QJsonArray &apps, ScriptedAsk &ask)
{
    AppImport useCase(*m_apps);
    QFuture<AppImportReport> future = useCase.importFile(writeFile(apps), ask.callback());
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 5000)
        || future.resultCount() != 1)
        qFatal("the import did not finish");
    return future.result();
}

QStringList TestAppImport::storedNames() const
{
    return m_workspace->apps().names();
}

void TestAppImport::secretsFromFileGeneratedAndAsked()
{
    QSignalSpy changed(m_apps.get(), &OtpAppService::appsChanged);
    ScriptedAsk ask{QStringList{LiveSecret, OtherSecret}};
    const AppImportReport report = import(
        {appObject(u"From File"_s, u"sandbox"_s, u"1111222233334444"_s, FileSecret),
         appObject(u"Generated"_s, u"sandbox"_s), appObject(u"Live A"_s, u"live"_s, LiveKey),
         appObject(u"Custom B"_s, u"custom"_s, LiveKey)},
        ask);
    // Asked once, for the Live and Custom apps only, in the file's order.
    QCOMPARE(ask.calls, 1);
    QCOMPARE(ask.requests.size(), 2);
    QCOMPARE(ask.requests.at(0).name, u"Live A"_s);
    QCOMPARE(ask.requests.at(0).index, 2);
    QCOMPARE(ask.requests.at(1).name, u"Custom B"_s);
    QCOMPARE(ask.requests.at(1).environment, Environment::Custom);

    QCOMPARE(report.status, Status::Finished);
    QCOMPARE(report.entries.size(), 4);
    QCOMPARE(report.savedCount(), 4);
    const QList<Outcome> outcomes{Outcome::Saved, Outcome::SavedWithGeneratedCredentials,
                                  Outcome::Saved, Outcome::Saved};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(report.entries.at(i).index, i);
        QCOMPARE(report.entries.at(i).outcome, outcomes.at(i));
    }
    const AppImportReport::Entry &generated = report.entries.at(1);
    QCOMPARE(generated.app.appKey.size(), 16);
    QCOMPARE(generated.generatedSecret.size(), 32);

    // Each secret is stored under the id of its app as stored.
    const QList<QString> secrets{FileSecret, generated.generatedSecret, LiveSecret, OtherSecret};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_secrets->secrets.value(report.entries.at(i).app.id), secrets.at(i));
    QCOMPARE(storedNames(),
             (QStringList{u"Custom B"_s, u"From File"_s, u"Generated"_s, u"Live A"_s}));
    QCOMPARE(m_workspace->apps().findByName(u"Generated"_s)->appKey, generated.app.appKey);
    QCOMPARE(changed.size(), 1);
}

void TestAppImport::emptyAnswerSavesWithoutSecret()
{
    // The second answer is empty, the third missing (end of input): both saved without one.
    ScriptedAsk ask{QStringList{LiveSecret, QString()}};
    const AppImportReport report = import({appObject(u"Live A"_s, u"live"_s, LiveKey),
                                           appObject(u"Live B"_s, u"live"_s, LiveKey),
                                           appObject(u"Live C"_s, u"live"_s, LiveKey)},
                                          ask);
    QCOMPARE(report.entries.at(0).outcome, Outcome::Saved);
    QCOMPARE(report.entries.at(1).outcome, Outcome::SavedWithoutSecret);
    QCOMPARE(report.entries.at(2).outcome, Outcome::SavedWithoutSecret);
    QCOMPARE(storedNames(), (QStringList{u"Live A"_s, u"Live B"_s, u"Live C"_s}));
    QCOMPARE(m_secrets->writes, 1);
    QCOMPARE(m_secrets->secrets.size(), 1);
}

void TestAppImport::cancelStoresNothing()
{
    QSignalSpy changed(m_apps.get(), &OtpAppService::appsChanged);
    ScriptedAsk ask{std::nullopt};
    const AppImportReport report = import(
        {appObject(u"Sandbox"_s, u"sandbox"_s), appObject(u"Live"_s, u"live"_s, LiveKey)}, ask);
    QCOMPARE(ask.calls, 1);
    QCOMPARE(report.status, Status::Cancelled);
    QVERIFY(report.entries.isEmpty());
    QVERIFY(storedNames().isEmpty());
    QCOMPARE(m_secrets->writes, 0);
    QCOMPARE(changed.size(), 0);
}

void TestAppImport::invalidSecretIsNotSaved()
{
    ScriptedAsk ask{QStringList{u"has spaces in it"_s, LiveSecret}};
    const AppImportReport report = import(
        {appObject(u"Live A"_s, u"live"_s, LiveKey), appObject(u"Live B"_s, u"live"_s, LiveKey)},
        ask);
    QCOMPARE(report.entries.at(0).outcome, Outcome::InvalidSecret);
    QVERIFY2(report.entries.at(0).error.contains(u"visible ASCII"_s),
             qPrintable(report.entries.at(0).error));
    QCOMPARE(report.entries.at(1).outcome, Outcome::Saved);
    QCOMPARE(storedNames(), QStringList{u"Live B"_s});
    QCOMPARE(report.savedCount(), 1);
}

void TestAppImport::failedKeychainWriteLeavesThatAppOut()
{
    m_secrets->failingSecrets = {LiveSecret};
    ScriptedAsk ask{QStringList{LiveSecret, OtherSecret}};
    const AppImportReport report = import({appObject(u"Live A"_s, u"live"_s, LiveKey),
                                           appObject(u"Live B"_s, u"live"_s, LiveKey),
                                           appObject(u"Sandbox"_s, u"sandbox"_s)},
                                          ask);
    const AppImportReport::Entry &failed = report.entries.at(0);
    QCOMPARE(failed.outcome, Outcome::NotSaved);
    QCOMPARE(failed.error, SecretResult::failure(SecretResult::Status::AccessDenied).message);
    QCOMPARE(report.entries.at(1).outcome, Outcome::Saved);
    QCOMPARE(report.entries.at(2).outcome, Outcome::SavedWithGeneratedCredentials);
    QCOMPARE(report.savedCount(), 2);
    QCOMPARE(storedNames(), (QStringList{u"Live B"_s, u"Sandbox"_s}));
    QCOMPARE(m_apps->apps().size(), 2);
    QVERIFY(!m_secrets->secrets.contains(failed.app.id));
}

void TestAppImport::nameClashIsRenamedAndReported()
{
    OtpAppConfig shop;
    shop.name = u"Shop"_s;
    shop.contactEmail = u"qa@example.com"_s;
    shop.contactName = u"QA"_s;
    shop.messageTemplate = u"Code {otp}"_s;
    QVERIFY(m_workspace->apps().insert(shop).ok());
    m_apps->reload();

    ScriptedAsk ask{QStringList{}};
    const AppImportReport report = import({appObject(u"shop"_s, u"sandbox"_s)}, ask);
    QCOMPARE(ask.calls, 0); // no app needed a secret
    const AppImportReport::Entry &entry = report.entries.at(0);
    QCOMPARE(entry.outcome, Outcome::SavedWithGeneratedCredentials);
    QVERIFY(entry.renamed);
    QCOMPARE(entry.nameInFile, u"shop"_s);
    QCOMPARE(entry.app.name, u"shop (2)"_s);
    QCOMPARE(storedNames(), (QStringList{u"Shop"_s, u"shop (2)"_s}));
}

void TestAppImport::reportWaitsForEveryKeychainWrite()
{
    m_secrets->holdAnswers = true;
    ScriptedAsk ask{QStringList{LiveSecret}};
    AppImport useCase(*m_apps);
    const QFuture<AppImportReport> future
        = useCase.importFile(writeFile({appObject(u"Sandbox"_s, u"sandbox"_s),
                                        appObject(u"Live"_s, u"live"_s, LiveKey)}),
                             ask.callback());
    QTRY_COMPARE(m_secrets->heldAnswers(), 2);
    QTest::qWait(50);
    QVERIFY(!future.isFinished());
    QVERIFY(storedNames().isEmpty()); // the apps wait for their secrets

    m_secrets->release();
    QTRY_VERIFY(future.isFinished());
    QCOMPARE(future.result().savedCount(), 2);
    QCOMPARE(m_secrets->secrets.size(), 2);
    QCOMPARE(storedNames().size(), 2);
}

void TestAppImport::rejectedAppsAreReported()
{
    QJsonObject broken = appObject(u"Broken"_s, u"live"_s, LiveKey);
    broken.remove(u"environment"_s);
    ScriptedAsk ask{QStringList{}};
    const AppImportReport report
        = import({appObject(u"Good"_s, u"sandbox"_s), broken, u"not an app"_s}, ask);
    QCOMPARE(report.entries.size(), 3);
    QCOMPARE(report.entries.at(0).outcome, Outcome::SavedWithGeneratedCredentials);
    const AppImportReport::Entry &rejected = report.entries.at(1);
    QCOMPARE(rejected.outcome, Outcome::Rejected);
    QCOMPARE(rejected.index, 1);
    QCOMPARE(rejected.nameInFile, u"Broken"_s);
    QVERIFY(hasErrors(rejected.issues));
    QCOMPARE(report.entries.at(2).outcome, Outcome::Rejected);
    QCOMPARE(report.entries.at(2).index, 2);
    QCOMPARE(storedNames(), QStringList{u"Good"_s});
}

void TestAppImport::refusedFileStoresNothing()
{
    const QString path = m_dir->filePath(u"not-apps.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something-else\", \"apps\": []}");
    file.close();
    ScriptedAsk ask{QStringList{}};
    AppImport useCase(*m_apps);
    QFuture<AppImportReport> future = useCase.importFile(path, ask.callback());
    QTRY_VERIFY(future.isFinished());
    const AppImportReport report = future.result();
    QCOMPARE(report.status, Status::FileRefused);
    QVERIFY(report.error.contains(u"otp-manager-apps"_s));
    QCOMPARE(ask.calls, 0);
    QVERIFY(storedNames().isEmpty());
}

void TestAppImport::importingTheSameFileAgainAddsNothing()
{
    const QJsonArray apps{
        appObject(u"From File"_s, u"sandbox"_s, u"1111222233334444"_s, FileSecret),
        appObject(u"Live A"_s, u"live"_s, LiveKey)};
    ScriptedAsk first{QStringList{LiveSecret}};
    QCOMPARE(import(apps, first).savedCount(), 2);
    const int writes = m_secrets->writes;

    ScriptedAsk again{QStringList{}};
    const AppImportReport report = import(apps, again);
    QCOMPARE(again.calls, 0); // nothing to ask: the Live app is there already
    QCOMPARE(report.status, Status::Finished);
    QCOMPARE(report.savedCount(), 0);
    QCOMPARE(report.entries.size(), 2);
    for (const AppImportReport::Entry &entry : report.entries) {
        QCOMPARE(entry.outcome, Outcome::AlreadyThere);
        QVERIFY(!entry.isProblem());
    }
    QCOMPARE(report.entries.at(1).app.name, u"Live A"_s);
    QCOMPARE(storedNames(), (QStringList{u"From File"_s, u"Live A"_s})); // no "Live A (2)"
    QCOMPARE(m_secrets->writes, writes);
}

void TestAppImport::cancelWhileStoringLeavesNothing()
{
    m_secrets->holdAnswers = true;
    ScriptedAsk ask{QStringList{}};
    QJsonArray apps;
    for (int i = 0; i < 10; ++i)
        apps << appObject(u"Sandbox %1"_s.arg(i), u"sandbox"_s);
    AppImport useCase(*m_apps);
    const QFuture<AppImportReport> future = useCase.importFile(writeFile(apps), ask.callback());
    QTRY_VERIFY(m_secrets->heldAnswers() > 0);
    QVERIFY(!PendingSecrets(m_workspace->database()).isEmpty()); // recorded before the writes
    useCase.cancel();
    m_secrets->holdAnswers = false;
    m_secrets->release(); // the writes in flight answer; no more are started
    QTRY_VERIFY(future.isFinished());
    QCOMPARE(future.result().status, Status::Cancelled);
    QVERIFY(m_secrets->writes < 10);
    QVERIFY(m_secrets->secrets.isEmpty()); // the ones written are removed again
    QVERIFY(storedNames().isEmpty());
    QVERIFY(PendingSecrets(m_workspace->database()).isEmpty());
}

void TestAppImport::progressCountsTheSecretsWritten()
{
    ScriptedAsk ask{QStringList{LiveSecret, QString()}};
    AppImport useCase(*m_apps);
    const QFuture<AppImportReport> future
        = useCase.importFile(writeFile({appObject(u"Sandbox"_s, u"sandbox"_s),
                                        appObject(u"Live A"_s, u"live"_s, LiveKey),
                                        appObject(u"Live B"_s, u"live"_s, LiveKey)}),
                             ask.callback());
    QTRY_VERIFY(future.isFinished());
    QCOMPARE(future.progressMinimum(), 0);
    QCOMPARE(future.progressMaximum(), 2); // Live B has no secret to write
    QCOMPARE(future.progressValue(), 2);
}

void TestAppImport::nameTakenMeanwhileIsTheValidatorsMessage()
{
    m_secrets->holdAnswers = true;
    ScriptedAsk ask{QStringList{}};
    AppImport useCase(*m_apps);
    const QFuture<AppImportReport> future = useCase.importFile(
        writeFile({appObject(u"Shop"_s, u"sandbox"_s), appObject(u"Other"_s, u"sandbox"_s)}),
        ask.callback());
    QTRY_VERIFY(m_secrets->heldAnswers() > 0);
    // Another process stores an app called "SHOP" while the secrets are being written.
    OtpAppConfig shop;
    shop.name = u"SHOP"_s;
    shop.contactEmail = u"qa@example.com"_s;
    shop.contactName = u"QA"_s;
    shop.messageTemplate = u"Code {otp}"_s;
    QVERIFY(m_workspace->apps().insert(shop).ok());
    m_secrets->holdAnswers = false;
    m_secrets->release();
    QTRY_VERIFY(future.isFinished());
    const AppImportReport report = future.result();
    QCOMPARE(report.savedCount(), 0); // one transaction: neither
    QCOMPARE(report.entries.at(0).outcome, Outcome::NotSaved);
    QCOMPARE(report.entries.at(0).error, OtpAppValidator::nameTakenMessage(u"SHOP"_s));
    QTRY_VERIFY(m_secrets->secrets.isEmpty());
    QCOMPARE(storedNames(), QStringList{u"SHOP"_s});
}

void TestAppImport::anotherImportRunningIsRefused()
{
    ImportLock other(m_dir->path()); // as another process's import holds it
    QVERIFY(other.tryLock().ok());
    ImportLock second(m_dir->path());
    QVERIFY(!second.tryLock().ok());
    ScriptedAsk ask{QStringList{}};
    const AppImportReport report = import({appObject(u"Sandbox"_s, u"sandbox"_s)}, ask);
    QCOMPARE(report.entries.at(0).outcome, Outcome::NotSaved);
    QVERIFY2(report.entries.at(0).error.contains(u"Another import"_s),
             qPrintable(report.entries.at(0).error));
    QCOMPARE(m_secrets->writes, 0);
    QVERIFY(storedNames().isEmpty());
}

void TestAppImport::leftoversOfAKilledImportAreRemoved()
{
    // What a kill between the keychain writes and the commit leaves: journal rows and secrets,
    // and (for a row whose app was committed after all) an app.
    const QUuid orphan = QUuid::createUuid();
    m_secrets->secrets.insert(orphan, FileSecret);
    OtpAppConfig stored;
    stored.name = u"Stored"_s;
    stored.contactEmail = u"qa@example.com"_s;
    stored.contactName = u"QA"_s;
    stored.messageTemplate = u"Code {otp}"_s;
    stored = m_workspace->apps().insert(stored).value;
    m_secrets->secrets.insert(stored.id, LiveSecret);
    QVERIFY(PendingSecrets(m_workspace->database()).add({orphan, stored.id}).ok());
    QVERIFY(m_workspace->hasOrphanedSecrets());

    QFuture<PendingSecretCleanup::Summary> cleanup = m_workspace->removeOrphanedSecrets(*m_secrets);
    QTRY_VERIFY(cleanup.isFinished());
    QCOMPARE(cleanup.result().removed, 1);
    QVERIFY(!m_secrets->secrets.contains(orphan));
    QCOMPARE(m_secrets->secrets.value(stored.id), LiveSecret); // an app's secret stays
    QVERIFY(!m_workspace->hasOrphanedSecrets());
}

QTEST_GUILESS_MAIN(TestAppImport)
#include "tst_appimport.moc"

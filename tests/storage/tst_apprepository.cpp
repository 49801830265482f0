#include "StorageTestSupport.h"
#include "domain/OtpAppValidator.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"
#include "storage/PendingSecrets.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StorageTestSupport;

class TestAppRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void fillsIdAndTimestamps();
    void listsByNameCaseInsensitively();
    void findsByNameCaseInsensitively();
    void refusesATakenName();
    void insertAllIsAllOrNothing();
    void nameClashIsTheValidatorsMessage_data();
    void nameClashIsTheValidatorsMessage();
    void insertSettlesThePendingSecret();
    void updateKeepsIdAndCreationTime();
    void keepsTestNumbers();
    void updateOfAMissingAppFails();
    void removeKeepsTheHistory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAppRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isUsable());
}

void TestAppRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAppRepository::roundTripsEveryField_data()
{
    QTest::addColumn<OtpAppConfig>("app");
    QTest::newRow("sandbox, Thai") << sampleApp(u"ร้านกาแฟสดใหม่"_s, Environment::Sandbox);
    QTest::newRow("live, IP ranges") << sampleApp(u"Shop"_s, Environment::Live);
    OtpAppConfig custom = sampleApp(u"Staging ทดสอบ 🚀"_s, Environment::Custom);
    custom.digits = 8;
    custom.expiryMinutes = 660;
    custom.contactName.clear();
    QTest::newRow("custom, base URL, emoji") << custom;
}

void TestAppRepository::roundTripsEveryField()
{
    QFETCH(OtpAppConfig, app);
    AppRepository apps(*m_db);
    const Result<OtpAppConfig> inserted = apps.insert(app);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error));
    const std::optional<OtpAppConfig> found = apps.find(app.id);
    QVERIFY(found.has_value());
    QCOMPARE(*found, inserted.value);
    QCOMPARE(found->name, app.name);
    QCOMPARE(found->messageTemplate, app.messageTemplate);
    QCOMPARE(found->ipRanges, app.ipRanges);
    QCOMPARE(found->baseUrl, app.baseUrl);
    QCOMPARE(found->environment, app.environment);
    QCOMPARE(found->digits, app.digits);
    QCOMPARE(found->expiryMinutes, app.expiryMinutes);
    QCOMPARE(found->appKey, app.appKey);
    QCOMPARE(found->contactName, app.contactName);

    // A new connection (a restart) reads the same.
    m_db.reset();
    Database reopened(m_dir->path());
    QCOMPARE(reopened.open().status, DatabaseOpenReport::Status::Opened);
    QCOMPARE(*AppRepository(reopened).find(app.id), inserted.value);
}

void TestAppRepository::fillsIdAndTimestamps()
{
    AppRepository apps(*m_db);
    OtpAppConfig app = sampleApp(u"Shop"_s);
    app.id = QUuid();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Result<OtpAppConfig> inserted = apps.insert(app);
    QVERIFY(inserted.ok());
    QVERIFY(!inserted.value.id.isNull());
    QVERIFY(inserted.value.createdAt >= before);
    QCOMPARE(inserted.value.updatedAt, inserted.value.createdAt);
    QCOMPARE(*apps.find(inserted.value.id), inserted.value);
}

void TestAppRepository::listsByNameCaseInsensitively()
{
    AppRepository apps(*m_db);
    for (const QString &name : {u"gamma"_s, u"ร้านค้า"_s, u"Beta"_s, u"alpha"_s})
        QVERIFY(apps.insert(sampleApp(name)).ok());
    const QStringList expected{u"alpha"_s, u"Beta"_s, u"gamma"_s, u"ร้านค้า"_s};
    QCOMPARE(apps.names(), expected);
    QStringList listed;
    for (const OtpAppConfig &app : apps.list())
        listed << app.name;
    QCOMPARE(listed, expected);
}

void TestAppRepository::findsByNameCaseInsensitively()
{
    AppRepository apps(*m_db);
    const OtpAppConfig shop = sampleApp(u"Coffee Shop"_s);
    const OtpAppConfig thai = sampleApp(u"ร้านค้า"_s);
    QVERIFY(apps.insert(shop).ok());
    QVERIFY(apps.insert(thai).ok());
    QCOMPARE(apps.findByName(u"COFFEE shop"_s)->id, shop.id);
    QCOMPARE(apps.findByName(u"  coffee shop "_s)->id, shop.id);
    QCOMPARE(apps.findByName(u"ร้านค้า"_s)->id, thai.id);
    QVERIFY(!apps.findByName(u"Coffee"_s).has_value());
}

void TestAppRepository::refusesATakenName()
{
    AppRepository apps(*m_db);
    QVERIFY(apps.insert(sampleApp(u"Shop"_s)).ok());
    const Result<OtpAppConfig> clash = apps.insert(sampleApp(u"SHOP"_s));
    QVERIFY(!clash.ok());
    // The validator's sentence, naming the app that has the name.
    QCOMPARE(clash.error, OtpAppValidator::nameTakenMessage(u"Shop"_s));
    QCOMPARE(apps.list().size(), 1);
}

void TestAppRepository::insertAllIsAllOrNothing()
{
    AppRepository apps(*m_db);
    QVERIFY(apps.insert(sampleApp(u"Taken"_s)).ok());
    const QList<OtpAppConfig> batch{sampleApp(u"One"_s), sampleApp(u"taken"_s),
                                    sampleApp(u"Three"_s)};
    QVERIFY(!apps.insertAll(batch).ok());
    QCOMPARE(apps.names(), QStringList{u"Taken"_s});

    const QList<OtpAppConfig> good{sampleApp(u"One"_s), sampleApp(u"Two"_s)};
    const auto stored = apps.insertAll(good);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value.size(), 2);
    QCOMPARE(apps.list().size(), 3);
}

void TestAppRepository::nameClashIsTheValidatorsMessage_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("clashing");
    QTest::newRow("ASCII case") << u"Shop"_s << u"SHOP"_s;
    // SQLite reads a lone surrogate with the next character as one ("S\ud800hop" is stored as
    // "S𐁨op"): Qt sees two names, the unique index one (issue 15).
    QTest::newRow("lone surrogate")
        << QString::fromUcs4(U"S\U00010068op") << u"S"_s + QChar(0xd800) + u"hop"_s;
}

// Whoever finds a name clash, the user reads the validator's sentence, not "UNIQUE constraint
// failed: apps.name … Check that the disk is not full".
void TestAppRepository::nameClashIsTheValidatorsMessage()
{
    QFETCH(QString, stored);
    QFETCH(QString, clashing);
    AppRepository apps(*m_db);
    QVERIFY(apps.insert(sampleApp(stored)).ok());
    const Result<OtpAppConfig> inserted = apps.insert(sampleApp(clashing));
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error, OtpAppValidator::nameTakenMessage(stored));

    OtpAppConfig renamed = apps.insert(sampleApp(u"Other"_s)).value;
    renamed.name = clashing;
    const Result<OtpAppConfig> updated = apps.update(renamed);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error, OtpAppValidator::nameTakenMessage(stored));
}

// The journal row of an app's secret goes in the transaction that inserts the app.
void TestAppRepository::insertSettlesThePendingSecret()
{
    AppRepository apps(*m_db);
    PendingSecrets journal(*m_db);
    const OtpAppConfig one = sampleApp(u"One"_s);
    const OtpAppConfig two = sampleApp(u"Two"_s);
    QVERIFY(journal.add({one.id, two.id}).ok());
    QCOMPARE(journal.list(), (QList<QUuid>{one.id, two.id}));
    using Settle = AppRepository::SettlePendingSecrets;
    QVERIFY(!apps.insertAll({one, sampleApp(u"one"_s)}, Settle::Yes).ok()); // rolled back
    QCOMPARE(journal.list().size(), 2);
    QVERIFY(apps.insertAll({one}, Settle::Yes).ok());
    QCOMPARE(journal.list(), QList<QUuid>{two.id});
    QVERIFY(journal.remove({two.id}).ok());
    QVERIFY(journal.isEmpty());
}

void TestAppRepository::updateKeepsIdAndCreationTime()
{
    AppRepository apps(*m_db);
    const OtpAppConfig original = apps.insert(sampleApp(u"Shop"_s)).value;
    QTest::qWait(5);
    OtpAppConfig changed = original;
    changed.name = u"ร้านใหม่"_s;
    changed.digits = 4;
    changed.environment = Environment::Live;
    changed.appKey = u"9999888877776666"_s;
    changed.ipRanges = {u"198.51.100.7"_s};
    changed.createdAt = QDateTime::currentDateTimeUtc().addYears(-1); // ignored
    const Result<OtpAppConfig> updated = apps.update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.error));
    QCOMPARE(updated.value.id, original.id);
    QCOMPARE(updated.value.createdAt, original.createdAt);
    QVERIFY(updated.value.updatedAt > original.updatedAt);
    QCOMPARE(updated.value.name, u"ร้านใหม่"_s);
    QCOMPARE(updated.value.digits, 4);
    QCOMPARE(updated.value.environment, Environment::Live);
    QCOMPARE(updated.value.ipRanges, QStringList{u"198.51.100.7"_s});
    QCOMPARE(*apps.find(original.id), updated.value);
}

// Fixed codes and each kind of failure, in their order, after an insert, an update and a
// restart; an update that removes them all leaves none.
void TestAppRepository::keepsTestNumbers()
{
    AppRepository apps(*m_db);
    OtpAppConfig app = sampleApp(u"Shop"_s);
    app.testNumbers = {TestNumber{u"+66800000001"_s, u"123456"_s, {}},
                       TestNumber{u"+66800000002"_s, {}, u"ERROR_IP_NOT_ALLOWED"_s},
                       TestNumber{u"+66800000003"_s, {}, u"116"_s},
                       TestNumber{u"+66800000004"_s, {}, u"drop"_s}};
    const Result<OtpAppConfig> inserted = apps.insert(app);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error));
    QCOMPARE(apps.find(app.id)->testNumbers, app.testNumbers);

    OtpAppConfig changed = inserted.value;
    changed.testNumbers.removeFirst();
    changed.testNumbers.append(TestNumber{u"+66900000009"_s, u"000000"_s, {}});
    QVERIFY(apps.update(changed).ok());
    m_db.reset();
    Database reopened(m_dir->path());
    QCOMPARE(reopened.open().status, DatabaseOpenReport::Status::Opened);
    AppRepository again(reopened);
    QCOMPARE(again.find(app.id)->testNumbers, changed.testNumbers);

    changed.testNumbers.clear();
    QVERIFY(again.update(changed).ok());
    QVERIFY(again.find(app.id)->testNumbers.isEmpty());
}

void TestAppRepository::updateOfAMissingAppFails()
{
    AppRepository apps(*m_db);
    const Result<OtpAppConfig> result = apps.update(sampleApp(u"Ghost"_s));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QVERIFY(apps.list().isEmpty());
}

void TestAppRepository::removeKeepsTheHistory()
{
    AppRepository apps(*m_db);
    ExchangeRepository history(*m_db);
    const OtpAppConfig app = apps.insert(sampleApp(u"ร้านค้า"_s)).value;
    StoredExchange call;
    call.appId = app.id;
    call.appName = app.name;
    call.startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(history.append(call).ok());

    const Result<bool> removed = apps.remove(app.id);
    QVERIFY(removed.ok());
    QVERIFY(removed.value);
    QVERIFY(!apps.find(app.id).has_value());
    QVERIFY(!apps.remove(app.id).value); // already gone

    ExchangeFilter filter;
    filter.appId = app.id;
    const QList<StoredExchange> kept = history.list(filter);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().appName, u"ร้านค้า"_s);
}

QTEST_GUILESS_MAIN(TestAppRepository)
#include "tst_apprepository.moc"

#include "StorageTestSupport.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"
#include "storage/InboxRepository.h"
#include "storage/SchemaMigrations.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StorageTestSupport;
using Status = DatabaseOpenReport::Status;

namespace {
// A plain Qt SQL connection for doing to the file what another program (or an older version)
// would do, outside Database.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0);
}

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db.connection());
    query.exec(u"PRAGMA table_info("_s + table + u')');
    while (query.next())
        columns << query.value(1).toString();
    return columns;
}

// An app as the releases before test numbers stored it: the apps table of version 1.
// AppRepository writes today's columns, which an older file does not have yet.
bool insertFirstSchemaApp(Database &db, const OtpAppConfig &app)
{
    QSqlQuery query(db.connection());
    query.prepare(u"INSERT INTO apps (id, name, digits, message_template, expiry_minutes,"
                  " environment, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)"_s);
    for (const QVariant &value :
         QVariantList{app.id.toString(QUuid::WithoutBraces), app.name, app.digits,
                      app.messageTemplate, app.expiryMinutes, enumId(app.environment)})
        query.addBindValue(value);
    return query.exec();
}

QString appNameIn(Database &db, const QUuid &id)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT name FROM apps WHERE id = ?"_s);
    query.addBindValue(id.toString(QUuid::WithoutBraces));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

Migration addNotesColumn()
{
    return Migration{
        2, u"notes on apps"_s, {u"ALTER TABLE apps ADD COLUMN notes TEXT NOT NULL DEFAULT ''"_s}};
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsFreshDatabaseWithPragmas();
    void reopensExistingDatabase();
    void noColumnHoldsASecret();
    void twoConnectionsShareTheFile();
    void opensFirstSchemaWrittenByHand();
    void upgradesOlderSchemaKeepingData();
    void failedUpgradeChangesNothing();
    void upgradeToVersionTwoKeepsInboxAndAllowsEvicted();
    void upgradeToVersionThreeAddsTheListIndexes();
    void upgradeToVersionFiveKeepsInboxAndAddsSandboxTokens();
    void refusesNewerSchemaAndLeavesFileUntouched();
    void refusesForeignDatabaseUntouched();
    void movesGarbageFileAsideAndStartsFresh();
    void movesTruncatedDatabaseAsideAndStartsFresh();
    void movesSidecarFilesWithTheDamagedFile();

private:
    QString filePath(const QTemporaryDir &dir) const
    {
        return QDir(dir.path()).filePath(Database::fileName());
    }
};

void TestDatabase::createsFreshDatabaseWithPragmas()
{
    QTemporaryDir dir;
    Database db(dir.path());
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.status, Status::Created);
    QVERIFY(result.isUsable());
    QVERIFY(result.message.isEmpty());
    QCOMPARE(result.foundVersion, 0);
    QCOMPARE(result.currentVersion, Database::latestVersion());
    QVERIFY(QFileInfo::exists(filePath(dir)));
    QCOMPARE(pragma(db, u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(db, u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(db, u"synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(pragma(db, u"busy_timeout"_s).toInt(), Database::BusyTimeoutMs);
    QCOMPARE(db.integrityCheck(), u"ok"_s);

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT MAX(version) FROM schema_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::latestVersion());

    // The indexes the UI's queries, the sandbox's tokens and the reports need.
    QStringList indexes;
    QVERIFY(
        query.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"_s));
    while (query.next())
        indexes << query.value(0).toString();
    for (const QString &index :
         {u"exchanges_app_list"_s, u"exchanges_list"_s, u"inbox_time"_s, u"inbox_app_time"_s,
          u"inbox_token"_s, u"inbox_pending"_s, u"sandbox_tokens_expiry"_s, u"exchanges_report"_s,
          u"exchanges_app_report"_s, u"exchanges_token"_s, u"sandbox_traffic_time"_s,
          u"sandbox_traffic_app_time"_s, u"sandbox_traffic_token"_s})
        QVERIFY2(indexes.contains(index), qPrintable(index));
}

void TestDatabase::reopensExistingDatabase()
{
    QTemporaryDir dir;
    OtpAppConfig app = sampleApp(u"ร้านกาแฟ"_s);
    {
        Database db(dir.path());
        QCOMPARE(db.open().status, Status::Created);
        AppRepository apps(db);
        QVERIFY(apps.insert(app).ok());
    }
    Database db(dir.path());
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.status, Status::Opened);
    QCOMPARE(result.foundVersion, Database::latestVersion());
    AppRepository apps(db);
    QVERIFY(apps.find(app.id).has_value());
}

void TestDatabase::noColumnHoldsASecret()
{
    QTemporaryDir dir;
    Database db(dir.path());
    QVERIFY(db.open().isUsable());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    QVERIFY(tables.contains(u"apps"_s));
    QVERIFY(tables.contains(u"exchanges"_s));
    QVERIFY(tables.contains(u"inbox"_s));
    QVERIFY(tables.contains(u"sandbox_tokens"_s));
    for (const QString &table : std::as_const(tables)) {
        const QStringList columns = columnsOf(db, table);
        QVERIFY(!columns.isEmpty());
        for (const QString &column : columns)
            QVERIFY2(!column.contains(u"secret", Qt::CaseInsensitive),
                     qPrintable(table + u'.' + column));
    }
}

void TestDatabase::twoConnectionsShareTheFile()
{
    QTemporaryDir dir;
    Database writer(dir.path());
    Database reader(dir.path());
    QVERIFY(writer.open().isUsable());
    QVERIFY(reader.open().isUsable());
    AppRepository writerApps(writer);
    AppRepository readerApps(reader);
    const OtpAppConfig app = sampleApp(u"Shop"_s);
    QVERIFY(writerApps.insert(app).ok());
    QVERIFY(readerApps.find(app.id).has_value());
}

void TestDatabase::opensFirstSchemaWrittenByHand()
{
    // A version-1 file as the first release left it, written without Database: the statements
    // of migration 1, in the default rollback-journal mode, with a row inserted by plain SQL.
    QTemporaryDir dir;
    const Migration first = SchemaMigrations::all().constFirst();
    QCOMPARE(first.version, 1);
    {
        RawConnection raw(filePath(dir));
        for (const QString &statement : first.statements)
            QVERIFY(raw.exec(statement));
        QVERIFY(raw.exec(u"INSERT INTO schema_version VALUES (1, 0, 'by hand')"_s));
        QVERIFY(raw.exec(
            u"INSERT INTO apps VALUES ('8c6f0d4e-2b1a-4c3d-9e8f-0a1b2c3d4e5f', 'ร้านค้า', "
            "'qa@example.com', '', 4, 'Code {otp}', 90, '[\"203.0.113.0/24\"]', 'live', '', "
            "'1234567890123456', 1700000000000, 1700000001000)"_s));
    }
    Database db(dir.path());
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.foundVersion, 1);
    QCOMPARE(result.status, Database::latestVersion() == 1 ? Status::Opened : Status::Upgraded);
    AppRepository apps(db);
    const auto app = apps.find(QUuid::fromString(u"8c6f0d4e-2b1a-4c3d-9e8f-0a1b2c3d4e5f"_s));
    QVERIFY(app.has_value());
    QCOMPARE(app->name, u"ร้านค้า"_s);
    QCOMPARE(app->digits, 4);
    QCOMPARE(app->expiryMinutes, 90);
    QCOMPARE(app->ipRanges, QStringList{u"203.0.113.0/24"_s});
    QCOMPARE(app->environment, Environment::Live);
    QCOMPARE(app->createdAt.toMSecsSinceEpoch(), 1700000000000);
    QVERIFY(app->testNumbers.isEmpty()); // apps of older files have none
    QCOMPARE(pragma(db, u"journal_mode"_s).toString(), u"wal"_s);
}

void TestDatabase::upgradesOlderSchemaKeepingData()
{
    QTemporaryDir dir;
    const OtpAppConfig app = sampleApp(u"Shop"_s);
    {
        Database v1(dir.path(), {SchemaMigrations::all().constFirst()});
        QCOMPARE(v1.open().status, Status::Created);
        QVERIFY(insertFirstSchemaApp(v1, app));
    }
    Database v2(dir.path(), {SchemaMigrations::all().constFirst(), addNotesColumn()});
    const DatabaseOpenReport result = v2.open();
    QCOMPARE(result.status, Status::Upgraded);
    QCOMPARE(result.foundVersion, 1);
    QCOMPARE(result.currentVersion, 2);
    QVERIFY(columnsOf(v2, u"apps"_s).contains(u"notes"_s));
    QCOMPARE(appNameIn(v2, app.id), u"Shop"_s);
    QSqlQuery query(v2.connection());
    QVERIFY(query.exec(u"SELECT COUNT(*), MAX(version) FROM schema_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toInt(), 2);
}

void TestDatabase::failedUpgradeChangesNothing()
{
    QTemporaryDir dir;
    const OtpAppConfig app = sampleApp(u"Shop"_s);
    const Migration first = SchemaMigrations::all().constFirst();
    {
        Database v1(dir.path(), {first});
        QVERIFY(v1.open().isUsable());
        QVERIFY(insertFirstSchemaApp(v1, app));
    }
    const Migration broken{2,
                           u"broken"_s,
                           {u"CREATE TABLE half_done (x INTEGER)"_s,
                            u"ALTER TABLE no_such_table ADD COLUMN y TEXT"_s}};
    {
        Database v2(dir.path(), {first, broken});
        const DatabaseOpenReport result = v2.open();
        QCOMPARE(result.status, Status::Failed);
        QVERIFY(!result.isUsable());
        QVERIFY(!v2.isOpen());
        QVERIFY2(result.message.contains(u"1") && result.message.contains(u"2"),
                 qPrintable(result.message));
    }
    Database again(dir.path(), {first});
    QCOMPARE(again.open().status, Status::Opened); // still version 1
    QVERIFY(!columnsOf(again, u"half_done"_s).size()); // the first statement was rolled back
    QCOMPARE(appNameIn(again, app.id), app.name);
}

void TestDatabase::upgradeToVersionTwoKeepsInboxAndAllowsEvicted()
{
    // A version-1 file with messages in its inbox, as the previous release wrote it.
    QTemporaryDir dir;
    const OtpAppConfig app = sampleApp(u"Shop"_s);
    QList<OtpMessage> messages;
    {
        Database v1(dir.path(), {SchemaMigrations::all().constFirst()});
        QCOMPARE(v1.open().status, Status::Created);
        QVERIFY(insertFirstSchemaApp(v1, app));
        InboxRepository inbox(v1);
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1700000000000, QTimeZone::utc());
        for (const OtpMessage::State state :
             {OtpMessage::State::Pending, OtpMessage::State::Verified, OtpMessage::State::Expired,
              OtpMessage::State::Burned}) {
            OtpMessage sms;
            sms.appId = app.id;
            sms.appName = app.name;
            sms.msisdn = u"+66812345678"_s;
            sms.text = u"รหัส %1"_s.arg(int(state));
            sms.code = u"12345%1"_s.arg(int(state));
            sms.refno = u"REF%1"_s.arg(int(state));
            sms.token = u"token-%1"_s.arg(int(state));
            sms.createdAt = t0.addSecs(60 * int(state));
            sms.expiresAt = sms.createdAt.addSecs(300);
            sms.state = state;
            const Result<qint64> id = inbox.append(sms);
            QVERIFY2(id.ok(), qPrintable(id.error));
            sms.id = id.value;
            messages.prepend(sms); // lists are newest first
        }
        // Version 1 refuses the state.
        OtpMessage evicted = messages.first();
        evicted.state = OtpMessage::State::Evicted;
        QVERIFY(!inbox.append(evicted).ok());
    }

    Database db(dir.path(), SchemaMigrations::all().mid(0, 2)); // version 2 as released
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.status, Status::Upgraded);
    QCOMPARE(result.foundVersion, 1);
    QCOMPARE(result.currentVersion, 2);
    QCOMPARE(db.integrityCheck(), u"ok"_s);

    // Every row and id kept, the index rebuilt, no table left over.
    InboxRepository inbox(db);
    QCOMPARE(inbox.list(), messages);
    QCOMPARE(appNameIn(db, app.id), app.name);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT name, tbl_name FROM sqlite_master WHERE sql IS NOT NULL"
                       " AND name LIKE 'inbox%'"_s));
    QStringList objects;
    while (query.next())
        objects << query.value(0).toString() + u'/' + query.value(1).toString();
    objects.sort();
    QCOMPARE(objects, (QStringList{u"inbox/inbox"_s, u"inbox_time/inbox"_s}));

    // Evicted is stored now; anything else still is not.
    const Result<bool> updated = inbox.updateState(messages.first().id, OtpMessage::State::Evicted);
    QVERIFY2(updated.ok() && updated.value, qPrintable(updated.error));
    QCOMPARE(inbox.find(messages.first().id)->state, OtpMessage::State::Evicted);
    QVERIFY(!query.exec(u"UPDATE inbox SET state = 'lost'"_s));
    // New rows continue after the old ids.
    QVERIFY(inbox.append(messages.first()).value > messages.first().id);
}

// Version 3 only adds indexes: a version-2 file with history and inbox keeps every row, and the
// lists' indexes replace the ones they extend.
void TestDatabase::upgradeToVersionThreeAddsTheListIndexes()
{
    QTemporaryDir dir;
    {
        Database v2(dir.path(), SchemaMigrations::all().mid(0, 2));
        QCOMPARE(v2.open().status, Status::Created);
        // Plain SQL: today's repository writes columns a version 2 file does not have yet.
        const QUuid appId = QUuid::createUuid();
        QSqlQuery insert(v2.connection());
        QVERIFY(insert.exec(u"INSERT INTO exchanges (app_id, app_name, call, started_at, msisdn)"
                            " VALUES ('%1', 'Shop', 'request', 0, '+66812345678')"_s.arg(
                                appId.toString(QUuid::WithoutBraces))));
        OtpMessage sms;
        sms.appId = appId;
        sms.token = u"token-1"_s;
        QVERIFY(InboxRepository(v2).append(sms).ok());
    }
    Database db(dir.path(), SchemaMigrations::all().mid(0, 3)); // version 3 as released
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.status, Status::Upgraded);
    QCOMPARE(result.foundVersion, 2);
    QCOMPARE(result.currentVersion, 3);
    QCOMPARE(ExchangeRepository(db).count(), 1);
    QCOMPARE(InboxRepository(db).findByToken(u"token-1"_s)->token, u"token-1"_s);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                       " ORDER BY name"_s));
    QStringList indexes;
    while (query.next())
        indexes << query.value(0).toString();
    QCOMPARE(indexes,
             (QStringList{u"apps_name"_s, u"exchanges_app_list"_s, u"exchanges_list"_s,
                          u"inbox_app_time"_s, u"inbox_time"_s, u"inbox_token"_s}));
}

// Version 5: the inbox is rebuilt to accept "lost" (every row, id and index kept, plus the
// partial index of pending messages), and sandbox_tokens keeps the sandbox's tokens.
void TestDatabase::upgradeToVersionFiveKeepsInboxAndAddsSandboxTokens()
{
    QTemporaryDir dir;
    QList<OtpMessage> messages;
    {
        Database v4(dir.path(), SchemaMigrations::all().mid(0, 4));
        QCOMPARE(v4.open().status, Status::Created);
        InboxRepository inbox(v4);
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1700000000000, QTimeZone::utc());
        for (const OtpMessage::State state :
             {OtpMessage::State::Pending, OtpMessage::State::Verified, OtpMessage::State::Expired,
              OtpMessage::State::Burned, OtpMessage::State::Evicted}) {
            OtpMessage sms;
            sms.appId = QUuid::createUuid();
            sms.appName = u"Shop"_s;
            sms.msisdn = u"+66812345678"_s;
            sms.text = u"รหัส %1"_s.arg(int(state));
            sms.code = u"12345%1"_s.arg(int(state));
            sms.refno = u"REF%1"_s.arg(int(state));
            sms.token = u"token-%1"_s.arg(int(state));
            sms.createdAt = t0.addSecs(60 * int(state));
            sms.expiresAt = sms.createdAt.addSecs(300);
            sms.state = state;
            const Result<qint64> id = inbox.append(sms);
            QVERIFY2(id.ok(), qPrintable(id.error));
            sms.id = id.value;
            messages.prepend(sms);
        }
        OtpMessage lost = messages.first();
        lost.state = OtpMessage::State::Lost;
        QVERIFY(!inbox.append(lost).ok()); // version 4 refuses the state
    }

    Database db(dir.path(), SchemaMigrations::all().mid(0, 5));
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.status, Status::Upgraded);
    QCOMPARE(result.foundVersion, 4);
    QCOMPARE(result.currentVersion, 5);
    QCOMPARE(db.integrityCheck(), u"ok"_s);
    InboxRepository inbox(db);
    QCOMPARE(inbox.list(), messages);
    const Result<bool> updated = inbox.updateState(messages.first().id, OtpMessage::State::Lost);
    QVERIFY2(updated.ok() && updated.value, qPrintable(updated.error));
    QCOMPARE(inbox.find(messages.first().id)->state, OtpMessage::State::Lost);

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT name, tbl_name FROM sqlite_master WHERE sql IS NOT NULL"
                       " AND (tbl_name = 'inbox' OR tbl_name = 'sandbox_tokens')"_s));
    QStringList objects;
    while (query.next())
        objects << query.value(0).toString() + u'/' + query.value(1).toString();
    objects.sort();
    QCOMPARE(objects,
             (QStringList{u"inbox/inbox"_s, u"inbox_app_time/inbox"_s, u"inbox_pending/inbox"_s,
                          u"inbox_time/inbox"_s, u"inbox_token/inbox"_s,
                          u"sandbox_tokens/sandbox_tokens"_s,
                          u"sandbox_tokens_expiry/sandbox_tokens"_s}));
    QVERIFY(query.exec(u"INSERT INTO sandbox_tokens (token, app_id, code, expires_at, state)"
                       " VALUES ('t', 'a', '1234', 1, 'pending')"_s));
    QVERIFY(!query.exec(u"INSERT INTO sandbox_tokens (token, app_id, code, expires_at, state)"
                        " VALUES ('u', 'a', '1234', 1, 'lost')"_s)); // not a token the store holds
}

void TestDatabase::refusesNewerSchemaAndLeavesFileUntouched()
{
    QTemporaryDir dir;
    const int newer = Database::latestVersion() + 1;
    {
        Database db(dir.path());
        QVERIFY(db.open().isUsable());
        AppRepository apps(db);
        QVERIFY(apps.insert(sampleApp(u"Shop"_s)).ok());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(
            u"INSERT INTO schema_version VALUES (%1, 0, 'from the future')"_s.arg(newer)));
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    const QByteArray bytes = readAll(filePath(dir));
    QVERIFY(!bytes.isEmpty());

    Database db(dir.path());
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.status, Status::NewerSchema);
    QVERIFY(!result.isUsable());
    QVERIFY(!db.isOpen());
    QCOMPARE(result.foundVersion, newer);
    QVERIFY2(result.message.contains(QString::number(newer)), qPrintable(result.message));
    QVERIFY2(result.message.contains(QString::number(Database::latestVersion())),
             qPrintable(result.message));
    QVERIFY(result.movedAsidePath.isEmpty());
    db.close();
    QCOMPARE(readAll(filePath(dir)), bytes);
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        QVERIFY2(!name.contains(u"corrupt"), qPrintable(name));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before); // nothing added or moved
}

void TestDatabase::refusesForeignDatabaseUntouched()
{
    QTemporaryDir dir;
    {
        RawConnection raw(filePath(dir));
        QVERIFY(raw.exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"_s));
        QVERIFY(raw.exec(u"INSERT INTO photos (path) VALUES ('a.jpg')"_s));
    }
    const QByteArray bytes = readAll(filePath(dir));
    Database db(dir.path());
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.status, Status::Failed);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.movedAsidePath.isEmpty());
    QCOMPARE(readAll(filePath(dir)), bytes);
}

void TestDatabase::movesGarbageFileAsideAndStartsFresh()
{
    QTemporaryDir dir;
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : garbage)
        byte = char(generator.bounded(256));
    garbage.replace(0, 16, "not a database!!");
    QVERIFY(writeAll(filePath(dir), garbage));

    Database db(dir.path());
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.status, Status::Recovered);
    QVERIFY(result.isUsable());
    QVERIFY(QFileInfo::exists(result.movedAsidePath));
    QVERIFY(QFileInfo(result.movedAsidePath)
                .fileName()
                .startsWith(Database::fileName() + u".corrupt-"_s));
    QCOMPARE(readAll(result.movedAsidePath), garbage); // nothing lost
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(result.movedAsidePath)),
             qPrintable(result.message));

    // The fresh database works.
    QCOMPARE(db.integrityCheck(), u"ok"_s);
    AppRepository apps(db);
    QVERIFY(apps.insert(sampleApp(u"Shop"_s)).ok());
    QCOMPARE(apps.list().size(), 1);
}

void TestDatabase::movesTruncatedDatabaseAsideAndStartsFresh()
{
    QTemporaryDir dir;
    {
        Database db(dir.path());
        QVERIFY(db.open().isUsable());
        ExchangeRepository history(db);
        QList<StoredExchange> rows;
        for (int i = 0; i < 400; ++i) {
            StoredExchange row;
            row.appId = QUuid::createUuid();
            row.appName = u"ร้านค้า %1"_s.arg(i);
            row.startedAt = QDateTime::currentDateTimeUtc();
            row.recordJson = QByteArray(600, 'x');
            rows << row;
        }
        QVERIFY(history.appendAll(rows).ok());
    }
    QVERIFY(!QFileInfo::exists(filePath(dir) + u"-wal"_s)); // checkpointed on close
    QFile file(filePath(dir));
    const qint64 fullSize = file.size();
    QVERIFY(fullSize > 100 * 1024);
    QVERIFY(file.resize(fullSize / 2));
    const QByteArray truncated = readAll(filePath(dir));

    Database db(dir.path());
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.status, Status::Recovered);
    QCOMPARE(readAll(result.movedAsidePath), truncated);
    ExchangeRepository history(db);
    QCOMPARE(history.count(), 0);
    QVERIFY(history.append(StoredExchange{}).ok());
    QCOMPARE(db.integrityCheck(), u"ok"_s);
}

void TestDatabase::movesSidecarFilesWithTheDamagedFile()
{
    QTemporaryDir dir;
    QVERIFY(writeAll(filePath(dir), QByteArray(8192, '\x5a')));
    QVERIFY(writeAll(filePath(dir) + u"-wal"_s, QByteArray("stale wal bytes")));

    Database db(dir.path());
    const DatabaseOpenReport result = db.open();
    QCOMPARE(result.status, Status::Recovered);
    QCOMPARE(readAll(result.movedAsidePath + u"-wal"_s), QByteArray("stale wal bytes"));
    QVERIFY(db.integrityCheck() == u"ok"_s);

    // A second damage in the same second gets its own name; the first one stays.
    db.close();
    QVERIFY(writeAll(filePath(dir), QByteArray(8192, '\x5b')));
    Database again(dir.path());
    const DatabaseOpenReport second = again.open();
    QCOMPARE(second.status, Status::Recovered);
    QVERIFY(second.movedAsidePath != result.movedAsidePath);
    QCOMPARE(readAll(result.movedAsidePath), QByteArray(8192, '\x5a'));
    QCOMPARE(readAll(second.movedAsidePath), QByteArray(8192, '\x5b'));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

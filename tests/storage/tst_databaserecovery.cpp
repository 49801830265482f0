#include "DamagedStore.h"
#include "storage/DatabaseDamageNote.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace DamagedStore;
using Status = DatabaseOpenReport::Status;

namespace {
using Damage = std::function<bool(const QString &dir)>;
}

// Database::open() on damage it must see without reading the whole store (issue 15, item 5):
// the damaged file and its -wal are set aside byte for byte, the history is not read at open,
// and damage the background check noted is set aside by the next open.
class TestDatabaseRecovery : public QObject
{
    Q_OBJECT

private slots:
    void setsDamageAsideKeepingEveryByte_data();
    void setsDamageAsideKeepingEveryByte();
    void openDoesNotReadTheHistory();
    void setsAsideDamageTheBackgroundCheckNoted();
    void dropsANoteOverAFileThatChecksOut();
};

void TestDatabaseRecovery::setsDamageAsideKeepingEveryByte_data()
{
    QTest::addColumn<bool>("withWal");
    QTest::addColumn<Damage>("damage");

    QTest::newRow("a file of garbage") << false << Damage(writeGarbage);
    QTest::newRow("cut by one byte") << false << Damage(cutByOneByte);
    QTest::newRow("random bytes in page 3 (the apps)")
        << false << Damage([](const QString &dir) { return randomPage(dir, 3); });
    QTest::newRow("a damaged -wal")
        << true << Damage([](const QString &dir) { return damageWalFrame(dir, 0); });
}

void TestDatabaseRecovery::setsDamageAsideKeepingEveryByte()
{
    QFETCH(bool, withWal);
    QFETCH(Damage, damage);

    QTemporaryDir dir;
    const QString store = dir.filePath(u"store"_s);
    QVERIFY(withWal ? makeStoreWithWal(store) : makeStore(store, 3, 50));
    QVERIFY(damage(store));
    const QByteArray bytes = StorageTestSupport::readAll(databasePath(store));
    const QByteArray walBytes = StorageTestSupport::readAll(databasePath(store) + u"-wal"_s);

    Database db(store);
    const DatabaseOpenReport report = db.open();
    QCOMPARE(report.status, Status::Recovered);
    QCOMPARE(StorageTestSupport::readAll(report.movedAsidePath), bytes);
    QCOMPARE(StorageTestSupport::readAll(report.movedAsidePath + u"-wal"_s), walBytes);
    QVERIFY2(report.message.contains(QDir::toNativeSeparators(report.movedAsidePath)),
             qPrintable(report.message));
    QCOMPARE(AppRepository(db).list().size(), 0);
    QCOMPARE(db.integrityCheck(), u"ok"_s);
}

void TestDatabaseRecovery::openDoesNotReadTheHistory()
{
    // The history can hold 200,000 calls; reading it at every start took over a second. Damage
    // there is the background check's to find: the open sees a usable store.
    QTemporaryDir dir;
    QVERIFY(makeStore(dir.path(), 3, 400));
    QVERIFY(damageHistory(dir.path()));

    Database db(dir.path());
    const DatabaseOpenReport report = db.open();
    QCOMPARE(report.status, Status::Opened);
    QCOMPARE(AppRepository(db).list().size(), 3);
    QVERIFY(db.integrityCheck() != u"ok"_s); // the damage is there
}

void TestDatabaseRecovery::setsAsideDamageTheBackgroundCheckNoted()
{
    QTemporaryDir dir;
    QVERIFY(makeStore(dir.path(), 3, 400));
    QVERIFY(damageHistory(dir.path()));
    const QString file = databasePath(dir.path());
    QVERIFY(DatabaseDamageNote::write(file, u"quick_check: page 9 is damaged"_s).ok());
    const QByteArray bytes = StorageTestSupport::readAll(file);

    Database db(dir.path());
    const DatabaseOpenReport report = db.open();
    QCOMPARE(report.status, Status::Recovered);
    QCOMPARE(StorageTestSupport::readAll(report.movedAsidePath), bytes);
    QVERIFY2(report.message.contains(u"quick_check"_s), qPrintable(report.message));
    // The note goes with the file it describes; the new database has none.
    QVERIFY(QFileInfo::exists(DatabaseDamageNote::pathFor(report.movedAsidePath)));
    QVERIFY(!DatabaseDamageNote::read(file));
    QCOMPARE(Database(dir.path()).open().status, Status::Opened);
}

void TestDatabaseRecovery::dropsANoteOverAFileThatChecksOut()
{
    // The damaged file was replaced (a backup put back) before the next start.
    QTemporaryDir dir;
    QVERIFY(makeStore(dir.path(), 3, 400));
    const QString file = databasePath(dir.path());
    QVERIFY(DatabaseDamageNote::write(file, u"quick_check: page 9 is damaged"_s).ok());

    Database db(dir.path());
    QCOMPARE(db.open().status, Status::Opened);
    QCOMPARE(AppRepository(db).list().size(), 3);
    QVERIFY(!DatabaseDamageNote::read(file));
}

QTEST_GUILESS_MAIN(TestDatabaseRecovery)
#include "tst_databaserecovery.moc"

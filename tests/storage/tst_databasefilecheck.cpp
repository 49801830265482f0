#include "DamagedStore.h"
#include "storage/DatabaseFileCheck.h"
#include "storage/WalFileCheck.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace DamagedStore;

namespace {
using Damage = std::function<bool(const QString &dir)>;

bool changeWalHeader(const QString &dir)
{
    return overwrite(databasePath(dir) + u"-wal"_s, 12, "\x01\x02\x03\x04"_ba); // checkpoint no.
}

bool cutLastWalFrame(const QString &dir)
{
    QFile wal(databasePath(dir) + u"-wal"_s);
    return wal.resize(wal.size() - 100);
}

// The log restarted over an older one: a checkpoint, then one more commit, which writes the
// log again from its start with new salts; the older frames stay behind it.
bool makeStoreWithRestartedWal(const QString &dir)
{
    const QString scratch = dir + u".writer"_s;
    Database db(scratch);
    if (!db.open().isUsable() || !fill(db, 3, 0))
        return false;
    QSqlQuery query(db.connection());
    if (!query.exec(u"PRAGMA wal_checkpoint(RESTART)"_s))
        return false;
    query.finish();
    if (!AppRepository(db).insert(StorageTestSupport::sampleApp(u"After"_s)).ok())
        return false;
    QDir().mkpath(dir);
    return QFile::copy(databasePath(scratch), databasePath(dir))
        && QFile::copy(databasePath(scratch) + u"-wal"_s, databasePath(dir) + u"-wal"_s);
}
} // namespace

// The look at the bytes before SQLite reads them: what SQLite reads past silently is damage,
// what a crash or a power cut leaves is not.
class TestDatabaseFileCheck : public QObject
{
    Q_OBJECT

private slots:
    void damage_data();
    void damage();
    void restartedLogIsNotDamage();
};

void TestDatabaseFileCheck::damage_data()
{
    QTest::addColumn<bool>("withWal");
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<bool>("damaged");

    const Damage none = [](const QString &) { return true; };
    QTest::newRow("intact, closed") << false << none << false;
    QTest::newRow("cut by one byte") << false << Damage(cutByOneByte) << true;
    QTest::newRow("one byte added") << false << Damage([](const QString &dir) {
        QFile file(databasePath(dir));
        return file.resize(file.size() + 1);
    }) << true;
    QTest::newRow("cut by a whole page") << false << Damage([](const QString &dir) {
        QFile file(databasePath(dir));
        return file.resize(file.size() - PageSize);
    }) << true;
    QTest::newRow("intact log with commits") << true << none << false;
    QTest::newRow("log: first frame damaged, commits after it")
        << true << Damage([](const QString &dir) { return damageWalFrame(dir, 0); }) << true;
    QTest::newRow("log: header damaged") << true << Damage(changeWalHeader) << true;
    QTest::newRow("log: last frame damaged (a write cut short)")
        << true
        << Damage([](const QString &dir) { return damageWalFrame(dir, walFrameCount(dir) - 1); })
        << false;
    QTest::newRow("log: last frame cut short") << true << Damage(cutLastWalFrame) << false;
}

void TestDatabaseFileCheck::damage()
{
    QFETCH(bool, withWal);
    QFETCH(Damage, damage);
    QFETCH(bool, damaged);

    QTemporaryDir dir;
    const QString store = dir.filePath(u"store"_s);
    QVERIFY(withWal ? makeStoreWithWal(store) : makeStore(store, 3, 200));
    QCOMPARE(QFileInfo::exists(databasePath(store) + u"-wal"_s), withWal);
    if (withWal)
        QVERIFY(walFrameCount(store) >= 4);
    QVERIFY(damage(store));

    const QString found = DatabaseFileCheck::damage(databasePath(store));
    QVERIFY2(found.isEmpty() != damaged, qPrintable(found));
}

void TestDatabaseFileCheck::restartedLogIsNotDamage()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"store"_s);
    QVERIFY(makeStoreWithRestartedWal(store));
    QVERIFY(walFrameCount(store) >= 4); // the new frame(s), then the older log's
    QVERIFY2(WalFileCheck::damage(databasePath(store) + u"-wal"_s, PageSize).isEmpty(),
             "frames of an older log taken for lost commits");
}

QTEST_GUILESS_MAIN(TestDatabaseFileCheck)
#include "tst_databasefilecheck.moc"

#include "StorageTestSupport.h"
#include "storage/DatabaseProbe.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace StorageTestSupport;
using Kind = DatabaseProbe::Kind;

namespace {
// Does to the file what another program (or an older OTP Manager) would, on a connection of its
// own that is gone when this returns.
bool execOn(const QString &path, const QStringList &statements)
{
    const QString name = u"setup-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

DatabaseProbe lookAt(const QString &path)
{
    const QString name = u"probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    DatabaseProbe found;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        found = DatabaseProbe::look(db, path);
        // Left as Database::open() needs it: closed, ready to open for writing.
        if (db.isOpen() || !db.connectOptions().isEmpty())
            found.detail = u"left open or read-only"_s;
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}
} // namespace

// What the read-only look before Database::open() tells apart, and the -wal/-shm files it must
// not leave behind on a file that open() refuses.
class TestDatabaseProbe : public QObject
{
    Q_OBJECT

private slots:
    void kindOfFile_data();
    void kindOfFile();
    void removesTheSidecarsItCreated();
};

void TestDatabaseProbe::kindOfFile_data()
{
    QTest::addColumn<QByteArray>("bytes"); // written as the file, unless sql is given
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("version");

    QTest::newRow("no file") << QByteArray() << QStringList() << Kind::Absent << 0;
    QTest::newRow("empty file") << ""_ba << QStringList() << Kind::Empty << 0;
    QTest::newRow("another program's tables")
        << QByteArray() << QStringList{u"CREATE TABLE photos (id INTEGER, path TEXT)"_s}
        << Kind::Foreign << 0;
    QTest::newRow("our table name, never written")
        << QByteArray() << QStringList{u"CREATE TABLE schema_version (version INTEGER)"_s}
        << Kind::Foreign << 0;
    QTest::newRow("ours") << QByteArray()
                          << QStringList{u"CREATE TABLE schema_version (version INTEGER)"_s,
                                         u"INSERT INTO schema_version VALUES (1)"_s,
                                         u"INSERT INTO schema_version VALUES (3)"_s}
                          << Kind::Ours << 3;
    QTest::newRow("not a database")
        << QByteArray(8192, '\x5a') << QStringList() << Kind::Corrupt << 0;
}

void TestDatabaseProbe::kindOfFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, sql);
    QFETCH(Kind, kind);
    QFETCH(int, version);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"probe.sqlite3"_s);
    if (!sql.isEmpty())
        QVERIFY(execOn(path, sql));
    else if (!bytes.isNull())
        QVERIFY(writeAll(path, bytes));
    const QByteArray before = readAll(path);

    const DatabaseProbe found = lookAt(path);
    QCOMPARE(found.kind, kind);
    QCOMPARE(found.version, version);
    if (kind == Kind::Corrupt)
        QVERIFY(!found.detail.isEmpty());
    else
        QVERIFY2(found.detail.isEmpty(), qPrintable(found.detail));
    // The look neither creates the file nor changes it.
    QCOMPARE(QFileInfo::exists(path), kind != Kind::Absent);
    QCOMPARE(readAll(path), before);
}

void TestDatabaseProbe::removesTheSidecarsItCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"probe.sqlite3"_s);
    QVERIFY(execOn(path, {u"PRAGMA journal_mode = WAL"_s, u"CREATE TABLE photos (id INTEGER)"_s}));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(before, QStringList{u"probe.sqlite3"_s}); // checkpointed on close

    const DatabaseProbe found = lookAt(path);
    QCOMPARE(found.kind, Kind::Foreign);
    QVERIFY2(QDir(dir.path()).entryList(QDir::Files) != before, "the look made no sidecar");
    found.removeCreatedSidecars();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
}

QTEST_GUILESS_MAIN(TestDatabaseProbe)
#include "tst_databaseprobe.moc"

#pragma once

#include "StorageTestSupport.h"
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

// Stores damaged the ways issue 15 names (a file of garbage, cut by one byte, random bytes in
// page 3, a damaged write-ahead log), and damage only the background check finds. Shared by
// the storage, services, otpctl and GUI tests.
namespace DamagedStore {

using namespace Qt::Literals::StringLiterals;

constexpr int PageSize = 4096; // SQLite's default, which Database keeps
constexpr qint64 WalHeaderSize = 32;
constexpr qint64 WalFrameSize = 24 + PageSize;

inline QString databasePath(const QString &dir)
{
    return QDir(dir).filePath(Database::fileName());
}

// Apps, each inserted in a transaction of its own, and `calls` history rows of 600 bytes.
inline bool fill(Database &db, int apps, int calls)
{
    AppRepository appRepository(db);
    for (int i = 0; i < apps; ++i) {
        if (!appRepository.insert(StorageTestSupport::sampleApp(u"Shop %1"_s.arg(i))).ok())
            return false;
    }
    QList<StoredExchange> rows;
    for (int i = 0; i < calls; ++i) {
        StoredExchange row;
        row.appId = QUuid::createUuid();
        row.appName = u"Shop %1"_s.arg(i % 3);
        row.startedAt = QDateTime::currentDateTimeUtc();
        row.recordJson = QByteArray(600, 'x');
        rows << row;
    }
    return calls == 0 || ExchangeRepository(db).appendAll(rows).ok();
}

// A closed store (checkpointed: no -wal) with apps and history.
inline bool makeStore(const QString &dir, int apps = 3, int calls = 0)
{
    Database db(dir);
    return db.open().isUsable() && fill(db, apps, calls);
}

// The store as a crash leaves it: its committed transactions still in the -wal (three apps,
// each its own commit, after the schema's), copied while the writer is open.
inline bool makeStoreWithWal(const QString &dir)
{
    const QString scratch = dir + u".writer"_s;
    Database db(scratch);
    if (!db.open().isUsable() || !fill(db, 3, 0))
        return false;
    QDir().mkpath(dir);
    return QFile::copy(databasePath(scratch), databasePath(dir))
        && QFile::copy(databasePath(scratch) + u"-wal"_s, databasePath(dir) + u"-wal"_s);
}

inline bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset)
        && file.write(bytes) == bytes.size();
}

inline QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

inline bool writeGarbage(const QString &dir)
{
    QDir().mkpath(dir);
    return StorageTestSupport::writeAll(databasePath(dir), randomBytes(64 * 1024, 42));
}

inline bool cutByOneByte(const QString &dir)
{
    QFile file(databasePath(dir));
    return file.resize(file.size() - 1);
}

// Page 3 is the apps table (1: the schema, 2: schema_version).
inline bool randomPage(const QString &dir, int page, quint32 seed = 7)
{
    return overwrite(databasePath(dir), qint64(page - 1) * PageSize, randomBytes(PageSize, seed));
}

// A byte in the page image of WAL frame `frame` (0-based) changed.
inline bool damageWalFrame(const QString &dir, int frame)
{
    const QString wal = databasePath(dir) + u"-wal"_s;
    const qint64 offset = WalHeaderSize + frame * WalFrameSize + 24 + 1000;
    QFile file(wal);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    file.getChar(&byte);
    file.seek(offset);
    return file.putChar(char(byte ^ 0x5a));
}

inline int walFrameCount(const QString &dir)
{
    return int((QFile(databasePath(dir) + u"-wal"_s).size() - WalHeaderSize) / WalFrameSize);
}

// The root page of a table, read through a connection of its own.
inline int rootPage(const QString &dir, const QString &table)
{
    const QString name = u"root-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath(dir));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(db);
        if (db.open()
            && query.exec(u"SELECT rootpage FROM sqlite_master WHERE name = '"_s + table + u"'"_s)
            && query.next())
            page = query.value(0).toInt();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return page;
}

// Damage in the history (the root of `exchanges` overwritten): a large table that opening the
// store does not read, so only the whole-file check finds it.
inline bool damageHistory(const QString &dir)
{
    const int page = rootPage(dir, u"exchanges"_s);
    return page > 3 && randomPage(dir, page, 11);
}

} // namespace DamagedStore

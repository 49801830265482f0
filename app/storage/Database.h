#pragma once

#include "DatabaseOpenReport.h"
#include "Migration.h"
#include "SchemaMigrations.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QThread;

// The SQLite file <dataDir>/otp-manager.sqlite3 through Qt SQL.
//
// Each Database object owns one named Qt SQL connection, which (like every QSqlDatabase)
// belongs to the thread that created the object: a worker thread makes its own Database on
// the same folder. WAL journal lets those readers and one writer work side by side.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int BusyTimeoutMs = 5000;

    static QString fileName(); // "otp-manager.sqlite3"
    static int latestVersion(); // of SchemaMigrations::all()

    // migrations: tests pass their own list to exercise upgrades; the app uses the default.
    explicit Database(const QString &dataDir,
                      QList<Migration> migrations = SchemaMigrations::all());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating, upgrading or recovering as needed). Safe to call again after close().
    DatabaseOpenReport open();
    // Whether open() sets a damaged file aside (the default), or leaves it as it is and fails:
    // while OTP Manager uses the folder, it would go on writing into the file set aside.
    void setSetsDamageAside(bool setAside) { m_setsDamageAside = setAside; }
    void close();
    bool isOpen() const;

    QString dataDir() const { return m_dataDir; }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const; // of this object's migration list

    // "ok", or the first problem PRAGMA integrity_check reports.
    QString integrityCheck() const;

    // For the repositories of this room: the connection of this object, on its own thread.
    QSqlDatabase connection() const;

private:
    // The steps of open(): the driver and the folder; what the file holds and what that means
    // (a refused file stays as it was, a damaged one is set aside); then opening for writing
    // and migrating, which on failure turns result into a failure that says why.
    Result<void> prepareDataFolder() const;
    DatabaseOpenReport examineFile();
    DatabaseOpenReport setDamagedFileAside(const QString &damage);
    DatabaseOpenReport judgeSchemaVersion(int foundVersion) const;
    void openAndMigrate(DatabaseOpenReport &result);

    bool openReadWrite(QString *error);
    bool applyPragmas(QString *error);
    bool migrate(int fromVersion, QString *error);
    QString moveAside(QString *error);

    QString m_dataDir;
    QString m_filePath;
    QString m_connectionName;
    QList<Migration> m_migrations;
    QThread *m_thread = nullptr;
    QSqlDatabase m_db;
    bool m_setsDamageAside = true;
};

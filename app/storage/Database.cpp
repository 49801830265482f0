#include "Database.h"

#include "DatabaseDamageNote.h"
#include "DatabaseProbe.h"
#include "SqlTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "otp.storage.database")

namespace {
std::atomic<quint64> s_connectionCounter{0};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

QString Database::fileName()
{
    return u"otp-manager.sqlite3"_s;
}

int Database::latestVersion()
{
    const QList<Migration> migrations = SchemaMigrations::all();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Database::Database(const QString &dataDir, QList<Migration> migrations)
    : m_dataDir(QDir::cleanPath(dataDir)), m_filePath(QDir(m_dataDir).filePath(fileName())),
      m_connectionName(u"otp-manager-%1"_s.arg(++s_connectionCounter)),
      m_migrations(std::move(migrations)), m_thread(QThread::currentThread())
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_filePath);
}

Database::~Database()
{
    close();
    m_db = QSqlDatabase(); // the last handle must go before the connection is removed
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

bool Database::isOpen() const
{
    return m_db.isOpen();
}

void Database::close()
{
    if (m_db.isOpen())
        m_db.close();
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database::connection",
               "a Qt SQL connection must be used from the thread that created it");
    return m_db;
}

QString Database::integrityCheck() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return query.lastError().text();
    QStringList problems;
    while (query.next() && problems.size() < 3)
        problems << query.value(0).toString();
    return problems.isEmpty() ? u"no answer from integrity_check"_s : problems.join(u"; ");
}

DatabaseOpenReport Database::open()
{
    close();
    if (const Result<void> ready = prepareDataFolder(); !ready) {
        DatabaseOpenReport result;
        result.message = ready.error;
        return result;
    }
    DatabaseOpenReport result = examineFile();
    if (result.status == DatabaseOpenReport::Status::Failed
        || result.status == DatabaseOpenReport::Status::NewerSchema)
        return result;
    openAndMigrate(result);
    return result;
}

Result<void> Database::prepareDataFolder() const
{
    if (!m_db.isValid()) {
        return Result<void>::failure(
            tr("The SQLite driver of Qt (QSQLITE) is missing, so OTP Manager cannot open its "
               "database. Reinstall OTP Manager, or install the Qt 6 SQLite driver package of your "
               "system."));
    }
    if (!QDir().mkpath(m_dataDir)) {
        return Result<void>::failure(tr("Could not create the data folder %1. Check that you may "
                                        "write there, or start OTP Manager with another "
                                        "--data-dir.")
                                         .arg(nativePath(m_dataDir)));
    }
    return Result<void>::success();
}

DatabaseOpenReport Database::examineFile()
{
    const QString file = nativePath(m_filePath);
    const DatabaseProbe found = DatabaseProbe::look(m_db, m_filePath);
    DatabaseOpenReport result;
    switch (found.kind) {
    case DatabaseProbe::Kind::Unreadable:
        found.removeCreatedSidecars();
        result.message = tr("Could not read the database %1 (%2). Check that the file and its "
                            "folder belong to you and are readable and writable, or start OTP "
                            "Manager with another --data-dir. The file was not changed.")
                             .arg(file, found.detail);
        break;
    case DatabaseProbe::Kind::Foreign:
        found.removeCreatedSidecars();
        result.message = tr("The file %1 is not an OTP Manager database: it holds tables of "
                            "another program. Move it somewhere else, or start OTP Manager with "
                            "another --data-dir. The file was not changed.")
                             .arg(file);
        break;
    case DatabaseProbe::Kind::Corrupt:
        if (m_setsDamageAside) {
            result = setDamagedFileAside(found.detail);
            break;
        }
        found.removeCreatedSidecars();
        result.message = tr("The database %1 is damaged (%2). It was left as it is because OTP "
                            "Manager is using this data folder: set aside now, OTP Manager would "
                            "go on writing into the old file. Quit OTP Manager, then run the "
                            "command again.")
                             .arg(file, found.detail);
        break;
    case DatabaseProbe::Kind::Ours:
        result = judgeSchemaVersion(found.version);
        if (result.status == DatabaseOpenReport::Status::NewerSchema)
            found.removeCreatedSidecars();
        break;
    case DatabaseProbe::Kind::Absent:
    case DatabaseProbe::Kind::Empty:
        result.status = DatabaseOpenReport::Status::Created;
        break;
    }
    return result;
}

DatabaseOpenReport Database::setDamagedFileAside(const QString &damage)
{
    DatabaseOpenReport result;
    QString moveError;
    const QString movedTo = moveAside(&moveError);
    if (movedTo.isEmpty()) {
        result.message = tr("The database %1 is damaged (%2) and could not be moved aside (%3). "
                            "Move or rename the file yourself, then start OTP Manager again.")
                             .arg(nativePath(m_filePath), damage, moveError);
        return result;
    }
    result.status = DatabaseOpenReport::Status::Recovered;
    result.movedAsidePath = movedTo;
    result.message
        = tr("The database was damaged (%1), so OTP Manager set it aside and started a new, empty "
             "one. Nothing was deleted: the old file is now %2. Import your apps again from an "
             "export file; App Secrets are still in the system keychain.")
              .arg(damage, nativePath(movedTo));
    return result;
}

DatabaseOpenReport Database::judgeSchemaVersion(int foundVersion) const
{
    DatabaseOpenReport result;
    result.foundVersion = foundVersion;
    if (foundVersion > schemaVersion()) {
        result.status = DatabaseOpenReport::Status::NewerSchema;
        result.message
            = tr("The database %1 was written by a newer version of OTP Manager (schema version "
                 "%2); this version understands schema version %3 at most. Install the newer OTP "
                 "Manager again, or start this one with another --data-dir. The file was not "
                 "changed.")
                  .arg(nativePath(m_filePath))
                  .arg(foundVersion)
                  .arg(schemaVersion());
        return result;
    }
    result.status = foundVersion < schemaVersion() ? DatabaseOpenReport::Status::Upgraded
                                                   : DatabaseOpenReport::Status::Opened;
    return result;
}

void Database::openAndMigrate(DatabaseOpenReport &result)
{
    const QString file = nativePath(m_filePath);
    QString error;
    if (!openReadWrite(&error)) {
        close();
        const QString moved = result.movedAsidePath;
        result = DatabaseOpenReport{};
        result.movedAsidePath = moved;
        result.message = tr("Could not open the database %1: %2. Check that the disk is not full "
                            "and the folder is writable, or start OTP Manager with another "
                            "--data-dir.")
                             .arg(file, error);
        return;
    }
    if (!migrate(result.foundVersion, &error)) {
        close();
        const int foundVersion = result.foundVersion;
        const QString moved = result.movedAsidePath;
        result = DatabaseOpenReport{};
        result.foundVersion = foundVersion;
        result.movedAsidePath = moved;
        result.message = tr("Could not bring the database %1 from schema version %2 to %3: %4. "
                            "The file was left as it was. Free some disk space and start OTP "
                            "Manager again.")
                             .arg(file)
                             .arg(foundVersion)
                             .arg(schemaVersion())
                             .arg(error);
        return;
    }
    result.currentVersion = schemaVersion();
}

bool Database::openReadWrite(QString *error)
{
    m_db.setConnectOptions();
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    return applyPragmas(error);
}

bool Database::applyPragmas(QString *error)
{
    QSqlQuery query(m_db);
    // busy_timeout first, so switching to WAL waits for another connection instead of failing.
    // synchronous=FULL: in WAL mode NORMAL already survives a crash of the process, but a power
    // cut could lose the last commits; writes here are human-paced (a save, an API call), so
    // one fsync per commit costs nothing noticeable and a saved app stays saved.
    const QStringList pragmas{
        u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs),
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = FULL"_s,
        u"PRAGMA foreign_keys = ON"_s,
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = query.lastError().text();
            return false;
        }
        if (pragma.contains(u"journal_mode") && query.next()
            && query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            // Some network file systems cannot do WAL; SQLite keeps a rollback journal there.
            qCWarning(lcDatabase) << "WAL journal not available for" << m_filePath << "- using"
                                  << query.value(0).toString();
        }
    }
    return true;
}

bool Database::migrate(int fromVersion, QString *error)
{
    QList<Migration> pending;
    std::copy_if(m_migrations.cbegin(), m_migrations.cend(), std::back_inserter(pending),
                 [fromVersion](const Migration &m) { return m.version > fromVersion; });
    if (pending.isEmpty())
        return true;

    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery query(m_db);
    for (const Migration &migration : std::as_const(pending)) {
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                *error = tr("step %1 (%2) failed: %3")
                             .arg(migration.version)
                             .arg(migration.description, query.lastError().text());
                return false;
            }
        }
        query.prepare(u"INSERT INTO schema_version (version, applied_at, description) "
                      "VALUES (?, ?, ?)"_s);
        query.addBindValue(migration.version);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(migration.description);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
    }
    query.finish();
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

QString Database::moveAside(QString *error)
{
    close();
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString base = m_filePath + u".corrupt-"_s + stamp;
    QString target = base;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + u"-wal"_s); ++n)
        target = base + u'-' + QString::number(n);

    QFile file(m_filePath);
    if (!file.rename(target)) {
        *error = file.errorString();
        return {};
    }
    // The -wal belongs to the damaged file: left here it would be replayed into the new one.
    // The background check's note says why it was set aside.
    for (const QString &suffix :
         {u"-wal"_s, u"-shm"_s, QString::fromLatin1(DatabaseDamageNote::Suffix)}) {
        QFile sidecar(m_filePath + suffix);
        if (sidecar.exists() && !sidecar.rename(target + suffix)) {
            *error = tr("%1 was moved to %2, but %3 could not be moved: %4")
                         .arg(nativePath(m_filePath), nativePath(target),
                              nativePath(sidecar.fileName()), sidecar.errorString());
            return {};
        }
    }
    qCWarning(lcDatabase) << "damaged database moved to" << target;
    return target;
}

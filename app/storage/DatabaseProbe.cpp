#include "DatabaseProbe.h"

#include "DatabaseDamageNote.h"
#include "DatabaseFileCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {
// SQLite primary result codes; the driver reports them as nativeErrorCode().
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

using Kind = DatabaseProbe::Kind;

void setFailure(DatabaseProbe &result, const QSqlError &error)
{
    result.kind = DatabaseProbe::isCorruption(error) ? Kind::Corrupt : Kind::Unreadable;
    result.detail = error.text();
}

// Corrupt unless the check answers just "ok"; false when the file is not usable.
bool passes(QSqlQuery &query, const QString &check, DatabaseProbe &result)
{
    if (!query.exec(u"PRAGMA "_s + check)) {
        setFailure(result, query.lastError());
        return false;
    }
    QStringList problems;
    while (query.next() && problems.size() < 3)
        problems << query.value(0).toString();
    if (problems.isEmpty() && query.lastError().isValid()) { // the rows come at the end
        setFailure(result, query.lastError());
        return false;
    }
    if (problems != QStringList{u"ok"_s}) {
        result.kind = Kind::Corrupt;
        result.detail = check + u": "_s + problems.join(u"; ");
        return false;
    }
    return true;
}

// Our small tables, each with its indexes: what every start reads first (the apps). The large
// ones (history, inbox) are left to the check in the background (DatabaseQuickCheck), which
// would make every start read the whole file.
void checkSmallTables(QSqlQuery &query, DatabaseProbe &result, const QStringList &tables)
{
    for (const QString &table : {u"schema_version"_s, u"apps"_s}) {
        if (tables.contains(table) && !passes(query, u"integrity_check(%1)"_s.arg(table), result))
            return;
    }
}

// A note left by the background check: confirmed by the same check over the whole file, or
// dropped when the file now checks out.
void confirmNotedDamage(QSqlQuery &query, DatabaseProbe &result, const QString &filePath)
{
    if (!DatabaseDamageNote::read(filePath))
        return;
    if (passes(query, u"quick_check"_s, result))
        DatabaseDamageNote::remove(filePath);
}

// Whose tables the file holds: none, another program's, or ours with the schema version.
// Returns the tables.
QStringList classifyTables(QSqlQuery &query, DatabaseProbe &result)
{
    QStringList tables;
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s)) {
        setFailure(result, query.lastError());
        return tables;
    }
    while (query.next())
        tables << query.value(0).toString();
    if (tables.isEmpty()) {
        result.kind = Kind::Empty;
    } else if (!tables.contains(u"schema_version"_s)) {
        result.kind = Kind::Foreign;
    } else if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next()) {
        setFailure(result, query.lastError());
    } else if (query.value(0).isNull()) {
        result.kind = Kind::Foreign; // our table name, but never written by us
    } else {
        result.kind = Kind::Ours;
        result.version = query.value(0).toInt();
    }
    return tables;
}
} // namespace

bool DatabaseProbe::isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep it low
    return ok && (code == SqliteCorrupt || code == SqliteNotADatabase);
}

DatabaseProbe DatabaseProbe::look(QSqlDatabase &db, const QString &filePath)
{
    DatabaseProbe result;
    result.m_filePath = filePath;
    for (const QString &sidecar : QStringList{filePath + u"-wal"_s, filePath + u"-shm"_s}) {
        if (!QFileInfo::exists(sidecar))
            result.m_createdSidecars << sidecar;
    }
    if (!QFileInfo::exists(filePath))
        return result;
    // Before SQLite reads anything: damage it would read past without an error.
    if (const QString damage = DatabaseFileCheck::damage(filePath); !damage.isEmpty()) {
        result.kind = Kind::Corrupt;
        result.detail = damage;
        return result;
    }

    // Read-only, so a file we refuse (newer, foreign, unreadable) is not changed at all.
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open()) {
        setFailure(result, db.lastError());
        db.setConnectOptions();
        return result;
    }
    {
        QSqlQuery query(db);
        const QStringList tables = classifyTables(query, result);
        if (result.kind == Kind::Ours)
            checkSmallTables(query, result, tables);
        if (result.kind == Kind::Ours)
            confirmNotedDamage(query, result, filePath);
    }
    db.close();
    db.setConnectOptions();
    return result;
}

void DatabaseProbe::removeCreatedSidecars() const
{
    if (QFileInfo(m_filePath + u"-wal"_s).size() > 0)
        return;
    for (const QString &sidecar : m_createdSidecars)
        QFile::remove(sidecar);
}

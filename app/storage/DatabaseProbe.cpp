#include "DatabaseProbe.h"

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

bool isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep it low
    return ok && (code == SqliteCorrupt || code == SqliteNotADatabase);
}

using Kind = DatabaseProbe::Kind;

void setFailure(DatabaseProbe &result, const QSqlError &error)
{
    result.kind = isCorruption(error) ? Kind::Corrupt : Kind::Unreadable;
    result.detail = error.text();
}

// Corrupt unless PRAGMA integrity_check answers just "ok"; false when the file is not usable.
bool checkIntegrity(QSqlQuery &query, DatabaseProbe &result)
{
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        setFailure(result, query.lastError());
        return false;
    }
    QStringList problems;
    while (query.next() && problems.size() < 3)
        problems << query.value(0).toString();
    if (problems != QStringList{u"ok"_s}) {
        result.kind = Kind::Corrupt;
        result.detail = u"integrity_check: "_s + problems.join(u"; ");
        return false;
    }
    return true;
}

// Whose tables the file holds: none, another program's, or ours with the schema version.
void classifyTables(QSqlQuery &query, DatabaseProbe &result)
{
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s)) {
        setFailure(result, query.lastError());
        return;
    }
    QStringList tables;
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
}
} // namespace

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

    // Read-only, so a file we refuse (newer, foreign, unreadable) is not changed at all.
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open()) {
        setFailure(result, db.lastError());
        db.setConnectOptions();
        return result;
    }
    {
        QSqlQuery query(db);
        if (checkIntegrity(query, result))
            classifyTables(query, result);
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

#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

// What a read-only look at the database file finds, before Database::open() changes anything:
// nothing, an empty database, ours (with its schema version), another program's, a damaged or
// an unreadable file. Damaged: the bytes say so (DatabaseFileCheck: cut short, a damaged
// write-ahead log), SQLite cannot read it, integrity_check of the small tables (schema_version,
// apps) fails, or damage noted by the background check (DatabaseDamageNote) is confirmed by
// quick_check. Its cost does not grow with the history and the inbox.
class DatabaseProbe
{
public:
    enum class Kind { Absent, Ours, Empty, Corrupt, Foreign, Unreadable };

    // db: a closed connection whose database is filePath; it is left closed, with the default
    // connect options.
    static DatabaseProbe look(QSqlDatabase &db, const QString &filePath);
    // SQLite's "damaged" and "not a database", as opposed to a locked or unreadable file.
    static bool isCorruption(const QSqlError &error);

    Kind kind = Kind::Absent;
    int version = 0; // Ours: the highest schema version applied
    QString detail; // Corrupt, Unreadable: what is wrong (the driver's text, a check's output)

    // Even a read-only look at a WAL database creates -wal/-shm beside it. For a file open()
    // refuses, this removes the ones the look created (unless something was written to them),
    // so the file is left as it was found.
    void removeCreatedSidecars() const;

private:
    QString m_filePath;
    QStringList m_createdSidecars; // absent before the look
};

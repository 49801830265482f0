#pragma once

#include <QCoreApplication>
#include <QString>

// A look at the bytes of the database file and its write-ahead log before SQLite reads them,
// for damage SQLite reads past without an error: a file cut short (SQLite reads the missing
// bytes as zeros) and a damaged log (SQLite drops its frames from the damage on, committed
// ones included; see WalFileCheck). It reads the 100-byte header and the log, never the
// database's pages, so its cost does not grow with the store.
class DatabaseFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileCheck)

public:
    // Empty when nothing is wrong (or the file is absent, empty, or not a SQLite file at all:
    // SQLite itself says so when it opens it); otherwise what is wrong, translated.
    static QString damage(const QString &filePath);
};

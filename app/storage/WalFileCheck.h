#pragma once

#include <QCoreApplication>
#include <QString>

// Reads a SQLite write-ahead log (<database>-wal) the way SQLite's recovery does, to find what
// SQLite itself never reports: it replays frames from the start until the first one whose salt
// or checksum is wrong and silently drops that frame and every later one, committed
// transactions included. A damaged frame in the middle of the log therefore loses the commits
// after it without an error. See https://www.sqlite.org/fileformat2.html#walformat.
class WalFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(WalFileCheck)

public:
    // Empty when the log is absent, empty, or ends the way an interrupted write leaves it (a
    // damaged or torn frame with no committed transaction after it). Otherwise, translated,
    // what SQLite would drop: a damaged log header, or a damaged frame followed by a commit.
    // pageSize: the database's, used when the log's own header is damaged.
    static QString damage(const QString &walPath, quint32 pageSize);
};

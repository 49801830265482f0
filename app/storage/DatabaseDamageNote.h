#pragma once

#include "util/Result.h"

#include <QString>

#include <optional>

// Damage found while the database is in use (the background check, DatabaseQuickCheck), kept
// next to it as "<database>.damaged" with what was found. The program that found it cannot
// move aside a file it has open, so the next open of the database reads the note, confirms the
// damage with a full check and sets the file aside (the note goes with it). A note over a
// file that checks out is dropped: the file was replaced or repaired meanwhile.
class DatabaseDamageNote
{
public:
    static constexpr const char *Suffix = ".damaged";

    static QString pathFor(const QString &databasePath);

    static Result<void> write(const QString &databasePath, const QString &damage);
    // What the note says, or nothing when there is no note.
    static std::optional<QString> read(const QString &databasePath);
    static void remove(const QString &databasePath);
};

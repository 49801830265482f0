#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

// The check of the whole database that opening it leaves out (it would read every page of a
// large store before the window shows): PRAGMA quick_check, every page of every table and
// index (not whether each index agrees with its table, which integrity_check adds at several
// times the cost). Through a read-only connection of its own, on the calling thread, so a
// worker thread can run it while the program uses the database.
class DatabaseQuickCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseQuickCheck)

public:
    // The damage found (empty: none), or why the check could not run (a locked or unreadable
    // file is not damage).
    static Result<QString> run(const QString &databasePath);
};

#pragma once

#include <QString>

// What Database::open() found and did: a report, more than success or failure (a recovered
// database is usable and still has something to tell). The caller shows `message`.
struct DatabaseOpenReport {
    enum class Status {
        Opened, // an existing database with the current schema
        Created, // no database yet: a new one was made
        Upgraded, // an older schema, migrated to the current one
        Recovered, // the file was damaged: moved aside to movedAsidePath, a new one was made
        NewerSchema, // written by a newer OTP Manager: refused, file untouched
        Failed, // could not be opened or upgraded (permissions, disk, not ours); file untouched
    };

    Status status = Status::Failed;
    QString message; // translated; set for Recovered, NewerSchema and Failed
    QString movedAsidePath; // Recovered only: where the damaged file now is
    int foundVersion = 0; // schema version found in the file (0: none)
    int currentVersion = 0; // schema version in use after open (0: not open)

    // The database is open and ready for the repositories.
    bool isUsable() const
    {
        return status == Status::Opened || status == Status::Created || status == Status::Upgraded
            || status == Status::Recovered;
    }
};

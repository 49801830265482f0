#pragma once

#include "domain/SandboxToken.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// The desktop app's sandbox tokens, kept so a restarted sandbox still verifies them: pending
// tokens and the tombstones verify answers "Token is expire." for, in issue order. Rows hold the
// sandbox's fake codes (like the inbox), never an App Secret. Use on the Database's thread.
class SandboxTokenRepository
{
    Q_DECLARE_TR_FUNCTIONS(SandboxTokenRepository)

public:
    explicit SandboxTokenRepository(Database &database);

    QList<SandboxToken> list() const; // oldest first (issue order)
    // One transaction: each token of `tokens` stored as it stands (a new one at the end of the
    // order, a known one updated in place), each of `removed` deleted, and every token whose
    // expiry is before pruneBeforeMs deleted (pass 0 to keep all).
    Result<void> write(const QList<SandboxToken> &tokens, const QStringList &removed,
                       qint64 pruneBeforeMs = 0);
    Result<int> prune(qint64 beforeMs); // deletes tokens whose expiry is before beforeMs
    int count() const;

private:
    Database &m_database;
};

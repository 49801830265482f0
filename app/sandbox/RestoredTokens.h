#pragma once

#include "domain/SandboxToken.h"

#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

// Tokens an owner handed back (SandboxServer::restoreTokens) for the next run's token store,
// which takes them when its HTTP server is made. Thread-safe: the owner sets, the server
// thread takes.
class RestoredTokens
{
public:
    // Replaces what was given before and not yet taken; returns how many are pending.
    int set(const QList<SandboxToken> &tokens);
    QList<SandboxToken> take(); // and forgets them
    QSet<QString> pending() const; // the pending ones' tokens, not yet taken

private:
    mutable QMutex m_mutex;
    QList<SandboxToken> m_tokens;
};

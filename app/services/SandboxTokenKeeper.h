#pragma once

#include "domain/SandboxToken.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

class SandboxInboxRecorder;
class SandboxServer;
class SandboxTokenRepository;

// Keeps the embedded sandbox's tokens in the database, so quitting and relaunching the desktop
// app, or stopping and starting its sandbox, leaves every unexpired code verifiable with its
// attempts counted, and every used one still answered "Token is expire.". On each start of the
// server it hands back the stored tokens and settles the inbox: a pending message whose token
// is not handed back becomes Expired or Lost. Token changes arrive as queued signals (the
// server thread never waits for SQLite) and are written in batches, one transaction every
// FlushIntervalMs at most, with the rows past the store's retention pruned in the same one.
class SandboxTokenKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 100;

    SandboxTokenKeeper(SandboxServer &server, SandboxTokenRepository &tokens,
                       SandboxInboxRecorder &inbox, QObject *parent = nullptr);
    ~SandboxTokenKeeper() override; // writes what is still queued

    // Writes the queued changes now, in one transaction (also done on the server's stop and
    // before a start reads the table).
    void flush();
    int queuedCount() const { return int(m_upserts.size() + m_removals.size()); }

signals:
    void restored(int tokens); // handed back to the server at its start
    void failed(const QString &message); // translated

private:
    void restore();
    void queue(const QList<SandboxToken> &held, const QStringList &dropped);

    SandboxServer &m_server;
    SandboxTokenRepository &m_tokens;
    SandboxInboxRecorder &m_inbox;
    // In arrival order, so new tokens are stored in issue order; one entry per token, its
    // latest state.
    QList<SandboxToken> m_upserts;
    QHash<QString, qsizetype> m_upsertIndex;
    QStringList m_removals;
    QTimer m_flushTimer;
};

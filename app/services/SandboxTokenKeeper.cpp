#include "SandboxTokenKeeper.h"

#include "SandboxInboxRecorder.h"
#include "sandbox/Clock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TokenStore.h"
#include "storage/SandboxTokenRepository.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcTokenKeeper, "otp.services.tokenkeeper")

SandboxTokenKeeper::SandboxTokenKeeper(SandboxServer &server, SandboxTokenRepository &tokens,
                                       SandboxInboxRecorder &inbox, QObject *parent)
    : QObject(parent), m_server(server), m_tokens(tokens), m_inbox(inbox), m_flushTimer(this)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SandboxTokenKeeper::flush);
    // Direct: aboutToStart comes from start() on this thread, before the server listens.
    connect(&server, &SandboxServer::aboutToStart, this, &SandboxTokenKeeper::restore);
    connect(&server, &SandboxServer::tokensChanged, this, &SandboxTokenKeeper::queue);
    connect(&server, &SandboxServer::stopped, this, &SandboxTokenKeeper::flush);
}

SandboxTokenKeeper::~SandboxTokenKeeper()
{
    flush();
}

void SandboxTokenKeeper::queue(const QList<SandboxToken> &held, const QStringList &dropped)
{
    for (const SandboxToken &token : held) {
        const auto known = m_upsertIndex.constFind(token.token);
        if (known != m_upsertIndex.cend()) {
            m_upserts[*known] = token;
        } else {
            m_upsertIndex.insert(token.token, m_upserts.size());
            m_upserts << token;
        }
    }
    m_removals << dropped;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SandboxTokenKeeper::flush()
{
    m_flushTimer.stop();
    if (m_upserts.isEmpty() && m_removals.isEmpty())
        return;
    const qint64 pruneBefore = m_server.clock().nowMs() - TokenStore::RetentionMs;
    const Result<void> written = m_tokens.write(m_upserts, m_removals, pruneBefore);
    // A failed batch is not retried: its tokens may read Lost after a restart, which is true.
    m_upserts.clear();
    m_upsertIndex.clear();
    m_removals.clear();
    if (!written) {
        qCWarning(lcTokenKeeper).noquote() << written.error;
        emit failed(written.error);
    }
}

void SandboxTokenKeeper::restore()
{
    flush(); // stop() delivered the last run's changes: the table is complete
    const qint64 now = m_server.clock().nowMs();
    if (const Result<int> pruned = m_tokens.prune(now - TokenStore::RetentionMs); !pruned)
        emit failed(pruned.error);
    const QList<SandboxToken> tokens = m_tokens.list();
    if (!m_server.restoreTokens(tokens))
        return; // running: start() refuses anyway
    QSet<QString> held;
    for (const SandboxToken &token : tokens) {
        if (token.state == OtpMessage::State::Pending && now < token.expiresAtMs)
            held.insert(token.token);
    }
    m_inbox.settleUnheld(held, QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()));
    emit restored(int(tokens.size()));
}

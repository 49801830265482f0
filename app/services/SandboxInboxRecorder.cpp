#include "SandboxInboxRecorder.h"

#include "sandbox/SandboxServer.h"
#include "storage/InboxRepository.h"

SandboxInboxRecorder::SandboxInboxRecorder(SandboxServer &server, InboxRepository &inbox,
                                           QObject *parent)
    : QObject(parent), m_inbox(inbox)
{
    connect(&server, &SandboxServer::smsDelivered, this, &SandboxInboxRecorder::record);
    connect(&server, &SandboxServer::messageStateChanged, this, &SandboxInboxRecorder::recordState);
    connect(&server, &SandboxServer::messagesDeleted, this, &SandboxInboxRecorder::remove);
}

qint64 SandboxInboxRecorder::firstSandboxMessageId() const
{
    return m_inbox.maxId() + 1;
}

void SandboxInboxRecorder::record(const OtpMessage &message)
{
    // The sandbox's id when free (it is, when the server started after the table's highest).
    Result<qint64> appended
        = message.id > 0 ? m_inbox.appendWithId(message) : m_inbox.append(message);
    if (!appended && message.id > 0)
        appended = m_inbox.append(message); // that id was taken: a new one
    if (!appended) {
        emit failed(appended.error);
        return;
    }
    m_idByToken.insert(message.token, appended.value);
    OtpMessage stored = message;
    stored.id = appended.value;
    // As the table has it: it keeps neither the key nor the attempts (the server's log does).
    stored.appKey.clear();
    stored.attempts = 0;
    emit recorded(stored);
}

void SandboxInboxRecorder::recordState(const QString &token, OtpMessage::State state)
{
    const qint64 id = idOf(token);
    if (id == 0)
        return;
    const Result<bool> updated = m_inbox.updateState(id, state);
    if (!updated)
        emit failed(updated.error);
    else
        emit stateRecorded(id, state);
    if (state != OtpMessage::State::Pending)
        m_idByToken.remove(token); // final: no further changes to follow
}

qint64 SandboxInboxRecorder::idOf(const QString &token) const
{
    if (const qint64 id = m_idByToken.value(token))
        return id;
    const std::optional<OtpMessage> stored = m_inbox.findByToken(token);
    return stored && stored->state == OtpMessage::State::Pending ? stored->id : 0;
}

void SandboxInboxRecorder::settleUnheld(const QSet<QString> &held, const QDateTime &now)
{
    const Result<QList<InboxRepository::StateChange>> settled = m_inbox.settleUnheld(held, now);
    if (!settled) {
        emit failed(settled.error);
        return;
    }
    for (const InboxRepository::StateChange &change : settled.value)
        emit stateRecorded(change.id, change.state);
}

void SandboxInboxRecorder::remove(const QList<qint64> &ids)
{
    const Result<int> removed = m_inbox.remove(ids);
    if (!removed) {
        emit failed(removed.error);
        return;
    }
    emit this->removed(ids);
}

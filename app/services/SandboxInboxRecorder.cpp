#include "SandboxInboxRecorder.h"

#include "sandbox/SandboxServer.h"
#include "storage/InboxRepository.h"

namespace {

InboxMessage::State toStored(SandboxMessage::State state)
{
    switch (state) {
    case SandboxMessage::State::Pending:
        return InboxMessage::State::Pending;
    case SandboxMessage::State::Verified:
        return InboxMessage::State::Verified;
    case SandboxMessage::State::Expired:
        return InboxMessage::State::Expired;
    case SandboxMessage::State::Burned:
    case SandboxMessage::State::Evicted: // dropped unverified: it can never verify now
        return InboxMessage::State::Burned;
    }
    return InboxMessage::State::Burned;
}

} // namespace

SandboxInboxRecorder::SandboxInboxRecorder(SandboxServer &server, InboxRepository &inbox,
                                           QObject *parent)
    : QObject(parent), m_inbox(inbox)
{
    connect(&server, &SandboxServer::smsDelivered, this, &SandboxInboxRecorder::record);
    connect(&server, &SandboxServer::messageStateChanged, this,
            [this](const QString &token, SandboxMessage::State state) {
                const qint64 id = m_idByToken.value(token);
                if (id == 0)
                    return;
                const Result<bool> updated = m_inbox.updateState(id, toStored(state));
                if (!updated)
                    emit failed(updated.error);
                else
                    emit stateRecorded(id);
                if (state != SandboxMessage::State::Pending)
                    m_idByToken.remove(token); // final: no further changes to follow
            });
}

void SandboxInboxRecorder::record(const SandboxMessage &message)
{
    InboxMessage stored;
    stored.appId = message.appId;
    stored.appName = message.appName;
    stored.msisdn = message.msisdn;
    stored.text = message.text;
    stored.code = message.code;
    stored.refno = message.refno;
    stored.token = message.token;
    stored.createdAt = message.createdAt;
    stored.expiresAt = message.expiresAt;
    stored.state = toStored(message.state);
    const Result<qint64> appended = m_inbox.append(stored);
    if (!appended) {
        emit failed(appended.error);
        return;
    }
    m_idByToken.insert(message.token, appended.value);
    emit recorded(appended.value);
}

#include "SandboxInboxRecorder.h"

#include "sandbox/SandboxServer.h"
#include "storage/InboxRepository.h"

SandboxInboxRecorder::SandboxInboxRecorder(SandboxServer &server, InboxRepository &inbox,
                                           QObject *parent)
    : QObject(parent), m_inbox(inbox)
{
    connect(&server, &SandboxServer::smsDelivered, this, &SandboxInboxRecorder::record);
    connect(&server, &SandboxServer::messageStateChanged, this,
            [this](const QString &token, OtpMessage::State state) {
                const qint64 id = m_idByToken.value(token);
                if (id == 0)
                    return;
                const Result<bool> updated = m_inbox.updateState(id, state);
                if (!updated)
                    emit failed(updated.error);
                else
                    emit stateRecorded(id, state);
                if (state != OtpMessage::State::Pending)
                    m_idByToken.remove(token); // final: no further changes to follow
            });
}

void SandboxInboxRecorder::record(const OtpMessage &message)
{
    const Result<qint64> appended = m_inbox.append(message);
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

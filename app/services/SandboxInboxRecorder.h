#pragma once

#include "domain/OtpMessage.h"

#include <QHash>
#include <QObject>

class InboxRepository;
class SandboxServer;

// Persists what the embedded sandbox "sends" into the inbox table, and the later state of each
// message (verified, expired, burned, evicted), so the GUI's inbox survives a restart.
class SandboxInboxRecorder : public QObject
{
    Q_OBJECT

public:
    SandboxInboxRecorder(SandboxServer &server, InboxRepository &inbox, QObject *parent = nullptr);

signals:
    // What a live list needs without reading the table again: the message as stored (id set),
    // and a stored message's new state.
    void recorded(const OtpMessage &message);
    void stateRecorded(qint64 id, OtpMessage::State state);
    void failed(const QString &message); // translated

private:
    void record(const OtpMessage &message);

    InboxRepository &m_inbox;
    QHash<QString, qint64> m_idByToken;
};

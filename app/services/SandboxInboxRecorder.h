#pragma once

#include <QHash>
#include <QObject>

class InboxRepository;
class SandboxServer;
struct OtpMessage;

// Persists what the embedded sandbox "sends" into the inbox table, and the later state of each
// message (verified, expired, burned, evicted), so the GUI's inbox survives a restart.
class SandboxInboxRecorder : public QObject
{
    Q_OBJECT

public:
    SandboxInboxRecorder(SandboxServer &server, InboxRepository &inbox, QObject *parent = nullptr);

signals:
    void recorded(qint64 id);
    void stateRecorded(qint64 id);
    void failed(const QString &message); // translated

private:
    void record(const OtpMessage &message);

    InboxRepository &m_inbox;
    QHash<QString, qint64> m_idByToken;
};

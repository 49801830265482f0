#pragma once

#include "domain/OtpMessage.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

class InboxRepository;
class SandboxServer;

// Persists what the embedded sandbox "sends" into the inbox table, and the later state of each
// message (verified, expired, burned, evicted), so the GUI's inbox survives a restart. A
// message is stored under the sandbox's id when it has one that is free (start the server with
// SandboxServerOptions::firstMessageId = firstSandboxMessageId()), so the control API's
// messages/{id} and the inbox name the same message; what the API deletes leaves the table.
class SandboxInboxRecorder : public QObject
{
    Q_OBJECT

public:
    SandboxInboxRecorder(SandboxServer &server, InboxRepository &inbox, QObject *parent = nullptr);

    // At a sandbox (re)start: every stored message still pending whose token the sandbox does
    // not hold (`held`) becomes Expired if its time has passed, else Lost; each is reported
    // through stateRecorded.
    void settleUnheld(const QSet<QString> &held, const QDateTime &now);
    // The first id the sandbox should give: after every stored message.
    qint64 firstSandboxMessageId() const;

signals:
    // What a live list needs without reading the table again: the message as stored (id set),
    // and a stored message's new state.
    void recorded(const OtpMessage &message);
    void stateRecorded(qint64 id, OtpMessage::State state);
    // Messages deleted through the sandbox (its control API), removed from the table too.
    void removed(const QList<qint64> &ids);
    void failed(const QString &message); // translated

private:
    void record(const OtpMessage &message);
    void recordState(const QString &token, OtpMessage::State state);
    // The stored message of a token: sent in this session, or pending from an earlier one (a
    // token the sandbox kept across a restart). 0: none.
    qint64 idOf(const QString &token) const;
    void remove(const QList<qint64> &ids);

    InboxRepository &m_inbox;
    QHash<QString, qint64> m_idByToken;
};

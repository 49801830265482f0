#pragma once

#include <QObject>

class OtpAppService;
class SandboxServer;

// Keeps the embedded sandbox serving the local store's Sandbox apps: on every change it reads
// their secrets from the secret store and hands the set to the server.
class SandboxAppSync : public QObject
{
    Q_OBJECT

public:
    SandboxAppSync(OtpAppService &apps, SandboxServer &server, QObject *parent = nullptr);

    void sync();

signals:
    void synced(int appCount);
    // An app whose secret could not be read is left out; message says why (translated).
    void appSkipped(const QString &appName, const QString &message);

private:
    OtpAppService &m_apps;
    SandboxServer &m_server;
    quint64 m_generation = 0; // a newer sync wins over the answers of an older one
};

#pragma once

#include "domain/OtpAppConfig.h"

#include <QList>
#include <QObject>

class OtpAppService;
class SandboxServer;

// Keeps the embedded sandbox serving the local store's Sandbox apps: on every change it reads
// their secrets from the secret store and hands the set to the server. The one place that
// reads secrets for the sandbox, for the GUI and for `otpctl sandbox`.
class SandboxAppSync : public QObject
{
    Q_OBJECT

public:
    SandboxAppSync(OtpAppService &apps, SandboxServer &server, QObject *parent = nullptr);

    // The store's Sandbox apps, the ones sync() tries to serve (ordered like the store's list).
    QList<OtpAppConfig> sandboxApps() const;

    // Reads every Sandbox app's secret, then hands the whole set to the server at once. A
    // newer sync wins: the answers of an older one still pending are dropped unseen.
    void sync();

signals:
    // The server serves exactly these apps now, in the order their secrets arrived (empty:
    // none, because the store has none or no secret could be read).
    void synced(const QList<OtpAppConfig> &served);
    // An app whose secret could not be read is left out; message says why (translated).
    void appSkipped(const QString &appName, const QString &message);

private:
    OtpAppService &m_apps;
    SandboxServer &m_server;
    quint64 m_generation = 0; // a newer sync wins over the answers of an older one
};

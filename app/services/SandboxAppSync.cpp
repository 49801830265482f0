#include "SandboxAppSync.h"

#include "FutureCallback.h"
#include "OtpAppService.h"
#include "sandbox/SandboxServer.h"

#include <memory>

SandboxAppSync::SandboxAppSync(OtpAppService &apps, SandboxServer &server, QObject *parent)
    : QObject(parent), m_apps(apps), m_server(server)
{
    connect(&m_apps, &OtpAppService::appsChanged, this, &SandboxAppSync::sync);
    connect(&m_apps, &OtpAppService::secretChanged, this, &SandboxAppSync::sync);
}

QList<OtpAppConfig> SandboxAppSync::sandboxApps() const
{
    QList<OtpAppConfig> sandboxApps;
    for (const OtpAppConfig &app : m_apps.apps()) {
        if (app.environment == Environment::Sandbox)
            sandboxApps << app;
    }
    return sandboxApps;
}

void SandboxAppSync::sync()
{
    const quint64 generation = ++m_generation;
    const QList<OtpAppConfig> apps = sandboxApps();
    if (apps.isEmpty()) {
        m_server.setApps({});
        emit synced({});
        return;
    }
    // Collect every answer, then hand over the whole set at once.
    struct Pending {
        QList<SandboxApp> ready;
        QList<OtpAppConfig> served;
        int remaining = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->remaining = int(apps.size());
    for (const OtpAppConfig &app : apps) {
        whenFinished(this, m_apps.secret(app.id),
                     [this, app, pending, generation](const SecretResult &r) {
                         if (generation != m_generation)
                             return; // a newer sync has taken over
                         if (r.ok()) {
                             pending->ready.append({app, r.secret});
                             pending->served.append(app);
                         } else {
                             emit appSkipped(app.name, r.message);
                         }
                         if (--pending->remaining == 0) {
                             m_server.setApps(pending->ready);
                             emit synced(pending->served);
                         }
                     });
    }
}

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

void SandboxAppSync::sync()
{
    const quint64 generation = ++m_generation;
    QList<OtpAppConfig> sandboxApps;
    for (const OtpAppConfig &app : m_apps.apps()) {
        if (app.environment == Environment::Sandbox)
            sandboxApps << app;
    }
    if (sandboxApps.isEmpty()) {
        m_server.setApps({});
        emit synced(0);
        return;
    }
    // Collect every answer, then hand over the whole set at once.
    struct Pending {
        QList<SandboxApp> ready;
        int remaining = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->remaining = int(sandboxApps.size());
    for (const OtpAppConfig &app : sandboxApps) {
        whenFinished(this, m_apps.secret(app.id),
                     [this, app, pending, generation](const SecretResult &r) {
                         if (r.ok())
                             pending->ready.append({app, r.secret});
                         else
                             emit appSkipped(app.name, r.message);
                         if (--pending->remaining == 0 && generation == m_generation) {
                             m_server.setApps(pending->ready);
                             emit synced(int(pending->ready.size()));
                         }
                     });
    }
}

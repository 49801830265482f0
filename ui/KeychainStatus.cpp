#include "KeychainStatus.h"

#include "secrets/MemorySecretStore.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"

using namespace Qt::Literals::StringLiterals;

KeychainStatus::KeychainStatus(OtpAppService &apps, QObject *parent) : QObject(parent), m_apps(apps)
{
    if (m_apps.secretStore() && !m_apps.secretStore()->isPersistent())
        m_state = State::SessionOnly;
}

void KeychainStatus::check()
{
    SecretStore *store = m_apps.secretStore();
    if (!store || !store->isPersistent())
        return;
    setState(State::Checking);
    // A lookup of an id that never exists: "not found" proves the keychain answers.
    static const QUuid probe(u"{6f74706d-0000-4000-8000-70726f626521}"_s);
    whenFinished(this, store->read(probe), [this](const SecretResult &result) {
        if (m_state == State::SessionOnly)
            return;
        const bool reachable = result.ok() || result.status == SecretResult::Status::NotFound;
        setState(reachable ? State::Available : State::Unavailable,
                 reachable ? QString() : result.message);
    });
}

void KeychainStatus::useSessionOnly()
{
    if (!m_sessionStore)
        m_sessionStore = new MemorySecretStore(this);
    m_apps.setSecretStore(m_sessionStore);
    setState(State::SessionOnly);
}

void KeychainStatus::setState(State state, const QString &problem)
{
    m_state = state;
    m_problem = problem;
    emit changed();
}

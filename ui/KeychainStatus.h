#pragma once

#include <QObject>
#include <QPointer>

class OtpAppService;
class SecretStore;

// Whether App Secrets can be kept: the keychain is probed in the background, and when none is
// reachable the user may keep secrets in memory for the session instead.
class KeychainStatus : public QObject
{
    Q_OBJECT

public:
    enum class State { Checking, Available, Unavailable, SessionOnly };

    // Session-only from the start when the apps' store forgets on exit.
    explicit KeychainStatus(OtpAppService &apps, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString problem() const { return m_problem; } // why the keychain is unavailable

    void check(); // a background lookup; changed() when it answers
    void useSessionOnly(); // swaps the apps' store for one in memory

signals:
    void changed();

private:
    void setState(State state, const QString &problem = QString());

    OtpAppService &m_apps;
    State m_state = State::Checking;
    QString m_problem;
    QPointer<SecretStore> m_sessionStore;
};

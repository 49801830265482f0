#pragma once

#include "SandboxApp.h"
#include "SandboxFaults.h"
#include "SandboxListening.h"
#include "SandboxRequestRecord.h"
#include "SandboxServerOptions.h"
#include "domain/OtpMessage.h"
#include "domain/SandboxToken.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class Clock;
class QThread;
class RandomSource;
struct SandboxContext;

// The embedded OTP sandbox: a local HTTP server that answers like otp.thaibulksms.com for the
// sandbox apps it is given, delivering each "SMS" to an inbox instead of a phone. This is what
// otpctl and the GUI use; the HTTP server runs in its own thread (the caller's thread then only
// sees queued signals) unless SandboxServerOptions::ownThread is off. Call every function from the
// thread that owns this object.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    // The system clock and the operating system's CSPRNG.
    explicit SandboxServer(QObject *parent = nullptr);
    // Injected time and randomness, for tests.
    SandboxServer(std::shared_ptr<Clock> clock, std::shared_ptr<RandomSource> random,
                  QObject *parent = nullptr);
    ~SandboxServer() override; // stops a running server

    // Listens and returns the URL, or a translated error; blocks only while binding. Starting a
    // running server is an error.
    Result<SandboxListening> start(const SandboxServerOptions &options = {});
    // Closes every connection. Every signal of the run has been delivered when it returns. The
    // tokens are lost unless an owner keeps them (tokensChanged) and hands them back
    // (restoreTokens); the in-memory inbox is kept, its pending messages marked Lost unless
    // someone receives tokensChanged.
    void stop();
    bool isRunning() const { return m_root != nullptr; }
    QUrl url() const { return m_url; }

    // Thread-safe, any time, also while running (the next request sees the new set).
    void setApps(const QList<SandboxApp> &apps);
    QList<SandboxApp> apps() const;

    // False, and nothing changes, when faults.problem() is not empty.
    bool setFaults(const SandboxFaults &faults);
    SandboxFaults faults() const; // the NextRequests count as it stands now
    void clearFaults() { setFaults({}); }

    QList<OtpMessage> inbox() const; // oldest first, with current states
    void clearInbox();
    int pendingTokenCount() const;

    // The tokens the next run starts with, oldest first, as tokensChanged reported them (or
    // TokenStore::records() gave them): pending ones stay verifiable with their code, attempts
    // counted, until they expire; tombstones still answer "Token is expire.". Call it while
    // stopped, typically from aboutToStart(); it replaces tokens given before and not yet
    // taken. False, and nothing changes, while running.
    bool restoreTokens(const QList<SandboxToken> &tokens);
    const Clock &clock() const; // the server's time, for owners that judge expiry as it does

signals:
    // Emitted by start() before it listens: the moment to restoreTokens().
    void aboutToStart();
    void started(const QUrl &url); // emitted by start() before it returns
    void stopped();
    void error(const QString &message); // translated: start failures, accept errors
    void warning(const QString &message); // translated: non-loopback bind
    void smsDelivered(const OtpMessage &message);
    void messageStateChanged(const QString &token, OtpMessage::State state);
    void requestHandled(const SandboxRequestRecord &record);
    // Tokens that changed in one call or housekeeping pass, each as it now stands in the store
    // (issued, an attempt counted, verified, burned, expired), and tokens the store dropped
    // (the cap). For an owner that keeps them across restarts (SandboxTokenKeeper); nobody
    // connected, nothing is built.
    void tokensChanged(const QList<SandboxToken> &held, const QStringList &dropped);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void shutDown();
    // The in-memory inbox's pending messages whose token was not handed back become Lost.
    void markUnrestoredLost();
    // Binds the listener under root, in thread when there is one, and returns its port, or a
    // translated reason.
    Result<quint16> listenUnder(QObject *root, QThread *thread,
                                const SandboxServerOptions &options);
    // Deletes a run's objects in the thread that owns them (closing the listener and every
    // connection there), then ends that thread; thread is null when the server runs in ours.
    static void deleteRoot(QObject *root, QThread *thread);
    void countListeners(const QMetaMethod &signal, int delta);

    std::shared_ptr<SandboxContext> m_context;
    QThread *m_thread = nullptr;
    QObject *m_root = nullptr; // the running server's objects
    QUrl m_url;
};

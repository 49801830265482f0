#pragma once

#include "SandboxApp.h"
#include "SandboxFaults.h"
#include "SandboxListening.h"
#include "SandboxMessageFilter.h"
#include "SandboxMessageLog.h"
#include "SandboxRequestRecord.h"
#include "SandboxServerOptions.h"
#include "domain/OtpMessage.h"
#include "domain/SandboxToken.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class Clock;
class QThread;
class RandomSource;
class SandboxHttpServer;
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
    // Closes every connection (a waiting control API call is answered "no_message" first).
    // Every signal of the run has been delivered when it returns. The message log, faults and
    // clock offset are kept. The tokens are lost unless an owner keeps them (tokensChanged) and
    // hands them back (restoreTokens); the log's pending messages are marked Lost unless
    // someone receives tokensChanged.
    void stop();
    bool isRunning() const { return m_root != nullptr; }
    QUrl url() const { return m_url; }

    // Thread-safe, any time, also while running (the next request sees the new set).
    void setApps(const QList<SandboxApp> &apps);
    QList<SandboxApp> apps() const;

    // False, and nothing changes, when faults.problem() is not empty; emits faultsChanged.
    bool setFaults(const SandboxFaults &faults);
    SandboxFaults faults() const; // the NextRequests count as it stands now
    void clearFaults() { setFaults({}); }

    // The message log (thread-safe, any time): every delivered SMS with its id, current state
    // and attempts, as the control API sees it.
    QList<OtpMessage> inbox() const; // oldest first
    SandboxMessageLog::Page messages(const SandboxMessageFilter &filter = {}, int start = 0,
                                     int limit = SandboxMessageLog::DefaultCapacity) const;
    std::optional<OtpMessage> latestMessage(const SandboxMessageFilter &filter = {}) const;
    std::optional<OtpMessage> message(qint64 id) const;
    // Emits messagesDeleted when any went; returns their ids.
    QList<qint64> deleteMessages(const SandboxMessageFilter &filter = {});
    void clearInbox() { deleteMessages(); }
    int pendingTokenCount() const;

    // Time and tokens, as the control API moves them. Owner thread: they wait for the server
    // thread, briefly. The message's state follows through messageStateChanged, the token's
    // through tokensChanged.
    // False when the sandbox holds no pending token by that name.
    bool expireToken(const QString &token);
    // Moves the sandbox's clock forward for every token (seconds >= 0); emits clockChanged.
    void advanceClock(qint64 seconds);
    void resetClock(); // back to real time; emits clockChanged
    qint64 clockOffsetSeconds() const; // thread-safe

    // The tokens the next run starts with, oldest first, as tokensChanged reported them (or
    // TokenStore::records() gave them): pending ones stay verifiable with their code, attempts
    // counted, until they expire; tombstones still answer "Token is expire.". Call it while
    // stopped, typically from aboutToStart(); it replaces tokens given before and not yet
    // taken. False, and nothing changes, while running.
    bool restoreTokens(const QList<SandboxToken> &tokens);
    // The server's time (the control API's offset included), for owners that judge expiry as
    // it does.
    const Clock &clock() const;

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
    // (issued, an attempt counted, verified, burned, expired, also by the control API), and
    // tokens the store dropped (the cap). For an owner that keeps them across restarts
    // (SandboxTokenKeeper); nobody connected, nothing is built.
    void tokensChanged(const QList<SandboxToken> &held, const QStringList &dropped);
    // The control API's changes (also those made through this object's calls), so the GUI
    // can follow them.
    void messagesDeleted(const QList<qint64> &ids);
    void faultsChanged(const SandboxFaults &faults);
    void clockChanged(qint64 offsetSeconds);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void shutDown();
    // Binds the listener under root, in thread when there is one, and returns its port, or a
    // translated reason.
    Result<quint16> listenUnder(QObject *root, QThread *thread,
                                const SandboxServerOptions &options);
    // Deletes a run's objects in the thread that owns them (closing the listener and every
    // connection there), then ends that thread; thread is null when the server runs in ours.
    static void deleteRoot(QObject *root, QThread *thread);
    void countListeners(const QMetaMethod &signal, int delta);
    // The bearer token the control API will require, set into the context and listening.
    void chooseApiToken(const SandboxServerOptions &options, SandboxListening *listening);
    // Runs work with the run's HTTP server in its thread and waits; nothing when there is
    // none (not running, or no connection yet: then there are no tokens either).
    void withHttpServer(const std::function<void(SandboxHttpServer &)> &work);

    std::shared_ptr<SandboxContext> m_context;
    QThread *m_thread = nullptr;
    QObject *m_root = nullptr; // the running server's objects
    QUrl m_url;
};

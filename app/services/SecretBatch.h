#pragma once

#include "secrets/SecretResult.h"

#include <QFuture>
#include <QObject>

#include <functional>

// Many keychain calls, a few at a time. Every call of a SecretStore has its own time limit
// (KeychainSecretStore: 10 s) that starts when it is made, while the Secret Service answers one
// call after another: 200 calls made at once would time out at the end of the queue. So at
// most Window calls are in flight; the next starts when one answers. Each answer is reported
// in the order it comes; a call whose answer never comes (the store was destroyed) counts as
// Failed, so finished() always follows.
class SecretBatch : public QObject
{
    Q_OBJECT

public:
    // Calls in flight at once: enough to keep the Secret Service busy between answers (see
    // docs/secrets.md, "Speed"), few enough that none waits near its time limit.
    static constexpr int Window = 4;

    using Call = std::function<QFuture<SecretResult>(qsizetype index)>;
    using StopCheck = std::function<bool()>;

    // Deletes itself after finished(). stop: asked before each call is started; true starts no
    // more calls (the ones in flight still answer).
    SecretBatch(qsizetype count, Call call, StopCheck stop, QObject *parent);

    void start();

signals:
    void answered(qsizetype index, const SecretResult &result);
    void finished(qsizetype started); // every started call has answered

private:
    void startNext();
    void onAnswer(qsizetype index, const SecretResult &result);

    qsizetype m_count = 0;
    Call m_call;
    StopCheck m_stop;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    bool m_stopped = false;
};

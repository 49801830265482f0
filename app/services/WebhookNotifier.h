#pragma once

#include "WebhookFailure.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <deque>

class QNetworkAccessManager;
class QNetworkReply;
class SandboxServer;
struct OtpMessage;

// Posts each SMS the sandbox delivers to the user's webhook URLs, as the control API's message
// JSON (SandboxMessageJson) with `X-Otp-Sandbox-Event: sms`, in the background: notify() only
// queues, the posts start on a later pass of the event loop through a network manager of its
// own, so a slow or dead webhook never delays a sandbox answer. Bounded: a queue of at most
// Policy::maxQueued deliveries, Policy::maxInFlight posts at once, each attempt cut off after
// Policy::attemptTimeoutMs, at most Policy::maxAttempts attempts with doubling back-off. Each
// delivery given up is reported once (failed()). Both faces use it: otpctl sandbox --webhook
// and the GUI's Settings.
class WebhookNotifier : public QObject
{
    Q_OBJECT

public:
    struct Policy {
        int attemptTimeoutMs = 10000;
        int maxAttempts = 3;
        int firstRetryDelayMs = 1000; // then 2x, 4x...
        int maxQueued = 1000; // deliveries waiting or waiting to retry
        int maxInFlight = 4;
    };

    explicit WebhookNotifier(QObject *parent = nullptr);
    ~WebhookNotifier() override;

    // An http or https URL with a host, or a translated reason.
    static Result<QUrl> checkUrl(const QString &text);

    void setPolicy(const Policy &policy) { m_policy = policy; }
    // Takes effect for the next message; deliveries already queued go on.
    void setUrls(const QList<QUrl> &urls) { m_urls = urls; }
    QList<QUrl> urls() const { return m_urls; }

    // Each message server delivers is notified from now on.
    void follow(SandboxServer &server);
    // Queues message for every URL; cheap, nothing is sent before the event loop runs.
    void notify(const OtpMessage &message);
    // Deliveries not finished yet: queued, in flight or waiting to retry.
    int pendingCount() const;

signals:
    void delivered(const QUrl &url, qint64 messageId);
    void failed(const WebhookFailure &failure);

private:
    struct Delivery {
        QUrl url;
        QByteArray body;
        qint64 messageId = 0;
        int attempts = 0;
    };

    void schedulePump();
    void pump();
    void post(Delivery delivery);
    void finish(QNetworkReply *reply, Delivery delivery, bool timedOut);
    void retryOrFail(Delivery delivery, int httpStatus, const QString &error);

    Policy m_policy;
    QList<QUrl> m_urls;
    std::deque<Delivery> m_queue;
    int m_inFlight = 0;
    int m_waitingRetry = 0;
    bool m_pumpScheduled = false;
    QNetworkAccessManager *m_network = nullptr;
};

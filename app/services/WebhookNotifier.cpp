#include "WebhookNotifier.h"

#include "domain/OtpMessage.h"
#include "sandbox/SandboxMessageJson.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// Worth another attempt: no answer, a timeout, the server busy or broken.
bool retryable(int httpStatus)
{
    return httpStatus == 0 || httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
}

} // namespace

WebhookNotifier::WebhookNotifier(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<WebhookFailure>();
}

WebhookNotifier::~WebhookNotifier() = default;

Result<QUrl> WebhookNotifier::checkUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty()
        && (url.scheme() == u"http" || url.scheme() == u"https"))
        return Result<QUrl>::success(url);
    return Result<QUrl>::failure(
        tr("“%1” is not a webhook URL: use http:// or https:// with a host, such as "
           "http://127.0.0.1:9000/otp.")
            .arg(text.trimmed()));
}

void WebhookNotifier::follow(SandboxServer &server)
{
    connect(&server, &SandboxServer::smsDelivered, this, &WebhookNotifier::notify);
}

void WebhookNotifier::notify(const OtpMessage &message)
{
    if (m_urls.isEmpty())
        return;
    const QByteArray body = SandboxMessageJson::message(message);
    for (const QUrl &url : std::as_const(m_urls)) {
        if (int(m_queue.size()) + m_waitingRetry >= m_policy.maxQueued) {
            emit failed({url, message.id, 0, 0,
                         tr("Too many webhook deliveries are waiting (%1); this one was dropped.")
                             .arg(m_policy.maxQueued)});
            continue;
        }
        m_queue.push_back({url, body, message.id, 0});
    }
    schedulePump();
}

int WebhookNotifier::pendingCount() const
{
    return int(m_queue.size()) + m_waitingRetry + m_inFlight;
}

// On a later pass of the event loop: notify() may be called while the sandbox builds an answer.
void WebhookNotifier::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &WebhookNotifier::pump, Qt::QueuedConnection);
}

void WebhookNotifier::pump()
{
    m_pumpScheduled = false;
    while (m_inFlight < m_policy.maxInFlight && !m_queue.empty()) {
        Delivery delivery = std::move(m_queue.front());
        m_queue.pop_front();
        post(std::move(delivery));
    }
}

void WebhookNotifier::post(Delivery delivery)
{
    QNetworkRequest request(delivery.url);
    request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    request.setRawHeader("User-Agent",
                         "OTP-Manager-Sandbox/" + QCoreApplication::applicationVersion().toUtf8());
    request.setRawHeader("X-Otp-Sandbox-Event", "sms");
    // A webhook answers where it is; a redirect would resend the message somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    ++delivery.attempts;
    ++m_inFlight;
    QNetworkReply *reply = m_network->post(request, delivery.body);
    // The whole attempt is bounded, also for a server that trickles its answer.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(m_policy.attemptTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, deadline, delivery] {
        const bool timedOut = !deadline->isActive();
        deadline->stop();
        finish(reply, delivery, timedOut);
    });
}

void WebhookNotifier::finish(QNetworkReply *reply, Delivery delivery, bool timedOut)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        emit delivered(delivery.url, delivery.messageId);
    } else if (timedOut) {
        retryOrFail(std::move(delivery), 0,
                    tr("No answer within %1 s.").arg(m_policy.attemptTimeoutMs / 1000.0));
    } else if (status != 0) {
        retryOrFail(std::move(delivery), status, tr("The webhook answered HTTP %1.").arg(status));
    } else {
        retryOrFail(std::move(delivery), 0, reply->errorString());
    }
    schedulePump();
}

void WebhookNotifier::retryOrFail(Delivery delivery, int httpStatus, const QString &error)
{
    if (!retryable(httpStatus) || delivery.attempts >= m_policy.maxAttempts) {
        emit failed({delivery.url, delivery.messageId, delivery.attempts, httpStatus, error});
        return;
    }
    const int delay = m_policy.firstRetryDelayMs << std::min(delivery.attempts - 1, 16);
    ++m_waitingRetry;
    QTimer::singleShot(delay, this, [this, delivery = std::move(delivery)]() mutable {
        --m_waitingRetry;
        m_queue.push_front(std::move(delivery));
        schedulePump();
    });
}

#pragma once

#include "api/OtpCallOptions.h"
#include "api/OtpResult.h"
#include "domain/OtpAppConfig.h"
#include "storage/StoredExchange.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

class ExchangeRepository;
class OtpAppService;
class OtpCall;
class OtpClient;

// An OTP call as one use case, the same for the test console and for otpctl request / verify:
// reads a stored app's App Secret for this one call (never kept), makes the call with the
// session's own OtpClient, tracks and cancels the calls in flight, remembers the number each
// token was requested for (so a verify's history row shows it) and writes every finished call of
// a stored app to the history. The faces ask and show; the policy is here.
//
// Each call emits callStarted() (isBusy() is true by then), then exactly one of callFinished()
// (followed by historyFailed() when its row could not be written), secretUnavailable() or
// callAbandoned(). Use from the thread the session, the app service and the repository live in.
class OtpCallSession : public QObject
{
    Q_OBJECT

public:
    // apps: where a stored app's secret is read (null when only base-URL calls are made).
    // history: where the finished calls of stored apps are written; null: nowhere (otpctl
    // --no-history). Both outlive the session.
    OtpCallSession(OtpAppService *apps, ExchangeRepository *history, QObject *parent = nullptr);
    ~OtpCallSession() override;

    // Where Sandbox apps go: the running sandbox's URL (empty: not running). Where Live apps go
    // (empty: https://otp.thaibulksms.com). Custom apps carry their own base URL.
    void setSandboxUrl(const QUrl &url);
    void setLiveBaseUrl(const QUrl &url);

    // A stored app: its secret is read from the keychain first, then the call goes where the
    // app's environment says.
    void request(const OtpAppConfig &app, const QString &msisdn, const OtpCallOptions &options);
    // msisdn: the number for the history row; empty: the one this session requested the token
    // for, if it did.
    void verify(const OtpAppConfig &app, const QString &token, const QString &pin,
                const OtpCallOptions &options, const QString &msisdn = {});

    // Without a stored app (otpctl --base-url): the caller's key and secret, sent at once and
    // not kept. These calls belong to no app, so they are never written to the history.
    void requestAt(const QUrl &baseUrl, const QString &key, const QString &secret,
                   const QString &msisdn, const OtpCallOptions &options);
    void verifyAt(const QUrl &baseUrl, const QString &key, const QString &secret,
                  const QString &token, const QString &pin, const OtpCallOptions &options);

    // The calls on the wire: sent, not yet answered.
    int callsInFlight() const;
    // A call has started and not ended: waiting for its secret, or in flight.
    bool isBusy() const { return !m_waitingForSecret.isEmpty() || callsInFlight() > 0; }
    // The number a successful request of this session got `token` for; empty when unknown.
    QString msisdnForToken(const QString &token) const;

public slots:
    // Ends every call under way at once: one in flight with a Cancelled result (callFinished),
    // one still waiting for its secret with callAbandoned (nothing sent).
    void cancel();

signals:
    void callStarted(OtpOperation operation);
    // The stored app's secret could not be read; nothing was sent. message: translated, says
    // what to do.
    void secretUnavailable(const OtpAppConfig &app, const QString &message);
    // cancel() came while the call waited for its secret: nothing was sent or recorded.
    void callAbandoned(OtpOperation operation);
    // stored: the history row exactly as written, with its id; none when nothing was written
    // (no history, a base-URL call, or a failed write: historyFailed follows). appId: the
    // stored app called (null for a base-URL call).
    void callFinished(const OtpResult &result, const std::optional<StoredExchange> &stored,
                      const QUuid &appId);
    void historyFailed(const QString &message);

private:
    // What a call needs from its start to its end; never its secret.
    struct Call {
        OtpOperation operation = OtpOperation::Request;
        std::optional<OtpAppConfig> app; // none: baseUrl and key
        QUrl baseUrl;
        QString key;
        QString msisdn; // request: the number; verify: the number for the history row
        QString token;
        QString pin;
        OtpCallOptions options;
    };

    void readSecretThenSend(const Call &call);
    void send(const Call &call, const QString &secret);
    void finish(const Call &call, const OtpResult &result);
    Result<StoredExchange> writeHistory(const OtpAppConfig &app, const QString &msisdn,
                                        const OtpResult &result);

    OtpAppService *m_apps = nullptr;
    ExchangeRepository *m_history = nullptr;
    OtpClient *m_client = nullptr;
    QHash<quint64, OtpOperation> m_waitingForSecret; // by ticket
    quint64 m_lastTicket = 0;
    QList<QPointer<OtpCall>> m_onTheWire;
    QHash<QString, QString> m_msisdnByToken;
};

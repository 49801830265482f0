#include "OtpCallSession.h"

#include "ExchangeHistory.h"
#include "FutureCallback.h"
#include "OtpAppService.h"
#include "api/OtpCall.h"
#include "api/OtpClient.h"
#include "secrets/SecretResult.h"
#include "storage/ExchangeRepository.h"

#include <algorithm>

OtpCallSession::OtpCallSession(OtpAppService *apps, ExchangeRepository *history, QObject *parent)
    : QObject(parent), m_apps(apps), m_history(history), m_client(new OtpClient(this))
{ }

OtpCallSession::~OtpCallSession() = default;

void OtpCallSession::setSandboxUrl(const QUrl &url)
{
    m_client->setSandboxUrl(url);
}

void OtpCallSession::setLiveBaseUrl(const QUrl &url)
{
    m_client->setLiveBaseUrl(url);
}

void OtpCallSession::request(const OtpAppConfig &app, const QString &msisdn,
                             const OtpCallOptions &options)
{
    Call call;
    call.operation = OtpOperation::Request;
    call.app = app;
    call.msisdn = msisdn;
    call.options = options;
    readSecretThenSend(call);
}

void OtpCallSession::verify(const OtpAppConfig &app, const QString &token, const QString &pin,
                            const OtpCallOptions &options, const QString &msisdn)
{
    Call call;
    call.operation = OtpOperation::Verify;
    call.app = app;
    call.msisdn = msisdn.trimmed().isEmpty() ? msisdnForToken(token) : msisdn;
    call.token = token;
    call.pin = pin;
    call.options = options;
    readSecretThenSend(call);
}

void OtpCallSession::requestAt(const QUrl &baseUrl, const QString &key, const QString &secret,
                               const QString &msisdn, const OtpCallOptions &options)
{
    Call call;
    call.operation = OtpOperation::Request;
    call.baseUrl = baseUrl;
    call.key = key;
    call.msisdn = msisdn;
    call.options = options;
    send(call, secret);
    emit callStarted(call.operation); // isBusy() by now
}

void OtpCallSession::verifyAt(const QUrl &baseUrl, const QString &key, const QString &secret,
                              const QString &token, const QString &pin,
                              const OtpCallOptions &options)
{
    Call call;
    call.operation = OtpOperation::Verify;
    call.baseUrl = baseUrl;
    call.key = key;
    call.token = token;
    call.pin = pin;
    call.options = options;
    send(call, secret);
    emit callStarted(call.operation); // isBusy() by now
}

int OtpCallSession::callsInFlight() const
{
    return int(std::count_if(m_onTheWire.cbegin(), m_onTheWire.cend(),
                             [](const QPointer<OtpCall> &call) { return !call.isNull(); }));
}

QString OtpCallSession::msisdnForToken(const QString &token) const
{
    return m_msisdnByToken.value(token.trimmed());
}

void OtpCallSession::cancel()
{
    // Those waiting for their secret are dropped now; their answer is ignored when it comes.
    const QList<OtpOperation> waiting = m_waitingForSecret.values();
    m_waitingForSecret.clear();
    for (const OtpOperation operation : waiting)
        emit callAbandoned(operation);
    // cancel() finishes a call at once, and finishing edits m_onTheWire: walk a copy.
    const QList<QPointer<OtpCall>> calls = m_onTheWire;
    for (const QPointer<OtpCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void OtpCallSession::readSecretThenSend(const Call &call)
{
    if (!m_apps) {
        emit callStarted(call.operation);
        emit secretUnavailable(*call.app,
                               SecretResult::failure(SecretResult::Status::Unavailable).message);
        return;
    }
    const quint64 ticket = ++m_lastTicket;
    m_waitingForSecret.insert(ticket, call.operation);
    emit callStarted(call.operation); // isBusy() by now
    // The secret lives in this callback and in the call on the wire, never in the session.
    whenFinished(this, m_apps->secret(call.app->id),
                 [this, ticket, call](const SecretResult &read) {
                     if (!m_waitingForSecret.remove(ticket))
                         return; // cancelled meanwhile: callAbandoned was emitted
                     if (!read.ok()) {
                         emit secretUnavailable(*call.app, read.message);
                         return;
                     }
                     send(call, read.secret);
                 });
}

void OtpCallSession::send(const Call &call, const QString &secret)
{
    const bool request = call.operation == OtpOperation::Request;
    OtpCall *sent = nullptr;
    if (call.app) {
        sent = request ? m_client->request(*call.app, secret, call.msisdn, call.options)
                       : m_client->verify(*call.app, secret, call.token, call.pin, call.options);
    } else {
        sent = request
            ? m_client->requestAt(call.baseUrl, call.key, secret, call.msisdn, call.options)
            : m_client->verifyAt(call.baseUrl, call.key, secret, call.token, call.pin,
                                 call.options);
    }
    m_onTheWire.append(sent);
    connect(sent, &OtpCall::finished, this,
            [this, call](const OtpResult &result) { finish(call, result); });
}

void OtpCallSession::finish(const Call &call, const OtpResult &result)
{
    m_onTheWire.removeIf(
        [](const QPointer<OtpCall> &sent) { return sent.isNull() || sent->isFinished(); });
    if (result.operation == OtpOperation::Request && result.isSuccess())
        m_msisdnByToken.insert(result.token.trimmed(), call.msisdn.trimmed());

    std::optional<StoredExchange> stored;
    QString historyError;
    if (m_history && call.app) {
        const Result<StoredExchange> written = writeHistory(*call.app, call.msisdn, result);
        if (written)
            stored = written.value;
        else
            historyError = written.error;
    }
    emit callFinished(result, stored, call.app ? call.app->id : QUuid());
    if (!historyError.isEmpty())
        emit historyFailed(historyError);
}

Result<StoredExchange> OtpCallSession::writeHistory(const OtpAppConfig &app, const QString &msisdn,
                                                    const OtpResult &result)
{
    StoredExchange row = ExchangeHistory::toStored(result, app, msisdn);
    if (!row.startedAt.isValid())
        row.startedAt = QDateTime::currentDateTimeUtc(); // what the repository would store
    const Result<qint64> id = m_history->append(row);
    if (!id)
        return Result<StoredExchange>::failure(id.error);
    row.id = id.value;
    return Result<StoredExchange>::success(row);
}

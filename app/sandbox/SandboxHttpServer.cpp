#include "SandboxHttpServer.h"

#include "SandboxContext.h"
#include "SandboxHttpReply.h"
#include "SandboxResponseBody.h"
#include "SandboxSocket.h"
#include "SandboxTcpServer.h"
#include "api/ErrorCatalog.h"

#include <QHttpServerRequest>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Route { Unknown, Health, V1Request, V1Verify, V2Request, V2Verify };

Route routeFor(QStringView path)
{
    if (path == u"/v2/otp/request")
        return Route::V2Request;
    if (path == u"/v2/otp/verify")
        return Route::V2Verify;
    if (path == u"/v1/otp/request")
        return Route::V1Request;
    if (path == u"/v1/otp/verify")
        return Route::V1Verify;
    if (path == u"/health")
        return Route::Health;
    return Route::Unknown;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Connect:
        return u"CONNECT"_s;
    case QHttpServerRequest::Method::Trace:
        return u"TRACE"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

// The catalog row's body and HTTP code: 404, 405 and injected errors.
SandboxHttpReply catalogReply(ApiVersion version, int row, SandboxRequestRecord *record = nullptr)
{
    const std::optional<ErrorEntry> entry = ErrorCatalog::byRow(row);
    if (!entry) // the catalog is built in; this only guards against a broken build
        return SandboxHttpReply::json(500, "{}"_ba);
    if (record)
        record->describe(*entry);
    return SandboxHttpReply::json(entry->httpStatus,
                                  SandboxResponseBody::catalogEntry(version, *entry));
}

// What replaces the real answer, from the fault injection or a test number's failure.
// The record, when there is one, describes what the client gets instead.
SandboxHttpReply forcedReply(ApiVersion version, const FaultInjector::Decision &failure,
                             SandboxRequestRecord *record = nullptr)
{
    if (failure.action == SandboxFaults::Action::Drop) {
        if (record)
            record->statusName = u"dropped"_s;
        return SandboxHttpReply::dropConnection();
    }
    return catalogReply(version, failure.errorRow, record);
}

constexpr int NotFoundRow = 5; // ERROR_NOT_FOUND, HTTP 404
constexpr int MethodNotAllowedRow = 4; // ERROR_METHOD_NOT_ALLOWED, HTTP 405

} // namespace

SandboxHttpServer::SandboxHttpServer(std::shared_ptr<SandboxContext> context,
                                     const Settings &settings, QObject *parent)
    : QAbstractHttpServer(parent), m_context(std::move(context)), m_settings(settings),
      m_tokens(settings.maxTokens), m_service(m_tokens, *m_context->clock, *m_context->random),
      m_controlApi(
          *m_context, m_tokens, [this](const TokenStore::Changes &changes) { publish(changes); },
          this),
      m_housekeeping(this)
{
    m_housekeeping.setInterval(qMax(10, settings.housekeepingIntervalMs));
    connect(&m_housekeeping, &QTimer::timeout, this, &SandboxHttpServer::housekeeping);
}

SandboxHttpServer::~SandboxHttpServer()
{
    m_context->pendingTokens.store(0);
}

void SandboxHttpServer::serve(SandboxTcpServer *listener)
{
    connect(listener, &SandboxTcpServer::socketAccepted, this, &SandboxHttpServer::wireSocket);
    bind(listener);
    // Tokens an owner kept from an earlier run: taken now that someone listens to the changes.
    TokenStore::Changes changes;
    m_tokens.restore(m_context->restoredTokens.take(), m_context->clock->nowMs(), &changes);
    publish(changes);
    m_housekeeping.start();
}

ApiVersion SandboxHttpServer::apiVersionFor(QStringView path)
{
    const Route route = routeFor(path);
    return route == Route::V1Request || route == Route::V1Verify ? ApiVersion::V1 : ApiVersion::V2;
}

void SandboxHttpServer::wireSocket(SandboxSocket *socket)
{
    connect(socket, &SandboxSocket::requestRejected, this, [this, socket](int status) {
        if (m_context->requestListeners.load() == 0)
            return;
        SandboxRequestRecord record;
        record.at = m_context->clock->now();
        record.remoteAddress = socket->peerAddress().toString();
        record.status = status;
        emit requestHandled(record);
    });
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *tcpSocket)
{
    Pending pending;
    pending.elapsed.start();

    auto *socket = qobject_cast<SandboxSocket *>(tcpSocket);
    if (!socket) // every socket comes from SandboxTcpServer; nothing else is bound
        return true;
    socket->requestReceived();
    if (socket->isClosing())
        return true; // a request pipelined after "Connection: close" or a rejection

    const QString path = request.url().path();
    if (m_context->requestListeners.load() > 0) { // only built when someone listens
        pending.record.at = m_context->clock->now();
        pending.record.method = methodName(request.method());
        pending.record.path = path;
        pending.record.remoteAddress = request.remoteAddress().toString();
    }

    const quint64 sequence = socket->reserveReply();
    const QByteArray connection = request.value("connection");
    const bool close = !connection.isEmpty() && connection.toLower().contains("close");
    if (SandboxControlApi::handles(path)) {
        handleControl(request, socket, sequence, close, pending);
        return true;
    }
    int delayMs = 0;
    SandboxHttpReply reply = route(request, path, &delayMs, &pending.record);
    reply.close = reply.close || close;

    if (delayMs <= 0) {
        deliver(socket, sequence, std::move(reply), pending);
        return true;
    }
    // Injected latency: a timer, never a sleep, so other connections are served meanwhile.
    // The socket is the timer's context: if the client goes away, nothing fires.
    QTimer::singleShot(delayMs, Qt::PreciseTimer, socket,
                       [this, socket, sequence, reply = std::move(reply), pending]() mutable {
                           deliver(socket, sequence, std::move(reply), pending);
                       });
    return true;
}

void SandboxHttpServer::handleControl(const QHttpServerRequest &request, SandboxSocket *socket,
                                      quint64 sequence, bool close, const Pending &pending)
{
    const QPointer<SandboxSocket> guarded(socket);
    const auto answer = [this, guarded, sequence, close, pending](SandboxHttpReply reply) {
        if (!guarded)
            return;
        reply.close = reply.close || close;
        deliver(guarded, sequence, std::move(reply), pending);
    };
    // A long-poll is answered later, while another connection's request is handled: sent at
    // once then, rather than on the event loop's next pass (one pass less for the waiter).
    const auto later = [answer, guarded](SandboxHttpReply reply) {
        answer(std::move(reply));
        if (guarded)
            guarded->flush();
    };
    std::optional<SandboxHttpReply> now = m_controlApi.handle(request, socket, later);
    if (now)
        answer(std::move(*now));
}

void SandboxHttpServer::stopping()
{
    m_controlApi.stopping();
    for (QTcpServer *server : servers()) {
        for (SandboxSocket *socket : server->findChildren<SandboxSocket *>())
            socket->flush(); // the sockets are deleted next, which would drop unsent bytes
    }
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers everything, 404 included.
}

SandboxHttpReply SandboxHttpServer::route(const QHttpServerRequest &request, const QString &path,
                                          int *delayMs, SandboxRequestRecord *record)
{
    const Route route = routeFor(path);
    const ApiVersion version = apiVersionFor(path);

    if (route == Route::Unknown)
        return catalogReply(version, NotFoundRow);

    const bool isHealth = route == Route::Health;
    const auto operation = (route == Route::V1Request || route == Route::V2Request)
        ? OtpOperation::Request
        : OtpOperation::Verify;
    if (!isHealth && m_context->requestListeners.load() > 0)
        record->operation = operation;
    else
        record = nullptr; // nobody listens, or not an OTP call: nothing to describe

    const auto expected
        = isHealth ? QHttpServerRequest::Method::Get : QHttpServerRequest::Method::Post;
    if (request.method() != expected) {
        SandboxHttpReply reply = catalogReply(version, MethodNotAllowedRow, record);
        reply.allow = isHealth ? "GET" : "POST";
        return reply;
    }

    if (request.body().size() > SandboxSocket::MaxBodyBytes) {
        if (record)
            record->describe(413, QString::fromLatin1(SandboxResponseBody::BodyTooLarge));
        return SandboxSocket::rejectionReply(SandboxSocket::Problem::BodyTooLarge, version);
    }

    if (isHealth) {
        TokenStore::Changes changes;
        m_tokens.expireDue(m_context->clock->nowMs(), &changes); // an exact pending count
        publish(changes);
        return SandboxHttpReply::json(
            200,
            SandboxResponseBody::health(m_context->apps.snapshot()->size(),
                                        m_tokens.pendingCount()));
    }
    return routeOtpCall(request, version, operation, delayMs, record);
}

SandboxHttpReply SandboxHttpServer::routeOtpCall(const QHttpServerRequest &request,
                                                 ApiVersion version, OtpOperation operation,
                                                 int *delayMs, SandboxRequestRecord *record)
{
    const FaultInjector::Decision fault = m_context->faults.decide(*m_context->random);
    *delayMs = fault.delayMs;
    if (record)
        record->faultInjected = fault.delayMs > 0 || fault.action != SandboxFaults::Action::None;
    const qint64 clockOffsetSeconds = m_context->clock->offsetMs() / 1000;
    if (fault.action != SandboxFaults::Action::None) {
        SandboxHttpReply injected = forcedReply(version, fault, record);
        injected.injected = true; // "X-Otp-Sandbox-Fault: injected"
        injected.clockOffsetSeconds = clockOffsetSeconds;
        return injected;
    }

    SandboxOtpService::Call call;
    call.operation = operation;
    call.version = version;
    call.contentType = request.value("content-type");
    call.body = request.body();
    call.remoteAddress = request.remoteAddress();
    SandboxOtpService::Outcome outcome = m_service.handle(call, *m_context->apps.snapshot());
    if (record) {
        record->describe(outcome.httpStatus, outcome.message);
        record->appId = outcome.appId;
        record->appName = outcome.appName;
        record->msisdn = outcome.maskedMsisdn;
        record->token = outcome.token;
        if (outcome.delivered) {
            record->refno = outcome.delivered->refno;
            record->expiresAt = outcome.delivered->expiresAt;
        }
    }
    publish(outcome);
    SandboxHttpReply reply = outcome.forcedFailure.action != SandboxFaults::Action::None
        ? forcedReply(version, outcome.forcedFailure, record)
        : SandboxHttpReply::json(outcome.httpStatus, outcome.body);
    reply.clockOffsetSeconds = clockOffsetSeconds;
    return reply;
}

void SandboxHttpServer::deliver(QTcpSocket *socket, quint64 sequence, SandboxHttpReply reply,
                                const Pending &pending)
{
    const int status = reply.kind == SandboxHttpReply::Kind::Drop ? 0 : reply.status;
    static_cast<SandboxSocket *>(socket)->completeReply(sequence, std::move(reply));
    if (m_context->requestListeners.load() == 0)
        return;
    SandboxRequestRecord record = pending.record;
    record.status = status;
    record.elapsedMs = double(pending.elapsed.nsecsElapsed()) / 1e6;
    emit requestHandled(record);
}

void SandboxHttpServer::publish(SandboxOtpService::Outcome &outcome)
{
    if (outcome.delivered) {
        m_context->messages.add(*outcome.delivered); // gives it its id
        if (m_context->smsListeners.load() > 0)
            emit smsDelivered(*outcome.delivered);
        m_controlApi.messageArrived(*outcome.delivered);
    }
    if (!outcome.attemptToken.isEmpty())
        m_context->messages.setAttempts(outcome.attemptToken, outcome.attempts);
    publish(outcome.changes, outcome.delivered ? outcome.delivered->token : outcome.attemptToken);
}

void SandboxHttpServer::publish(const TokenStore::Changes &changes, const QString &touched)
{
    m_context->pendingTokens.store(m_tokens.pendingCount());
    for (const TokenStore::Change &change : changes) {
        m_context->messages.setState(change.token, change.state);
        if (m_context->stateListeners.load() > 0)
            emit messageStateChanged(change.token, change.state);
    }
    if (m_context->tokenListeners.load() > 0)
        reportTokens(changes, touched);
}

void SandboxHttpServer::reportTokens(const TokenStore::Changes &changes, const QString &touched)
{
    QList<SandboxToken> held;
    QStringList dropped;
    if (!touched.isEmpty()) {
        if (std::optional<SandboxToken> token = m_tokens.find(touched))
            held << std::move(*token); // an unknown token was never held: nothing to report
    }
    for (const TokenStore::Change &change : changes) {
        if (change.token == touched)
            continue;
        if (std::optional<SandboxToken> token = m_tokens.find(change.token))
            held << std::move(*token);
        else
            dropped << change.token;
    }
    if (!held.isEmpty() || !dropped.isEmpty())
        emit tokensChanged(held, dropped);
}

void SandboxHttpServer::housekeeping()
{
    TokenStore::Changes changes;
    m_tokens.expireDue(m_context->clock->nowMs(), &changes);
    publish(changes);

    // Connections that neither sent nor received anything for a while (half-open clients)
    // are closed so they do not pile up; so are requests that trickle in (slowloris).
    for (QTcpServer *server : servers()) {
        const auto sockets = server->findChildren<SandboxSocket *>(Qt::FindDirectChildrenOnly);
        for (SandboxSocket *socket : sockets) {
            if (socket->state() != QAbstractSocket::ConnectedState)
                continue;
            if (m_settings.idleTimeoutMs > 0 && !socket->hasRepliesInFlight()
                && socket->idleMs() > m_settings.idleTimeoutMs)
                socket->abort();
            else if (socket->requestOverdue(m_settings.requestDeadlineMs))
                socket->requestTimedOut(m_settings.requestDeadlineMs);
        }
    }
}

#pragma once

#include "SandboxFaults.h"
#include "SandboxHttpReply.h"
#include "SandboxMessageWaiters.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class SandboxApiQuery;
struct SandboxContext;

// The control API under /sandbox/v1/ (docs/sandbox.md), on the server thread: what a user's
// end-to-end tests call to read the codes the sandbox sent, wait for the next one, delete
// messages, set faults, expire a token or move the clock. JSON in and out; errors
// {"error":"<id>","message":"<text>"} (SandboxApiError). With an API token in the context,
// every call needs "Authorization: Bearer <token>".
class SandboxControlApi : public QObject
{
    Q_OBJECT

public:
    using Answer = SandboxMessageWaiters::Answer;
    // Publishes token changes (the message log and the signals), as the OTP routes do.
    using Publish = std::function<void(const TokenStore::Changes &changes)>;

    SandboxControlApi(SandboxContext &context, TokenStore &tokens, Publish publish,
                      QObject *parent = nullptr);

    static bool handles(QStringView path); // /sandbox/v1 and everything under it
    // 413 in the control API's shape; also what the socket answers when a declared body is too
    // large for a control route, before the request reaches a route.
    static SandboxHttpReply bodyTooLargeReply();

    // The answer, or nullopt when the call waits for a message (later() answers it then).
    // connection: the client's socket; a wait ends with it.
    std::optional<SandboxHttpReply> handle(const QHttpServerRequest &request, QObject *connection,
                                           Answer later);

    void messageArrived(const OtpMessage &message); // answers the waiters it matches
    void stopping(); // answers every waiter: no message came
    int waiterCount() const { return m_waiters.size(); }

    // Shared with SandboxServer's C++ calls (server thread).
    TokenStore::ExpireResult expireToken(const QString &token);
    void expireDue(); // every token whose time has come by the (moved) clock

signals:
    void messagesDeleted(const QList<qint64> &ids);
    void faultsChanged(const SandboxFaults &faults);
    void clockChanged(qint64 offsetSeconds);

private:
    enum class Route { Unknown, Info, Messages, Latest, Message, Faults, Expire, Clock };
    struct Target {
        Route route = Route::Unknown;
        QString parameter; // the message id or the token in the path
        QList<QHttpServerRequest::Method> methods; // what the route takes
        QByteArray allow; // the same, for a 405's Allow header
    };

    static Target targetOf(QStringView path);
    bool authorized(const QHttpServerRequest &request) const;
    std::optional<SandboxHttpReply> dispatch(const Target &target,
                                             const QHttpServerRequest &request, QObject *connection,
                                             Answer later);

    SandboxHttpReply info();
    SandboxHttpReply listMessages(const SandboxApiQuery &query) const;
    std::optional<SandboxHttpReply> latest(const SandboxApiQuery &query, QObject *connection,
                                           Answer later);
    SandboxHttpReply message(const QString &idText) const;
    SandboxHttpReply deleteMessages(const SandboxApiQuery &query);
    SandboxHttpReply faults(QHttpServerRequest::Method method, const QByteArray &body);
    SandboxHttpReply expire(const QString &token);
    SandboxHttpReply clock(const QByteArray &body);

    SandboxContext &m_context;
    TokenStore &m_tokens;
    Publish m_publish;
    SandboxMessageWaiters m_waiters;
};

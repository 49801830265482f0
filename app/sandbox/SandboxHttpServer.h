#pragma once

#include "SandboxControlApi.h"
#include "SandboxOtpService.h"
#include "SandboxRequestRecord.h"
#include "TokenStore.h"
#include "domain/OtpMessage.h"

#include <QAbstractHttpServer>
#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

#include <memory>

struct SandboxContext;
struct SandboxHttpReply;
class SandboxSocket;
class SandboxTcpServer;

// The HTTP side of the sandbox, living in the server thread: routes, limits, faults and
// deferred answers around SandboxOtpService. Built on QAbstractHttpServer rather than
// QHttpServer to reach the socket (dropping connections, ordered delayed answers).
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Settings {
        int maxTokens = TokenStore::DefaultCapacity;
        int idleTimeoutMs = 30000;
        int requestDeadlineMs = 10000;
        int housekeepingIntervalMs = 1000;
    };

    SandboxHttpServer(std::shared_ptr<SandboxContext> context, const Settings &settings,
                      QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    // Serves the connections of a listening socket (see SandboxTcpServer).
    void serve(SandboxTcpServer *listener);
    // Before the server is destroyed: answers the control API's waiters and sends every
    // answer written so far.
    void stopping();

    SandboxControlApi &controlApi() { return m_controlApi; }

    // The shape of the errors on a path: v1 for the /v1 OTP routes, v2 everywhere else.
    static ApiVersion apiVersionFor(QStringView path);

signals:
    void smsDelivered(const OtpMessage &message);
    void messageStateChanged(const QString &token, OtpMessage::State state);
    void requestHandled(const SandboxRequestRecord &record);
    void tokensChanged(const QList<SandboxToken> &held, const QStringList &dropped);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending {
        SandboxRequestRecord record;
        QElapsedTimer elapsed;
    };

    // record: filled with what the traffic log keeps about an OTP call.
    SandboxHttpReply route(const QHttpServerRequest &request, const QString &path, int *delayMs,
                           SandboxRequestRecord *record);
    SandboxHttpReply routeOtpCall(const QHttpServerRequest &request, ApiVersion version,
                                  OtpOperation operation, int *delayMs,
                                  SandboxRequestRecord *record);
    // The control API's answer now, or later for a long-poll.
    void handleControl(const QHttpServerRequest &request, SandboxSocket *socket, quint64 sequence,
                       bool close, const Pending &pending);
    void deliver(QTcpSocket *socket, quint64 sequence, SandboxHttpReply reply,
                 const Pending &pending);
    void publish(SandboxOtpService::Outcome &outcome);
    // touched: the token a call issued or checked a PIN against, reported with the changes
    // when held.
    void publish(const TokenStore::Changes &changes, const QString &touched = {});
    void reportTokens(const TokenStore::Changes &changes, const QString &touched);
    void housekeeping();
    void wireSocket(SandboxSocket *socket);

    std::shared_ptr<SandboxContext> m_context;
    Settings m_settings;
    TokenStore m_tokens;
    SandboxOtpService m_service;
    SandboxControlApi m_controlApi;
    QTimer m_housekeeping;
};

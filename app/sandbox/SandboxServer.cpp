#include "SandboxServer.h"

#include "OffsetClock.h"
#include "SandboxContext.h"
#include "SandboxHttpServer.h"
#include "SandboxTcpServer.h"
#include "SystemClock.h"
#include "SystemRandomSource.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "otp.sandbox")

namespace {

QString hostText(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                               : address.toString();
}

struct ListenResult {
    bool ok = false;
    quint16 port = 0;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    QString errorString;
};

QString listenError(const ListenResult &result, const QHostAddress &address, quint16 port)
{
    switch (result.error) {
    case QAbstractSocket::AddressInUseError:
        return SandboxServer::tr("Port %1 is already in use; choose another port or stop the "
                                 "other program.")
            .arg(port);
    case QAbstractSocket::SocketAccessError:
        return SandboxServer::tr("Port %1 needs administrator rights; choose a port above 1023.")
            .arg(port);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return SandboxServer::tr("%1 is not an address of this computer; bind 127.0.0.1 or one "
                                 "of its own addresses.")
            .arg(address.toString());
    default:
        //: %1 address, %2 port, %3 the system's reason
        return SandboxServer::tr("The sandbox cannot listen on %1 port %2: %3")
            .arg(address.toString())
            .arg(port)
            .arg(result.errorString);
    }
}

// Empty for a loopback address. Another one is refused unless allowed, since other machines
// could reach the sandbox; an allowed one gets this warning.
Result<QString> bindAddressWarning(const SandboxServerOptions &options)
{
    const QHostAddress &address = options.bindAddress;
    if (address.isLoopback())
        return Result<QString>::success({});
    if (!options.allowNonLoopback) {
        return Result<QString>::failure(
            SandboxServer::tr("%1 is not a loopback address: other machines could reach the "
                              "sandbox and read its codes. Bind 127.0.0.1, or allow non-loopback "
                              "addresses explicitly.")
                .arg(address.toString()));
    }
    return Result<QString>::success(
        SandboxServer::tr("The sandbox listens on %1, which other machines may reach; anyone "
                          "there can request codes and its credentials are not secret.")
            .arg(address.toString()));
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : SandboxServer(std::make_shared<SystemClock>(), std::make_shared<SystemRandomSource>(), parent)
{ }

SandboxServer::SandboxServer(std::shared_ptr<Clock> clock, std::shared_ptr<RandomSource> random,
                             QObject *parent)
    : QObject(parent), m_context(std::make_shared<SandboxContext>())
{
    m_context->clock = std::make_shared<OffsetClock>(std::move(clock));
    m_context->random = std::move(random);
}

SandboxServer::~SandboxServer()
{
    shutDown(); // no stopped() from a destructor: receivers may be half gone
}

Result<SandboxListening> SandboxServer::start(const SandboxServerOptions &options)
{
    using Started = Result<SandboxListening>;
    if (isRunning()) {
        return Started::failure(
            tr("The sandbox is already running at %1; stop it first.").arg(m_url.toString()));
    }

    const Result<QString> bindWarning = bindAddressWarning(options);
    if (!bindWarning) {
        emit error(bindWarning.error);
        return Started::failure(bindWarning.error);
    }
    SandboxListening listening;
    if (!bindWarning.value.isEmpty()) {
        listening.warning = bindWarning.value;
        qCWarning(lcSandbox).noquote() << listening.warning;
        emit warning(listening.warning);
    }

    emit aboutToStart();
    m_context->messages.setCapacity(options.messageCapacity);
    m_context->messages.raiseNextId(options.firstMessageId);
    // The log's pending messages whose token was not handed back: no one holds them now.
    m_context->messages.markPendingLost(m_context->restoredTokens.pending());
    chooseApiToken(options, &listening);

    // One run's objects live under this root, in the server thread (or ours): the listener now,
    // the HTTP server once the first connection arrives (see SandboxTcpServer).
    auto *root = new QObject;
    QThread *thread = nullptr;
    if (options.ownThread) {
        thread = new QThread(this);
        thread->setObjectName(u"otp-sandbox"_s);
        root->moveToThread(thread);
        thread->start();
    }
    const Result<quint16> port = listenUnder(root, thread, options);
    if (!port) {
        deleteRoot(root, thread);
        qCWarning(lcSandbox).noquote() << port.error;
        emit error(port.error);
        return Started::failure(port.error);
    }

    m_thread = thread;
    m_root = root;
    m_url = QUrl(u"http://"_s + hostText(options.bindAddress) + u':' + QString::number(port.value));
    listening.url = m_url;
    emit started(m_url);
    return Started::success(listening);
}

Result<quint16> SandboxServer::listenUnder(QObject *root, QThread *thread,
                                           const SandboxServerOptions &options)
{
    SandboxHttpServer::Settings settings;
    settings.maxTokens = options.maxPendingTokens;
    settings.idleTimeoutMs = options.idleTimeoutMs;
    settings.requestDeadlineMs = options.requestDeadlineMs;
    settings.housekeepingIntervalMs = options.housekeepingIntervalMs;

    const auto makeHttpServer = [this, root, settings](SandboxTcpServer *listener) -> QObject * {
        auto *http = new SandboxHttpServer(m_context, settings, root);
        connect(http, &SandboxHttpServer::smsDelivered, this, &SandboxServer::smsDelivered);
        connect(http, &SandboxHttpServer::messageStateChanged, this,
                &SandboxServer::messageStateChanged);
        connect(http, &SandboxHttpServer::requestHandled, this, &SandboxServer::requestHandled);
        connect(http, &SandboxHttpServer::tokensChanged, this, &SandboxServer::tokensChanged);
        SandboxControlApi *api = &http->controlApi();
        connect(api, &SandboxControlApi::messagesDeleted, this, &SandboxServer::messagesDeleted);
        connect(api, &SandboxControlApi::faultsChanged, this, &SandboxServer::faultsChanged);
        connect(api, &SandboxControlApi::clockChanged, this, &SandboxServer::clockChanged);
        http->serve(listener);
        return http;
    };
    ListenResult opened;
    const auto listen = [&] {
        auto *listener = new SandboxTcpServer(makeHttpServer, root);
        if (!listener->listen(options.bindAddress, options.port)) {
            opened.error = listener->serverError();
            opened.errorString = listener->errorString();
            return;
        }
        listener->watchAccepting();
        connect(listener, &SandboxTcpServer::acceptPaused, listener, [this] {
            const QString message
                = tr("The sandbox cannot accept new connections: the system refuses them, "
                     "usually because the limit of open files is reached. It keeps serving the "
                     "open ones and tries again until it can.");
            qCWarning(lcSandbox).noquote() << message;
            emit error(message);
        });
        connect(listener, &SandboxTcpServer::acceptResumed, listener, [] {
            qCInfo(lcSandbox).noquote() << tr("The sandbox accepts new connections again.");
        });
        opened.ok = true;
        opened.port = listener->serverPort();
    };
    if (thread) {
        // Binding happens in the server thread, which owns every socket from then on; the
        // caller waits for that one step so it gets a definite answer.
        QMetaObject::invokeMethod(root, listen, Qt::BlockingQueuedConnection);
    } else {
        listen();
    }
    if (!opened.ok)
        return Result<quint16>::failure(listenError(opened, options.bindAddress, options.port));
    return Result<quint16>::success(opened.port);
}

void SandboxServer::stop()
{
    if (!isRunning())
        return;
    shutDown();
    // The server thread is gone: what it queued for us is all there is, delivered now so an
    // owner sees the run's last tokens and messages before stopped() (and before a restart).
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (m_context->tokenListeners.load() == 0)
        m_context->messages.markPendingLost();
    emit stopped();
}

bool SandboxServer::restoreTokens(const QList<SandboxToken> &tokens)
{
    if (isRunning())
        return false;
    // Counted as pending until the store takes them over.
    m_context->pendingTokens.store(m_context->restoredTokens.set(tokens));
    return true;
}

const Clock &SandboxServer::clock() const
{
    return *m_context->clock;
}

void SandboxServer::shutDown()
{
    if (!m_root)
        return;
    // Pending timers die with their sockets.
    QObject *root = m_root;
    m_root = nullptr;
    deleteRoot(root, m_thread);
    m_thread = nullptr;
    m_url.clear();
}

void SandboxServer::deleteRoot(QObject *root, QThread *thread)
{
    const auto end = [root] {
        if (auto *http = root->findChild<SandboxHttpServer *>())
            http->stopping();
        delete root;
    };
    if (!thread) {
        end();
        return;
    }
    QMetaObject::invokeMethod(root, end, Qt::BlockingQueuedConnection);
    thread->quit();
    thread->wait();
    delete thread;
}

void SandboxServer::setApps(const QList<SandboxApp> &apps)
{
    m_context->apps.replace(apps);
}

QList<SandboxApp> SandboxServer::apps() const
{
    return m_context->apps.snapshot()->apps();
}

bool SandboxServer::setFaults(const SandboxFaults &faults)
{
    if (!m_context->faults.set(faults))
        return false;
    emit faultsChanged(faults);
    return true;
}

SandboxFaults SandboxServer::faults() const
{
    return m_context->faults.current();
}

QList<OtpMessage> SandboxServer::inbox() const
{
    return m_context->messages.messages();
}

SandboxMessageLog::Page SandboxServer::messages(const SandboxMessageFilter &filter, int start,
                                                int limit) const
{
    return m_context->messages.query(filter, start, limit);
}

std::optional<OtpMessage> SandboxServer::latestMessage(const SandboxMessageFilter &filter) const
{
    return m_context->messages.latest(filter);
}

std::optional<OtpMessage> SandboxServer::message(qint64 id) const
{
    return m_context->messages.byId(id);
}

QList<qint64> SandboxServer::deleteMessages(const SandboxMessageFilter &filter)
{
    const QList<qint64> deleted = m_context->messages.remove(filter);
    if (!deleted.isEmpty())
        emit messagesDeleted(deleted);
    return deleted;
}

bool SandboxServer::expireToken(const QString &token)
{
    bool expired = false;
    withHttpServer([&expired, &token](SandboxHttpServer &http) {
        expired = http.controlApi().expireToken(token) == TokenStore::ExpireResult::Expired;
    });
    return expired;
}

void SandboxServer::advanceClock(qint64 seconds)
{
    m_context->clock->advance(qMax<qint64>(0, seconds) * 1000);
    withHttpServer([](SandboxHttpServer &http) { http.controlApi().expireDue(); });
    emit clockChanged(clockOffsetSeconds());
}

void SandboxServer::resetClock()
{
    m_context->clock->reset();
    emit clockChanged(0);
}

qint64 SandboxServer::clockOffsetSeconds() const
{
    return m_context->clock->offsetMs() / 1000;
}

void SandboxServer::withHttpServer(const std::function<void(SandboxHttpServer &)> &work)
{
    if (!m_root)
        return;
    QObject *root = m_root;
    const auto run = [root, &work] {
        if (auto *http = root->findChild<SandboxHttpServer *>())
            work(*http);
    };
    if (m_thread)
        QMetaObject::invokeMethod(root, run, Qt::BlockingQueuedConnection);
    else
        run();
}

void SandboxServer::chooseApiToken(const SandboxServerOptions &options, SandboxListening *listening)
{
    QString token = options.apiToken;
    if (token.isEmpty() && !options.bindAddress.isLoopback()) {
        // Other machines may reach this address, and the API hands out codes: 192 bits from
        // the CSPRNG (no server thread runs yet, so the random source is free).
        QByteArray bytes(24, Qt::Uninitialized);
        m_context->random->fill(reinterpret_cast<quint8 *>(bytes.data()), bytes.size());
        token = QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        listening->apiTokenGenerated = true;
    }
    m_context->apiToken = token.toUtf8();
    listening->apiToken = token;
}

int SandboxServer::pendingTokenCount() const
{
    return m_context->pendingTokens.load();
}

void SandboxServer::connectNotify(const QMetaMethod &signal)
{
    countListeners(signal, +1);
}

void SandboxServer::disconnectNotify(const QMetaMethod &signal)
{
    countListeners(signal, -1);
}

void SandboxServer::countListeners(const QMetaMethod &signal, int delta)
{
    if (signal == QMetaMethod::fromSignal(&SandboxServer::smsDelivered))
        m_context->smsListeners.fetch_add(delta);
    else if (signal == QMetaMethod::fromSignal(&SandboxServer::messageStateChanged))
        m_context->stateListeners.fetch_add(delta);
    else if (signal == QMetaMethod::fromSignal(&SandboxServer::requestHandled))
        m_context->requestListeners.fetch_add(delta);
    else if (signal == QMetaMethod::fromSignal(&SandboxServer::tokensChanged))
        m_context->tokenListeners.fetch_add(delta);
}

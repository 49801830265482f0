#include "SandboxServer.h"

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
    m_context->clock = std::move(clock);
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
    m_context->inbox.setCapacity(options.inboxCapacity);
    markUnrestoredLost();

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
    settings.housekeepingIntervalMs = options.housekeepingIntervalMs;

    const auto makeHttpServer = [this, root, settings](SandboxTcpServer *listener) -> QObject * {
        auto *http = new SandboxHttpServer(m_context, settings, root);
        connect(http, &SandboxHttpServer::smsDelivered, this, &SandboxServer::smsDelivered);
        connect(http, &SandboxHttpServer::messageStateChanged, this,
                &SandboxServer::messageStateChanged);
        connect(http, &SandboxHttpServer::requestHandled, this, &SandboxServer::requestHandled);
        connect(http, &SandboxHttpServer::tokensChanged, this, &SandboxServer::tokensChanged);
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
        connect(listener, &QTcpServer::acceptError, listener, [this, listener] {
            emit error(
                tr("The sandbox could not accept a connection: %1").arg(listener->errorString()));
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
        m_context->inbox.markPendingLost();
    emit stopped();
}

void SandboxServer::markUnrestoredLost()
{
    QSet<QString> held;
    {
        const QMutexLocker locker(&m_context->restoreMutex);
        for (const SandboxToken &token : std::as_const(m_context->restoredTokens)) {
            if (token.state == OtpMessage::State::Pending)
                held.insert(token.token);
        }
    }
    m_context->inbox.markPendingLost(held);
}

bool SandboxServer::restoreTokens(const QList<SandboxToken> &tokens)
{
    if (isRunning())
        return false;
    m_context->setRestoredTokens(tokens);
    int pending = 0;
    for (const SandboxToken &token : tokens)
        pending += token.state == OtpMessage::State::Pending ? 1 : 0;
    m_context->pendingTokens.store(pending); // until the store takes them over
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
    if (!thread) {
        delete root;
        return;
    }
    QMetaObject::invokeMethod(
        root, [root] { delete root; }, Qt::BlockingQueuedConnection);
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
    return m_context->faults.set(faults);
}

SandboxFaults SandboxServer::faults() const
{
    return m_context->faults.current();
}

QList<OtpMessage> SandboxServer::inbox() const
{
    return m_context->inbox.messages();
}

void SandboxServer::clearInbox()
{
    m_context->inbox.clear();
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

#include "KeychainSecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QPointer>
#include <QPromise>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
// One call's promise; the timer and the job race to finish it, the first one wins.
struct Pending {
    QPromise<SecretResult> promise;
    bool done = false;

    void finish(const SecretResult &result)
    {
        if (done)
            return;
        done = true;
        promise.addResult(result);
        promise.finish();
    }
};

// QtKeychain reports an unreachable Secret Service on Linux as OtherError with GLib's text;
// recognise the usual cases so the user gets "cannot be reached" rather than "failed".
bool looksUnreachable(const QString &errorString)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && !QFileInfo::exists(QDir(qEnvironmentVariable("XDG_RUNTIME_DIR")).filePath(u"bus"_s)))
        return true;
#endif
    static const QStringList markers{
        u"Could not connect"_s,
        u"autolaunch"_s,
        u"D-Bus"_s,
        u"DBus"_s,
        u"dbus"_s,
        u"was not provided by any .service files"_s,
        u"machine-id"_s,
        u"No such file"_s,
        u"org.freedesktop.secrets"_s,
    };
    for (const QString &marker : markers) {
        if (errorString.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

QString KeychainSecretStore::defaultServicePrefix()
{
    return u"th.otpmanager.OtpManager/"_s;
}

void KeychainSecretStore::preloadBackend()
{
#if defined(Q_OS_LINUX)
    // The name QtKeychain's libsecret backend loads. Never unloaded: QtKeychain keeps it too.
    QLibrary backend(u"secret-1"_s, 0);
    backend.setLoadHints(QLibrary::PreventUnloadHint);
    backend.load();
#endif
}

QString KeychainSecretStore::entryKey()
{
    return u"app-secret"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultServicePrefix(), DefaultTimeout, parent)
{ }

KeychainSecretStore::KeychainSecretStore(QString servicePrefix, std::chrono::milliseconds timeout,
                                         QObject *parent)
    : SecretStore(parent), m_servicePrefix(std::move(servicePrefix)), m_timeout(timeout)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName(const QUuid &appId) const
{
    return m_servicePrefix + appId.toString(QUuid::WithoutBraces);
}

QFuture<SecretResult> KeychainSecretStore::read(const QUuid &appId)
{
    // No parent: the job must outlive this store if it is still running (QtKeychain's
    // callbacks use it); it deletes itself when finished.
    return start(new QKeychain::ReadPasswordJob(serviceName(appId)), Operation::Read);
}

QFuture<SecretResult> KeychainSecretStore::write(const QUuid &appId, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(appId));
    job->setTextData(secret);
    return start(job, Operation::Write);
}

QFuture<SecretResult> KeychainSecretStore::remove(const QUuid &appId)
{
    return start(new QKeychain::DeletePasswordJob(serviceName(appId)), Operation::Remove);
}

QFuture<SecretResult> KeychainSecretStore::start(QKeychain::Job *job, Operation operation)
{
    auto pending = std::make_shared<Pending>();
    pending->promise.start();
    QFuture<SecretResult> future = pending->promise.future();

    job->setAutoDelete(true);
    job->setInsecureFallback(false); // explicit: never a plaintext file instead of a keychain
    job->setKey(entryKey());

    // Both connections use this store as context: once it is gone, neither runs, the shared
    // Pending is released and its promise cancels the future.
    auto *guard = new QTimer(this);
    guard->setSingleShot(true);
    const std::chrono::milliseconds limit = m_timeout;
    connect(guard, &QTimer::timeout, this, [pending, guard, limit]() {
        pending->finish(SecretResult::timeout(limit));
        guard->deleteLater();
    });
    const QPointer<QTimer> guardPointer(guard);
    connect(job, &QKeychain::Job::finished, this,
            [pending, guardPointer, operation](QKeychain::Job *finished) {
                if (guardPointer) {
                    guardPointer->stop();
                    guardPointer->deleteLater();
                }
                SecretResult result = resultForError(finished->error(), finished->errorString());
                if (operation == Operation::Read && result.ok()) {
                    result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                } else if (operation == Operation::Remove
                           && result.status == SecretResult::Status::NotFound) {
                    result = SecretResult::success(); // nothing to remove is fine
                }
                pending->finish(result);
            });
    guard->start(m_timeout);
    job->start(); // queued by QtKeychain: nothing happens before the event loop runs
    return future;
}

SecretResult KeychainSecretStore::resultForError(QKeychain::Error error, const QString &errorString)
{
    using Status = SecretResult::Status;
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::success();
    case QKeychain::EntryNotFound:
        return SecretResult::failure(Status::NotFound);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::failure(Status::AccessDenied, errorString);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::failure(Status::Unavailable, errorString);
    case QKeychain::CouldNotDeleteEntry:
        return SecretResult::failure(Status::Failed, errorString);
    case QKeychain::OtherError:
        return SecretResult::failure(
            looksUnreachable(errorString) ? Status::Unavailable : Status::Failed, errorString);
    }
    return SecretResult::failure(Status::Failed, errorString);
}

// Times App Secret writes against the keyring's size, in the private keyring of
// scripts/with-keyring.sh: STEPS times, COUNT new entries are written through
// KeychainSecretStore (WINDOW calls in flight at a time, each with TIMEOUT_MS) and read back;
// they stay, so each step writes into a keyring COUNT entries larger.
//   scripts/with-keyring.sh build/bench/keyring/bench_keyring_writes [STEPS] [COUNT] [WINDOW]
//       [TIMEOUT_MS]        defaults: 5 200 1 60000
// Prints one line per step: the keyring's size, the time for all writes and per write, the
// failed ones (timeouts), and the time per read.
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTextStream>
#include <QUuid>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

using Call = std::function<QFuture<SecretResult>(const QUuid &)>;

// Runs `call` for every id, `window` at a time, until all have answered; returns the elapsed ms.
double runAll(const QList<QUuid> &ids, int window, int &failures, const Call &call)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype next = 0;
    qsizetype answered = 0;
    std::function<void()> startNext = [&] {
        if (next >= ids.size())
            return;
        auto *watcher = new QFutureWatcher<SecretResult>;
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [&, watcher] {
            const QFuture<SecretResult> done = watcher->future();
            if (done.resultCount() == 0 || !done.result().ok())
                ++failures;
            watcher->deleteLater();
            if (++answered == ids.size())
                QCoreApplication::exit(0);
            else
                startNext();
        });
        watcher->setFuture(call(ids.at(next++)));
    };
    for (int i = 0; i < window; ++i)
        startNext();
    if (!ids.isEmpty())
        QCoreApplication::exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

QList<QUuid> newIds(int count)
{
    QList<QUuid> ids;
    for (int i = 0; i < count; ++i)
        ids << QUuid::createUuid();
    return ids;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        qCritical("run inside scripts/with-keyring.sh: %s [STEPS] [COUNT] [WINDOW] [TIMEOUT_MS]",
                  argv[0]);
        return 2;
    }
    const int steps = args.value(1, u"5"_s).toInt();
    const int count = args.value(2, u"200"_s).toInt();
    const int window = args.value(3, u"1"_s).toInt();
    const int timeoutMs = args.value(4, u"60000"_s).toInt();
    KeychainSecretStore store(u"th.otpmanager.bench/"_s, std::chrono::milliseconds(timeoutMs));
    const QString secret = u"0123456789abcdef0123456789abcdef"_s;
    QTextStream out(stdout);
    // Each step writes COUNT entries that stay: the next step writes into a larger keyring.
    for (int step = 0; step < steps; ++step) {
        const QList<QUuid> ids = newIds(count);
        int failed = 0;
        const double writeMs
            = runAll(ids, window, failed, [&](const QUuid &id) { return store.write(id, secret); });
        int readFailed = 0;
        const double readMs
            = runAll(ids, window, readFailed, [&](const QUuid &id) { return store.read(id); });
        out << u"keyring %1 entries, %2 writes, %3 in flight: %4 s in all, %5 ms per write "
               "(%6 failed), %7 ms per read"_s.arg(step * count)
                   .arg(count)
                   .arg(window)
                   .arg(writeMs / 1000, 0, 'f', 1)
                   .arg(writeMs / count, 0, 'f', 1)
                   .arg(failed)
                   .arg(readMs / count, 0, 'f', 1)
            << Qt::endl;
    }
    return 0;
}

// Helper process for the storage tests.
//   storage_test_child write <dataDir>      writes apps and history until killed; prints
//                                           "app <uuid>" / "exchange <id>" after each commit
//   storage_test_child hold-lock <dataDir>  takes the instance lock and waits to be killed
#include "storage/AppRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"
#include "storage/InstanceLock.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout); // the parent must see exactly what was committed before the kill
}

int write(const QString &dataDir)
{
    Database db(dataDir);
    const DatabaseOpenReport opened = db.open();
    if (!opened.isUsable()) {
        say(u"error "_s + opened.message);
        return 1;
    }
    AppRepository apps(db);
    ExchangeRepository history(db);
    say(u"ready"_s);
    for (int i = 0; i < 1000000; ++i) {
        OtpAppConfig app;
        app.name = u"ร้านค้า %1 %2"_s.arg(QCoreApplication::applicationPid()).arg(i);
        app.messageTemplate = u"รหัส {otp}"_s;
        const Result<OtpAppConfig> stored = apps.insert(app);
        if (!stored.ok()) {
            say(u"error "_s + stored.error);
            return 1;
        }
        say(u"app "_s + stored.value.id.toString(QUuid::WithoutBraces));

        QList<StoredExchange> calls;
        for (int k = 0; k < 3; ++k) {
            StoredExchange call;
            call.appId = stored.value.id;
            call.appName = stored.value.name;
            call.startedAt = QDateTime::currentDateTimeUtc();
            call.recordJson = QByteArray(200 + 50 * k, 'r');
            calls << call;
        }
        const Result<QList<qint64>> ids = history.appendAll(calls);
        if (!ids.ok()) {
            say(u"error "_s + ids.error);
            return 1;
        }
        for (const qint64 id : ids.value)
            say(u"exchange "_s + QString::number(id));
    }
    return 0;
}

int holdLock(const QString &dataDir)
{
    InstanceLock lock(dataDir);
    const InstanceLock::Attempt result = lock.tryLock();
    if (!result.acquired) {
        say(u"error "_s + result.message);
        return 1;
    }
    say(u"locked "_s + QString::number(QCoreApplication::applicationPid()));
    for (;;)
        QThread::sleep(1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        say(u"usage: storage_test_child write|hold-lock <dataDir>"_s);
        return 2;
    }
    if (args.at(1) == u"write")
        return write(args.at(2));
    if (args.at(1) == u"hold-lock")
        return holdLock(args.at(2));
    return 2;
}

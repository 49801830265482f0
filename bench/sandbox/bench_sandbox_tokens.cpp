// Resident memory of the sandbox holding 100,000 pending tokens: the requests go through
// SandboxOtpService (generation, template, token store) and the message log, as a running
// server does. Goal: under 100 MiB resident in total. Usage: bench_sandbox_tokens [COUNT]
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxAppSet.h"
#include "sandbox/SandboxMessageLog.h"
#include "sandbox/SandboxOtpService.h"
#include "sandbox/SystemRandomSource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// VmRSS from /proc/self/status, in KiB (Linux).
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    SandboxApp sandboxApp;
    sandboxApp.config.id = QUuid::createUuid();
    sandboxApp.config.name = u"Bench"_s;
    sandboxApp.config.messageTemplate = u"{app} code: {otp} (ref {ref}), valid {minutes} min."_s;
    sandboxApp.config.appKey = u"1234567890123456"_s;
    sandboxApp.secret = u"0123456789abcdef0123456789abcdef"_s;
    const SandboxAppSet apps({sandboxApp});

    ManualClock clock;
    SystemRandomSource random;
    TokenStore tokens(count);
    SandboxMessageLog inbox(count);
    SandboxOtpService service(tokens, clock, random);

    SandboxOtpService::Call call;
    call.contentType = "application/x-www-form-urlencoded";
    call.body = "key=1234567890123456&secret=0123456789abcdef0123456789abcdef&msisdn=0812345678";
    call.remoteAddress = QHostAddress::LocalHost;

    const qint64 before = residentKiB();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        SandboxOtpService::Outcome outcome = service.handle(call, apps);
        if (outcome.httpStatus != 200 || !outcome.delivered) {
            std::fprintf(stderr, "request %d failed: %s\n", i, outcome.body.constData());
            return 1;
        }
        inbox.add(*outcome.delivered);
    }
    const qint64 elapsedMs = timer.elapsed();
    const qint64 after = residentKiB();

    std::printf("pending tokens: %d (stored %d), message log %d messages\n", tokens.pendingCount(),
                tokens.size(), inbox.size());
    std::printf(
        "VmRSS before: %.1f MiB, after: %.1f MiB, tokens+log: %.1f MiB (%.0f bytes/token)\n",
        double(before) / 1024, double(after) / 1024, double(after - before) / 1024,
        double(after - before) * 1024 / qMax(1, count));
    std::printf("service time: %.2f us/request (no HTTP)\n",
                double(elapsedMs) * 1000 / qMax(1, count));
    std::printf("goal: total VmRSS < 100 MiB: %s\n", after < 100 * 1024 ? "met" : "NOT met");
    return after < 100 * 1024 ? 0 : 1;
}

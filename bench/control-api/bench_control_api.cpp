// The control API's goals (issue 14), measured in one process with the server on its own
// thread and the clients on the main one, all on 127.0.0.1:
//   1. 100,000 messages in the message log: resident memory (goal < 100 MiB);
//   2. GET /sandbox/v1/messages/latest?msisdn= with 100,000 stored: server time (p99 < 1 ms);
//   3. 1,000 long-polls held at once, each answered by an SMS to its number: time from the SMS
//      request's write to the waiter's answer (p99 < 5 ms); then 1,000 on one number, one SMS.
// Usage: bench_control_api [MESSAGES] [WAITERS]
#include "BenchHttpClient.h"
#include "sandbox/SandboxMessageLog.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Credentials = "key=1234567890123456&secret=0123456789abcdef0123456789abcdef";

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

// Runs the event loop until done() or the timeout; false on timeout.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QTimer tick; // wakes the loop so done() is looked at
    tick.start(5);
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

QByteArray number(int i, const char *prefix = "081")
{
    return prefix + QByteArray::number(i).rightJustified(7, '0');
}

bool report(const char *what, bool met)
{
    std::printf("goal: %s: %s\n", what, met ? "met" : "NOT met");
    return met;
}

// 1. The log alone, filled as a running server fills it (a Thai text, distinct strings).
bool measureMemory(int count)
{
    const qint64 before = residentKiB();
    auto log = std::make_unique<SandboxMessageLog>(count);
    const QString app = u"Bench"_s;
    const QString key = u"1234567890123456"_s;
    QRandomGenerator random(1);
    for (int i = 0; i < count; ++i) {
        OtpMessage message;
        message.appId = QUuid::createUuid();
        message.appName = app;
        message.appKey = key;
        message.msisdn = u"+6681"_s + QString::number(i % 20000).rightJustified(7, u'0');
        message.code = QString::number(random.bounded(1000000)).rightJustified(6, u'0');
        message.refno = QString::number(random.bounded(100000)).rightJustified(5, u'0');
        message.token = QUuid::createUuid().toString(QUuid::Id128);
        message.text
            = u"รหัส OTP ของคุณคือ %1 (Ref: %2) ใช้ได้ภายใน 5 นาที"_s.arg(message.code, message.refno);
        message.createdAt = QDateTime::currentDateTimeUtc();
        message.expiresAt = message.createdAt.addSecs(300);
        log->add(message);
    }
    const qint64 after = residentKiB();
    const double mib = double(after - before) / 1024;
    std::printf("1. message log: %d messages, %.1f MiB resident (%.0f bytes/message)\n",
                log->size(), mib, double(after - before) * 1024 / qMax(1, count));
    return report("100,000 messages in memory < 100 MiB", mib < 100);
}

// Fills the server with count messages through the OTP API, pipelined on a few connections.
bool fill(quint16 port, int count)
{
    int answered = 0;
    int failed = 0;
    std::vector<std::unique_ptr<BenchHttpClient>> clients;
    for (int c = 0; c < 4; ++c) {
        clients.push_back(
            std::make_unique<BenchHttpClient>(port, [&](int status, const QByteArray &, qint64) {
                ++answered;
                failed += status == 200 ? 0 : 1;
            }));
    }
    int sent = 0;
    const bool done = runUntil(
        [&] {
            for (auto &client : clients) {
                while (client->isConnected() && client->inFlight() < 64 && sent < count) {
                    client->send(BenchHttpClient::postForm(
                        "/v2/otp/request", Credentials + "&msisdn=" + number(sent % 20000)));
                    ++sent;
                }
            }
            return answered == count;
        },
        600000);
    std::printf("   filled %d messages through the OTP API (%d failed)\n", answered, failed);
    return done && failed == 0;
}

// 2. GET latest?msisdn= one after another on one connection; the server's own time per call.
bool measureLatest(SandboxServer &server, quint16 port, int calls)
{
    std::vector<double> serverMs;
    std::vector<double> roundTripMs;
    QObject context;
    QObject::connect(&server, &SandboxServer::requestHandled, &context,
                     [&serverMs](const SandboxRequestRecord &record) {
                         if (record.path == u"/sandbox/v1/messages/latest")
                             serverMs.push_back(record.elapsedMs);
                     });
    int found = 0;
    int answered = 0;
    QRandomGenerator random(2);
    BenchHttpClient *clientPointer = nullptr;
    const auto next = [&] {
        clientPointer->send(BenchHttpClient::get("/sandbox/v1/messages/latest?msisdn="
                                                 + number(int(random.bounded(20000)))));
    };
    BenchHttpClient client(port, [&](int status, const QByteArray &, qint64 elapsedNs) {
        found += status == 200 ? 1 : 0;
        roundTripMs.push_back(double(elapsedNs) / 1e6);
        if (++answered < calls)
            next();
    });
    clientPointer = &client;
    next();
    const bool done
        = runUntil([&] { return answered == calls && int(serverMs.size()) == calls; }, 60000);
    const double p99 = percentile(serverMs, 0.99);
    std::printf("2. latest?msisdn= with the log full: %d calls, %d found; server time p50 %.3f "
                "ms, p99 %.3f ms, max %.3f ms; round trip p50 %.3f ms, p99 %.3f ms\n",
                answered, found, percentile(serverMs, 0.5), p99, percentile(serverMs, 1.0),
                percentile(roundTripMs, 0.5), percentile(roundTripMs, 0.99));
    return report("latest with 100,000 messages < 1 ms server time (p99)",
                  done && found == calls && p99 < 1.0);
}

// Waiters for the given numbers (one each), held; then SMSs, one at a time; the time from each
// SMS request's write to its waiter's answer. All numbers the same: one SMS answers them all.
std::vector<double> measureWaiters(quint16 port, const QList<QByteArray> &numbers, qint64 afterId,
                                   int *earlyAnswers)
{
    const int count = int(numbers.size());
    std::vector<qint64> answeredAt(size_t(count), -1);
    std::vector<std::unique_ptr<BenchHttpClient>> waiters;
    for (int j = 0; j < count; ++j) {
        waiters.push_back(std::make_unique<BenchHttpClient>(
            port, [&answeredAt, j](int status, const QByteArray &, qint64) {
                answeredAt[size_t(j)] = status == 200 ? benchNowNs() : 0;
            }));
        waiters.back()->send(BenchHttpClient::get("/sandbox/v1/messages/latest?msisdn=" + numbers[j]
                                                  + "&after=" + QByteArray::number(afterId)
                                                  + "&wait=60"));
    }
    runUntil([] { return false; }, 1500); // every waiter connected and read by the server
    *earlyAnswers = int(
        std::count_if(answeredAt.cbegin(), answeredAt.cend(), [](qint64 at) { return at >= 0; }));

    std::vector<qint64> smsAt(size_t(count), 0);
    BenchHttpClient sms(port, [](int, const QByteArray &, qint64) {});
    runUntil([&sms] { return sms.isConnected(); }, 5000);
    const bool fanOut = count > 1 && numbers.first() == numbers.last();
    for (int j = 0; j < (fanOut ? 1 : count); ++j) {
        smsAt[size_t(j)] = benchNowNs();
        sms.send(
            BenchHttpClient::postForm("/v2/otp/request", Credentials + "&msisdn=" + numbers[j]));
        runUntil([&] { return fanOut || answeredAt[size_t(j)] >= 0; }, 10000);
    }
    runUntil(
        [&] {
            return std::all_of(answeredAt.cbegin(), answeredAt.cend(),
                               [](qint64 at) { return at >= 0; });
        },
        20000);
    std::vector<double> latencyMs;
    for (int j = 0; j < count; ++j) {
        const qint64 sentAt = smsAt[size_t(fanOut ? 0 : j)];
        if (answeredAt[size_t(j)] > 0)
            latencyMs.push_back(double(answeredAt[size_t(j)] - sentAt) / 1e6);
    }
    return latencyMs;
}

qint64 latestId(quint16 port)
{
    qint64 id = 0;
    bool done = false;
    BenchHttpClient client(port, [&](int, const QByteArray &body, qint64) {
        id = QJsonDocument::fromJson(body).object().value(u"id"_s).toInteger();
        done = true;
    });
    client.send(BenchHttpClient::get("/sandbox/v1/messages/latest"));
    runUntil([&done] { return done; }, 10000);
    return id;
}

bool measureAllWaiters(quint16 port, int count)
{
    QList<QByteArray> distinct;
    for (int j = 0; j < count; ++j)
        distinct << number(j, "089");
    int early = 0;
    const std::vector<double> each = measureWaiters(port, distinct, latestId(port), &early);
    const double p99 = percentile(each, 0.99);
    std::printf("3. %d waiters held at once (%d answered early), one SMS per number: %zu "
                "answered; SMS to answer p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
                count, early, each.size(), percentile(each, 0.5), p99, percentile(each, 1.0));
    const bool met = report("1,000 waiters, SMS to answer p99 < 5 ms",
                            early == 0 && int(each.size()) == count && p99 < 5.0);

    const QList<QByteArray> same(count, number(0, "087"));
    const std::vector<double> all = measureWaiters(port, same, latestId(port), &early);
    std::printf("   %d waiters on one number, one SMS: %zu answered; answer after p50 %.3f ms, "
                "p99 %.3f ms, last %.3f ms\n",
                count, all.size(), percentile(all, 0.5), percentile(all, 0.99),
                percentile(all, 1.0));
    return met;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef Q_OS_UNIX
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < 8192) {
        files.rlim_cur = std::min<rlim_t>(8192, files.rlim_max);
        setrlimit(RLIMIT_NOFILE, &files);
    }
#endif
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int waiters = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;

    bool met = measureMemory(messages);

    SandboxServer server;
    SandboxApp bench;
    bench.config.id = QUuid::createUuid();
    bench.config.name = u"Bench"_s;
    bench.config.messageTemplate = u"{app} code: {otp} (ref {ref}), valid {minutes} min."_s;
    bench.config.appKey = u"1234567890123456"_s;
    bench.secret = u"0123456789abcdef0123456789abcdef"_s;
    server.setApps({bench});
    SandboxServerOptions options;
    options.port = 0;
    options.messageCapacity = messages;
    const Result<SandboxListening> started = server.start(options);
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error));
        return 2;
    }
    const quint16 port = quint16(started.value.url.port());
    const qint64 beforeFill = residentKiB();
    if (!fill(port, messages))
        return 2;
    std::printf("   the whole server after the fill: +%.1f MiB resident (tokens and messages)\n",
                double(residentKiB() - beforeFill) / 1024);
    met = measureLatest(server, port, 2000) && met;
    met = measureAllWaiters(port, waiters) && met;
    return met ? 0 : 1;
}

// GET /sandbox/v1/messages/latest?wait=S: held without a thread and answered by the next
// matching SMS, by the timeout, or when the sandbox stops; a thousand at once. Every test runs
// with the server on its own thread and on the test's thread.
#include "ControlApiFixture.h"

#include <QElapsedTimer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;

class TestSandboxLongPoll : public QObject
{
    Q_OBJECT

public:
    explicit TestSandboxLongPoll(bool ownThread) { m_api.ownThread = ownThread; }

private slots:
    void init();
    void cleanup();

    void answeredByTheNextMatchingMessage();
    void anExistingMessageAnswersAtOnce();
    void afterSkipsOlderMessages();
    void timesOutWith404();
    void answeredWhenTheSandboxStops();
    void clientGoneIsForgotten();
    void pipelinedBehindAWaitStaysInOrder();
    void aThousandWaiters();

private:
    std::unique_ptr<RawHttpCall> startWait(const QByteArray &query) const
    {
        return std::make_unique<RawHttpCall>(
            m_api.port(), RawHttpCall::request("GET", "/sandbox/v1/messages/latest?" + query));
    }

    ControlApiFixture m_api;
};

void TestSandboxLongPoll::init()
{
    const Result<SandboxListening> started = m_api.start();
    QVERIFY2(started.ok(), qPrintable(started.error));
}

void TestSandboxLongPoll::cleanup()
{
    m_api.server.reset();
}

void TestSandboxLongPoll::answeredByTheNextMatchingMessage()
{
    const auto waiter = startWait("msisdn=0811111111&wait=20");
    QTest::qWait(100);
    QVERIFY(!waiter->isDone()); // held
    QVERIFY(!m_api.request(u"0822222222"_s).isEmpty()); // another number: still held
    QTest::qWait(50);
    QVERIFY(!waiter->isDone());
    const QString token = m_api.request(u"0811111111"_s);
    QVERIFY(waiter->waitDone(5000));
    QCOMPARE(waiter->status(), 200);
    QCOMPARE(waiter->header("Content-Type"), "application/json; charset=utf-8"_ba);
    QCOMPARE(waiter->json().value(u"token"_s).toString(), token);
    QCOMPARE(waiter->json().value(u"id"_s).toInt(), 2);
    QCOMPARE(waiter->json().value(u"state"_s).toString(), u"pending"_s);
}

void TestSandboxLongPoll::anExistingMessageAnswersAtOnce()
{
    const QString token = m_api.request(u"0811111111"_s);
    QElapsedTimer timer;
    timer.start();
    const auto waiter = startWait("msisdn=0811111111&wait=30");
    QVERIFY(waiter->waitDone(5000));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(waiter->json().value(u"token"_s).toString(), token);
}

void TestSandboxLongPoll::afterSkipsOlderMessages()
{
    QVERIFY(!m_api.request(u"0811111111"_s).isEmpty()); // id 1
    const auto waiter = startWait("msisdn=0811111111&after=1&wait=20");
    const auto byApp = startWait("app=Other&after=1&wait=20");
    QTest::qWait(100);
    QVERIFY(!waiter->isDone());
    const QString newer = m_api.request(u"0811111111"_s);
    QVERIFY(waiter->waitDone(5000));
    QCOMPARE(waiter->json().value(u"token"_s).toString(), newer);
    QVERIFY(!byApp->isDone()); // Shop's message: not Other's
    const QString other = m_api.request(u"0833333333"_s, true);
    QVERIFY(byApp->waitDone(5000));
    QCOMPARE(byApp->json().value(u"token"_s).toString(), other);
}

void TestSandboxLongPoll::timesOutWith404()
{
    QElapsedTimer timer;
    timer.start();
    const auto waiter = startWait("msisdn=0811111111&wait=0.3");
    QVERIFY(waiter->waitDone(5000));
    QVERIFY2(waiter->answeredAfterMs() >= 280, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(waiter->status(), 404);
    QCOMPARE(waiter->json().value(u"error"_s).toString(), u"no_message"_s);
    // wait=0 (or none) answers at once.
    const auto now = m_api.call("GET", "/sandbox/v1/messages/latest?msisdn=0811111111&wait=0");
    QCOMPARE(now->status(), 404);
}

void TestSandboxLongPoll::answeredWhenTheSandboxStops()
{
    const auto first = startWait("msisdn=0811111111&wait=60");
    const auto second = startWait("wait=60");
    QTest::qWait(150);
    QVERIFY(!first->isDone() && !second->isDone());
    QElapsedTimer timer;
    timer.start();
    m_api.server->stop();
    for (const auto *waiter : {first.get(), second.get()}) {
        QVERIFY(waiter->isDone() || const_cast<RawHttpCall *>(waiter)->waitDone(5000));
        QCOMPARE(waiter->status(), 404);
        QCOMPARE(waiter->json().value(u"error"_s).toString(), u"no_message"_s);
        QCOMPARE(waiter->header("Connection"), "close"_ba);
    }
    QVERIFY(timer.elapsed() < 5000);
}

void TestSandboxLongPoll::clientGoneIsForgotten()
{
    auto waiter = startWait("msisdn=0811111111&wait=60");
    QTest::qWait(100);
    waiter.reset(); // the client hangs up while waiting
    QTest::qWait(100);
    QVERIFY(!m_api.request(u"0811111111"_s).isEmpty()); // nothing to answer, nothing breaks
    const auto next = startWait("msisdn=0811111111&wait=1");
    QVERIFY(next->waitDone(5000));
    QCOMPARE(next->status(), 200);
}

void TestSandboxLongPoll::pipelinedBehindAWaitStaysInOrder()
{
    // Two requests on one connection: the second is answered after the first, which waits.
    const QByteArray both = RawHttpCall::request("GET", "/sandbox/v1/messages/latest?wait=0.3")
        + RawHttpCall::request("GET", "/sandbox/v1/info");
    RawHttpCall call(m_api.port(), both);
    QVERIFY(call.waitDone(5000));
    QCOMPARE(call.status(), 404); // the first answer comes first
    QTRY_VERIFY(call.raw().contains(R"("version")"));
}

void TestSandboxLongPoll::aThousandWaiters()
{
    constexpr int Count = 1000;
    std::vector<std::unique_ptr<RawHttpCall>> waiters;
    // after=0: a waiter whose request reaches a loaded server only after the SMS still gets that
    // SMS at once, so the check below is about answers, not about who connected first.
    for (int i = 0; i < Count; ++i)
        waiters.push_back(startWait("msisdn=0811111111&after=0&wait=30"));
    QTest::qWait(500); // connected and held
    for (const auto &waiter : waiters)
        QVERIFY(!waiter->isDone());
    const QString token = m_api.request(u"0811111111"_s);
    QVERIFY(!token.isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(waiters.cbegin(), waiters.cend(),
                               [](const auto &waiter) { return waiter->isDone(); });
        },
        25000));
    for (const auto &waiter : waiters) {
        QCOMPARE(waiter->status(), 200);
        QCOMPARE(waiter->json().value(u"token"_s).toString(), token);
    }
}

int main(int argc, char **argv)
{
#ifdef Q_OS_UNIX
    // A thousand waiters are two thousand sockets in this process.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < 4096) {
        files.rlim_cur = qMin<rlim_t>(4096, files.rlim_max);
        setrlimit(RLIMIT_NOFILE, &files);
    }
#endif
    QCoreApplication app(argc, argv);
    int failed = 0;
    for (const bool ownThread : {true, false}) {
        qInfo("--- the server on %s ---", ownThread ? "its own thread" : "the test's thread");
        TestSandboxLongPoll test(ownThread);
        failed += QTest::qExec(&test, argc, argv);
    }
    return failed;
}

#include "tst_sandboxlongpoll.moc"

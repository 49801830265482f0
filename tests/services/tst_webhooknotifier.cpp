#include "../sandbox/SandboxTestSupport.h"
#include "FakeWebhook.h"
#include "domain/OtpMessage.h"
#include "sandbox/SandboxMessageJson.h"
#include "sandbox/SandboxServer.h"
#include "services/WebhookNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;

OtpMessage messageWithId(qint64 id)
{
    OtpMessage message;
    message.id = id;
    message.msisdn = u"+66812345678"_s;
    message.code = u"123456"_s;
    return message;
}

} // namespace

// The sandbox's webhooks: each SMS posted as the control API's message JSON, in the background
// (a slow, failing or silent webhook never delays the OTP answer), retries bounded, each
// delivery given up reported once. Against local QTcpServers, with the sandbox serving on its
// own thread (the GUI) and on the test's (otpctl).
class TestWebhookNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void checkUrl_data();
    void checkUrl();
    void postsTheMessageJson_data() { threadingModes(); }
    void postsTheMessageJson();
    void slowWebhookNeverDelaysTheAnswer_data() { threadingModes(); }
    void slowWebhookNeverDelaysTheAnswer();
    void failingWebhookIsRetriedThenReported_data() { threadingModes(); }
    void failingWebhookIsRetriedThenReported();
    void silentWebhookTimesOut_data() { threadingModes(); }
    void silentWebhookTimesOut();
    void clientErrorIsNotRetried();
    void deadAddressIsReported();
    void queueIsBounded();
    void noUrlsNoWork();

private:
    static void threadingModes();
    void startSandbox(bool ownThread);
    // Requests an OTP and returns how long the answer took (ms), or -1 when it failed.
    qint64 requestOtp();
    static WebhookNotifier::Policy fastPolicy(int attempts, int timeoutMs = 5000);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WebhookNotifier> m_notifier;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_url;
};

void TestWebhookNotifier::threadingModes()
{
    QTest::addColumn<bool>("ownThread");
    QTest::newRow("server thread (GUI)") << true;
    QTest::newRow("caller's thread (otpctl)") << false;
}

void TestWebhookNotifier::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setApps({SandboxTest::makeApp(u"Shop"_s, Key, Secret)});
    m_notifier = std::make_unique<WebhookNotifier>();
    m_notifier->follow(*m_sandbox);
    m_network = SandboxTest::makeManager();
}

void TestWebhookNotifier::cleanup()
{
    m_notifier.reset();
    m_sandbox.reset();
}

void TestWebhookNotifier::startSandbox(bool ownThread)
{
    SandboxServerOptions options;
    options.port = 0;
    options.ownThread = ownThread;
    const Result<SandboxListening> started = m_sandbox->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error));
    m_url = started.value.url;
}

qint64 TestWebhookNotifier::requestOtp()
{
    const SandboxTest::HttpResult answer = SandboxTest::post(
        *m_network, m_url.resolved(QUrl(u"/v2/otp/request"_s)), "application/x-www-form-urlencoded",
        SandboxTest::formBody(
            {{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
    return answer.status == 200 ? answer.elapsedMs : -1;
}

WebhookNotifier::Policy TestWebhookNotifier::fastPolicy(int attempts, int timeoutMs)
{
    WebhookNotifier::Policy policy;
    policy.maxAttempts = attempts;
    policy.attemptTimeoutMs = timeoutMs;
    policy.firstRetryDelayMs = 100;
    return policy;
}

void TestWebhookNotifier::checkUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("http") << u"http://127.0.0.1:9000/otp"_s << true;
    QTest::newRow("https") << u"https://ci.example.com/hooks/otp?x=1"_s << true;
    QTest::newRow("spaces around") << u"  http://localhost/h  "_s << true;
    QTest::newRow("ftp") << u"ftp://example.com/"_s << false;
    QTest::newRow("no scheme") << u"example.com/hook"_s << false;
    QTest::newRow("no host") << u"http:///hook"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("garbage") << u"http://exa mple.com"_s << false;
}

void TestWebhookNotifier::checkUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const Result<QUrl> url = WebhookNotifier::checkUrl(text);
    QCOMPARE(url.ok(), valid);
    if (!valid)
        QVERIFY(url.error.contains(u"http://"_s));
}

void TestWebhookNotifier::postsTheMessageJson()
{
    FakeWebhook hook;
    m_notifier->setUrls({hook.url(), hook.url(u"/second"_s)});
    QSignalSpy delivered(m_notifier.get(), &WebhookNotifier::delivered);
    QFETCH(bool, ownThread);
    startSandbox(ownThread);
    QVERIFY(requestOtp() >= 0);
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(hook.received().size(), 2);
    const std::optional<OtpMessage> message = m_sandbox->latestMessage();
    QVERIFY(message);
    for (const FakeWebhook::Received &received : hook.received()) {
        QVERIFY(received.head.startsWith("POST /hook ")
                || received.head.startsWith("POST /second "));
        QCOMPARE(FakeWebhook::header(received.head, "X-Otp-Sandbox-Event"), "sms");
        QCOMPARE(FakeWebhook::header(received.head, "Content-Type"),
                 "application/json; charset=utf-8");
        // The control API's serializer, byte for byte.
        QCOMPARE(received.body, SandboxMessageJson::message(*message));
    }
    QCOMPARE(delivered.first().at(1).toLongLong(), message->id);
}

void TestWebhookNotifier::slowWebhookNeverDelaysTheAnswer()
{
    FakeWebhook hook(200, 3000);
    m_notifier->setUrls({hook.url()});
    QSignalSpy delivered(m_notifier.get(), &WebhookNotifier::delivered);
    QFETCH(bool, ownThread);
    startSandbox(ownThread);
    QElapsedTimer clock;
    clock.start();
    const qint64 answerMs = requestOtp();
    QVERIFY(answerMs >= 0);
    // The answer came while the webhook still held its post.
    QVERIFY2(answerMs < 1000, qPrintable(QString::number(answerMs)));
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(hook.answered(), 0);
    // The next request is not held up either.
    QVERIFY(requestOtp() < 1000);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
    QVERIFY(clock.elapsed() >= 2800); // the fake's coarse timer may fire up to 5% early
}

void TestWebhookNotifier::failingWebhookIsRetriedThenReported()
{
    FakeWebhook hook(500);
    m_notifier->setPolicy(fastPolicy(3));
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->setUrls({hook.url()});
    QFETCH(bool, ownThread);
    startSandbox(ownThread);
    QVERIFY(requestOtp() >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const auto failure = failed.first().first().value<WebhookFailure>();
    QCOMPARE(failure.url, hook.url());
    QCOMPARE(failure.attempts, 3);
    QCOMPARE(failure.httpStatus, 500);
    QCOMPARE(failure.messageId, m_sandbox->latestMessage()->id);
    QVERIFY(failure.error.contains(u"500"_s));
    QCOMPARE(hook.received().size(), 3);
    // Back-off: 100 ms, then 200 ms between the attempts.
    QVERIFY(hook.received().at(1).atMs - hook.received().at(0).atMs >= 90);
    QVERIFY(hook.received().at(2).atMs - hook.received().at(1).atMs >= 190);
    QTest::qWait(600);
    QCOMPARE(hook.received().size(), 3); // bounded: no fourth attempt
    QCOMPARE(failed.size(), 1); // reported once
    QCOMPARE(m_notifier->pendingCount(), 0);
}

void TestWebhookNotifier::silentWebhookTimesOut()
{
    FakeWebhook hook(200, 0, FakeWebhook::Mode::Never);
    m_notifier->setPolicy(fastPolicy(2, 400));
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->setUrls({hook.url()});
    QFETCH(bool, ownThread);
    startSandbox(ownThread);
    const qint64 answerMs = requestOtp();
    QVERIFY(answerMs >= 0 && answerMs < 400);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const auto failure = failed.first().first().value<WebhookFailure>();
    QCOMPARE(failure.attempts, 2);
    QCOMPARE(failure.httpStatus, 0);
    QVERIFY2(failure.error.contains(u"No answer within 0.4 s"_s), qPrintable(failure.error));
    QCOMPARE(hook.received().size(), 2);
}

void TestWebhookNotifier::clientErrorIsNotRetried()
{
    FakeWebhook hook(404);
    m_notifier->setPolicy(fastPolicy(3));
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->setUrls({hook.url()});
    m_notifier->notify(messageWithId(7));
    QTRY_COMPARE(failed.size(), 1);
    const auto failure = failed.first().first().value<WebhookFailure>();
    QCOMPARE(failure.attempts, 1);
    QCOMPARE(failure.httpStatus, 404);
    QCOMPARE(failure.messageId, 7);
    QTest::qWait(300);
    QCOMPARE(hook.received().size(), 1);
}

void TestWebhookNotifier::deadAddressIsReported()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    m_notifier->setPolicy(fastPolicy(2));
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->setUrls({QUrl(u"http://127.0.0.1:%1/hook"_s.arg(port))});
    m_notifier->notify(messageWithId(3));
    QTRY_COMPARE(failed.size(), 1);
    const auto failure = failed.first().first().value<WebhookFailure>();
    QCOMPARE(failure.attempts, 2);
    QCOMPARE(failure.httpStatus, 0);
    QVERIFY(!failure.error.isEmpty());
}

void TestWebhookNotifier::queueIsBounded()
{
    FakeWebhook hook(200, 0, FakeWebhook::Mode::Never);
    WebhookNotifier::Policy policy = fastPolicy(1, 2000);
    policy.maxQueued = 2;
    policy.maxInFlight = 1;
    m_notifier->setPolicy(policy);
    QSignalSpy failed(m_notifier.get(), &WebhookNotifier::failed);
    m_notifier->setUrls({hook.url()});
    for (int id = 1; id <= 5; ++id)
        m_notifier->notify(messageWithId(id));
    // Two wait; the other three are dropped at once and each reported.
    QCOMPARE(failed.size(), 3);
    for (const QList<QVariant> &signal : failed) {
        const auto failure = signal.first().value<WebhookFailure>();
        QCOMPARE(failure.attempts, 0);
        QVERIFY(failure.messageId >= 3);
    }
    QCOMPARE(m_notifier->pendingCount(), 2);
    // One at a time: the first is in flight, the second waits for it.
    QTRY_COMPARE(hook.received().size(), 1);
    QTest::qWait(200);
    QCOMPARE(hook.received().size(), 1);
}

void TestWebhookNotifier::noUrlsNoWork()
{
    m_notifier->notify(messageWithId(1));
    QCOMPARE(m_notifier->pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestWebhookNotifier)
#include "tst_webhooknotifier.moc"

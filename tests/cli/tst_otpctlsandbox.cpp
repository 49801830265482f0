#include "../services/FakeWebhook.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;

// otpctl sandbox as a CI job runs it: a process whose stdout is JSON lines.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(OTPCTL_PATH), QStringList{u"sandbox"_s} + arguments);
    }
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QProcess &process() { return m_process; }

    // The next JSON line whose "event" is `event`, within `timeoutMs`.
    QJsonObject next(const QString &event, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (m_process.canReadLine()) {
                const QJsonObject object = QJsonDocument::fromJson(m_process.readLine()).object();
                m_seen << object;
                if (object.value(u"event"_s).toString() == event)
                    return object;
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(100);
        }
        return {};
    }
    QList<QJsonObject> seen() const { return m_seen; }
    // The last line seen whose "event" is `event`, after reading what has arrived, without
    // blocking: for waits that keep the event loop running (a webhook receiver in this
    // process). Idempotent, so it can be retried by QTRY_VERIFY.
    QJsonObject seenLast(const QString &event)
    {
        while (m_process.canReadLine())
            m_seen << QJsonDocument::fromJson(m_process.readLine()).object();
        for (auto it = m_seen.crbegin(); it != m_seen.crend(); ++it) {
            if (it->value(u"event"_s).toString() == event)
                return *it;
        }
        return {};
    }

private:
    QProcess m_process;
    QList<QJsonObject> m_seen;
};

QString writeAppsFile(const QTemporaryDir &dir, const QJsonArray &testNumbers = {})
{
    const QString path = dir.filePath(u"apps.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the apps file");
    file.write(
        QJsonDocument(QJsonObject{{u"format"_s, u"otp-manager-apps"_s},
                                  {u"version"_s, 1},
                                  {u"apps"_s,
                                   QJsonArray{QJsonObject{
                                       {u"name"_s, u"CI Shop"_s},
                                       {u"contactEmail"_s, u"qa@example.com"_s},
                                       {u"contactName"_s, u"QA"_s},
                                       {u"digits"_s, 4},
                                       {u"template"_s, u"Code {otp} for {app} (Ref {ref})"_s},
                                       {u"expiry"_s, u"00:05"_s},
                                       {u"environment"_s, u"sandbox"_s},
                                       {u"key"_s, Key},
                                       {u"secret"_s, Secret},
                                       {u"testNumbers"_s, testNumbers}}}}})
            .toJson());
    return path;
}

struct Reply {
    int status = 0;
    QJsonObject body;
};

Reply post(QNetworkAccessManager &network, const QUrl &url, const QUrlQuery &form)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

QUrlQuery form(std::initializer_list<std::pair<QString, QString>> fields)
{
    QUrlQuery query;
    for (const auto &[name, value] : fields)
        query.addQueryItem(name, value);
    return query;
}

} // namespace

class TestOtpctlSandbox : public QObject
{
    Q_OBJECT

private slots:
    void requestVerifyFlowThenSigterm();
    void injectedErrorArrivesWithItsHttpCode();
    void testNumbersOfTheAppsFile();
    void webhooksGetEachSmsAndAFailureIsALine();
    void usageErrors_data();
    void usageErrors();
    void portInUseIsAClearError();
};

void TestOtpctlSandbox::requestVerifyFlowThenSigterm()
{
    QTemporaryDir dir;
    const QString inboxPath = dir.filePath(u"inbox.jsonl"_s);
    SandboxProcess sandbox(
        {u"--port"_s, u"0"_s, u"--apps"_s, writeAppsFile(dir), u"--inbox"_s, inboxPath});
    const QJsonObject listening = sandbox.next(u"listening"_s);
    QVERIFY2(!listening.isEmpty(), sandbox.process().readAllStandardError().constData());
    // The listening line is the first line of all.
    QCOMPARE(sandbox.seen().first().value(u"event"_s).toString(), u"listening"_s);
    const QUrl base(listening.value(u"url"_s).toString());
    QVERIFY(base.toString().startsWith(u"http://127.0.0.1:"_s));

    QNetworkAccessManager network;
    const Reply requested
        = post(network, base.resolved(QUrl(u"/v2/otp/request"_s)),
               form({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
    QCOMPARE(requested.status, 200);
    const QString token = requested.body.value(u"token"_s).toString();
    QCOMPARE(token.size(), 32);

    const QJsonObject sms = sandbox.next(u"sms"_s);
    QCOMPARE(sms.value(u"token"_s).toString(), token);
    QCOMPARE(sms.value(u"msisdn"_s).toString(), u"+66812345678"_s);
    QCOMPARE(sms.value(u"refno"_s).toString(), requested.body.value(u"refno"_s).toString());
    const QString code = sms.value(u"code"_s).toString();
    QCOMPARE(code.size(), 4);
    QCOMPARE(sms.value(u"text"_s).toString(),
             u"Code %1 for CI Shop (Ref %2)"_s.arg(code, sms.value(u"refno"_s).toString()));
    const QJsonObject logged = sandbox.next(u"request"_s);
    QCOMPARE(logged.value(u"path"_s).toString(), u"/v2/otp/request"_s);
    QCOMPARE(logged.value(u"status"_s).toInt(), 200);
    QVERIFY(!QJsonDocument(logged).toJson().contains(Secret.toUtf8()));

    const Reply verified = post(
        network, base.resolved(QUrl(u"/v2/otp/verify"_s)),
        form({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"token"_s, token}, {u"pin"_s, code}}));
    QCOMPARE(verified.status, 200);
    QCOMPARE(verified.body.value(u"message"_s).toString(), u"Code is correct."_s);

    sandbox.process().terminate(); // SIGTERM
    QVERIFY(sandbox.process().waitForFinished(10000));
    QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process().exitCode(), 0);
    QVERIFY(!sandbox.next(u"stopped"_s, 1000).isEmpty());

    QFile inbox(inboxPath);
    QVERIFY(inbox.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(inbox.readLine()).object();
    QCOMPARE(saved.value(u"code"_s).toString(), code);
}

void TestOtpctlSandbox::injectedErrorArrivesWithItsHttpCode()
{
    QTemporaryDir dir;
    SandboxProcess sandbox({u"--port"_s, u"0"_s, u"--apps"_s, writeAppsFile(dir), u"--fail"_s,
                            u"ERROR_INSUFFICIENT_CREDIT"_s, u"--fail-next"_s, u"1"_s});
    const QJsonObject listening = sandbox.next(u"listening"_s);
    QVERIFY(!listening.isEmpty());
    const QUrl url
        = QUrl(listening.value(u"url"_s).toString()).resolved(QUrl(u"/v2/otp/request"_s));
    QNetworkAccessManager network;
    const auto fields
        = form({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}});
    const Reply failed = post(network, url, fields);
    QCOMPARE(failed.status, 423);
    QCOMPARE(failed.body.value(u"error"_s).toObject().value(u"code"_s).toInt(), 116);
    // Only the next one: the second call succeeds.
    QCOMPARE(post(network, url, fields).status, 200);
}

// --apps: a fixed code is delivered and verifies, a failure answers as --fail would.
void TestOtpctlSandbox::testNumbersOfTheAppsFile()
{
    QTemporaryDir dir;
    const QJsonArray testNumbers{
        QJsonObject{{u"msisdn"_s, u"0800000001"_s}, {u"code"_s, u"4321"_s}},
        QJsonObject{{u"msisdn"_s, u"0800000002"_s}, {u"fail"_s, u"ERROR_INSUFFICIENT_CREDIT"_s}}};
    SandboxProcess sandbox({u"--port"_s, u"0"_s, u"--apps"_s, writeAppsFile(dir, testNumbers)});
    const QJsonObject listening = sandbox.next(u"listening"_s);
    QVERIFY2(!listening.isEmpty(), sandbox.process().readAllStandardError().constData());
    const QUrl base(listening.value(u"url"_s).toString());
    QNetworkAccessManager network;

    const Reply requested
        = post(network, base.resolved(QUrl(u"/v2/otp/request"_s)),
               form({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0800000001"_s}}));
    QCOMPARE(requested.status, 200);
    const QJsonObject sms = sandbox.next(u"sms"_s);
    QCOMPARE(sms.value(u"code"_s).toString(), u"4321"_s);
    const QString token = requested.body.value(u"token"_s).toString();
    QCOMPARE(sms.value(u"token"_s).toString(), token);
    const Reply verified = post(
        network, base.resolved(QUrl(u"/v2/otp/verify"_s)),
        form({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"token"_s, token}, {u"pin"_s, u"4321"_s}}));
    QCOMPARE(verified.status, 200);

    const Reply failed
        = post(network, base.resolved(QUrl(u"/v2/otp/request"_s)),
               form({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0800000002"_s}}));
    QCOMPARE(failed.status, 423);
    QCOMPARE(failed.body.value(u"error"_s).toObject().value(u"code"_s).toInt(), 116);
}

// --webhook (repeatable): each SMS is POSTed as the message JSON; a webhook that keeps failing
// is given up after its attempts with a webhook-failed line, and the OTP answer never waits.
void TestOtpctlSandbox::webhooksGetEachSmsAndAFailureIsALine()
{
    QTemporaryDir dir;
    FakeWebhook working;
    FakeWebhook failing(500);
    SandboxProcess sandbox({u"--port"_s, u"0"_s, u"--apps"_s, writeAppsFile(dir), u"--webhook"_s,
                            working.url().toString(), u"--webhook"_s,
                            failing.url(u"/broken"_s).toString()});
    const QJsonObject listening = sandbox.next(u"listening"_s);
    QVERIFY2(!listening.isEmpty(), sandbox.process().readAllStandardError().constData());
    QNetworkAccessManager network;
    const Reply requested = post(
        network, QUrl(listening.value(u"url"_s).toString()).resolved(QUrl(u"/v2/otp/request"_s)),
        form({{u"key"_s, Key}, {u"secret"_s, Secret}, {u"msisdn"_s, u"0812345678"_s}}));
    QCOMPARE(requested.status, 200);
    const QString token = requested.body.value(u"token"_s).toString();

    QTRY_COMPARE_WITH_TIMEOUT(working.received().size(), 1, 10000);
    const FakeWebhook::Received &delivery = working.received().constFirst();
    QVERIFY(delivery.head.startsWith("POST /hook HTTP/1.1"));
    QCOMPARE(FakeWebhook::header(delivery.head, "X-Otp-Sandbox-Event"), "sms"_ba);
    QVERIFY(FakeWebhook::header(delivery.head, "Content-Type").startsWith("application/json"));
    const QJsonObject message = QJsonDocument::fromJson(delivery.body).object();
    QCOMPARE(message.value(u"token"_s).toString(), token);
    QCOMPARE(message.value(u"msisdn"_s).toString(), u"+66812345678"_s);
    QCOMPARE(message.value(u"code"_s).toString().size(), 4);
    QVERIFY(!delivery.body.contains(Secret.toUtf8()));

    QTRY_VERIFY_WITH_TIMEOUT(!sandbox.seenLast(u"webhook-failed"_s).isEmpty(), 20000);
    const QJsonObject givenUp = sandbox.seenLast(u"webhook-failed"_s);
    QCOMPARE(givenUp.value(u"url"_s).toString(), failing.url(u"/broken"_s).toString());
    QCOMPARE(givenUp.value(u"httpStatus"_s).toInt(), 500);
    QCOMPARE(givenUp.value(u"messageId"_s).toInteger(), message.value(u"id"_s).toInteger());
    QVERIFY(givenUp.value(u"attempts"_s).toInt() > 1); // retried before giving up
    QCOMPARE(failing.received().size(), givenUp.value(u"attempts"_s).toInt());
    QCOMPARE(working.received().size(), 1); // a success is not posted again
}

void TestOtpctlSandbox::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown fail") << QStringList{u"--fail"_s, u"ERROR_NOPE"_s} << 2;
    QTest::newRow("bad port") << QStringList{u"--port"_s, u"70000"_s} << 2;
    QTest::newRow("bad rate") << QStringList{u"--fail"_s, u"116"_s, u"--fail-rate"_s, u"2"_s} << 2;
    QTest::newRow("rate without fail") << QStringList{u"--fail-rate"_s, u"0.5"_s} << 2;
    QTest::newRow("missing apps file")
        << QStringList{u"--port"_s, u"0"_s, u"--apps"_s, u"/nonexistent/apps.json"_s} << 3;
}

void TestOtpctlSandbox::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    SandboxProcess sandbox(arguments);
    QVERIFY(sandbox.process().waitForFinished(10000));
    QCOMPARE(sandbox.process().exitCode(), exitCode);
    QVERIFY(!sandbox.process().readAllStandardError().trimmed().isEmpty());
}

void TestOtpctlSandbox::portInUseIsAClearError()
{
    QTemporaryDir dir;
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost));
    SandboxProcess sandbox(
        {u"--port"_s, QString::number(blocker.serverPort()), u"--apps"_s, writeAppsFile(dir)});
    QVERIFY(sandbox.process().waitForFinished(10000));
    QCOMPARE(sandbox.process().exitCode(), 3);
    const QString error = QString::fromUtf8(sandbox.process().readAllStandardError());
    QVERIFY2(error.contains(QString::number(blocker.serverPort())), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestOtpctlSandbox)
#include "tst_otpctlsandbox.moc"

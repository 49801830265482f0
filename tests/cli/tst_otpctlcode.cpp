#include "OtpctlTestSupport.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace OtpctlTest;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;
const QString ApiToken = u"ci-token-42"_s;

} // namespace

// otpctl code as CI jobs run it: a process against a real `otpctl sandbox`, its exit codes
// (docs/otpctl.md) for a code found, no message, a wrong token, no sandbox and bad options.
class TestOtpctlCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void printsTheNewestCode();
    void jsonPrintsTheWholeMessage();
    void afterSkipsOlderMessages();
    void waitIsAnsweredByALaterMessage();
    void waitTimesOut();
    void noMessageExitsFour();
    void tokenRequiredExitsFive();
    void environmentVariables();
    void noSandboxExitsThree();
    void badNumberExitsOne();
    void usageErrors_data();
    void usageErrors();

private:
    // Requests an OTP for msisdn from the sandbox (the guarded one: with --api-token); returns
    // its sms line.
    QJsonObject requestOtp(const QString &msisdn, bool guarded = false);
    QStringList code(const QStringList &more) const;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxProcess> m_guarded; // with --api-token
    QString m_url;
    QString m_guardedUrl;
};

void TestOtpctlCode::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_network.setProxy(QNetworkProxy::NoProxy);
    const QString apps = m_dir.filePath(u"apps.json"_s);
    QVERIFY(writeAppsFile(apps, {appObject(u"CI Shop"_s, u"sandbox"_s, Key, Secret)}));
    const QProcessEnvironment env = environment(m_dir.filePath(u"data"_s));
    m_sandbox = std::make_unique<SandboxProcess>(
        QStringList{u"--port"_s, u"0"_s, u"--apps"_s, apps}, env);
    m_url = m_sandbox->url();
    QVERIFY2(m_url.startsWith(u"http://127.0.0.1:"_s),
             m_sandbox->process().readAllStandardError().constData());
    m_guarded = std::make_unique<SandboxProcess>(
        QStringList{u"--port"_s, u"0"_s, u"--apps"_s, apps, u"--api-token"_s, ApiToken}, env);
    m_guardedUrl = m_guarded->url();
    QVERIFY(m_guardedUrl.startsWith(u"http://127.0.0.1:"_s));
}

QJsonObject TestOtpctlCode::requestOtp(const QString &msisdn, bool guarded)
{
    const QString url = guarded ? m_guardedUrl : m_url;
    QNetworkRequest request(QUrl(url + u"/v2/otp/request"_s));
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    QUrlQuery form;
    form.addQueryItem(u"key"_s, Key);
    form.addQueryItem(u"secret"_s, Secret);
    form.addQueryItem(u"msisdn"_s, msisdn);
    QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        qFatal("the sandbox did not answer");
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        qFatal("the sandbox refused the request: %s", reply->readAll().constData());
    return (guarded ? m_guarded : m_sandbox)->next(u"sms"_s);
}

QStringList TestOtpctlCode::code(const QStringList &more) const
{
    return QStringList{u"code"_s, u"--sandbox-url"_s, m_url} + more;
}

void TestOtpctlCode::printsTheNewestCode()
{
    requestOtp(u"0811111111"_s);
    const QJsonObject newest = requestOtp(u"0811111111"_s);
    QVERIFY(!newest.isEmpty());
    // Any accepted form of the number finds it.
    for (const QString &number : {u"0811111111"_s, u"+66811111111"_s, u"66-811-111-111"_s}) {
        const Run run = otpctl(code({u"--msisdn"_s, number}), environment(m_dir.path()));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, newest.value(u"code"_s).toString() + u'\n');
        QVERIFY(run.err.isEmpty());
    }
}

void TestOtpctlCode::jsonPrintsTheWholeMessage()
{
    const QString token = requestOtp(u"0822222222"_s).value(u"token"_s).toString();
    const Run run
        = otpctl(code({u"--msisdn"_s, u"0822222222"_s, u"--json"_s, u"--app"_s, u"CI Shop"_s}),
                 environment(m_dir.path()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith(u'\n'));
    const QJsonObject message = run.json();
    QCOMPARE(message.value(u"msisdn"_s).toString(), u"+66822222222"_s);
    QCOMPARE(message.value(u"token"_s).toString(), token);
    QCOMPARE(message.value(u"app"_s).toString(), u"CI Shop"_s);
    QCOMPARE(message.value(u"appKey"_s).toString(), Key);
    QCOMPARE(message.value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(message.value(u"code"_s).toString().size(), 6);
    QVERIFY(message.value(u"id"_s).toInteger() > 0);
    QVERIFY(message.contains(u"createdAt"_s) && message.contains(u"expiresAt"_s));

    // Another app's name finds nothing.
    const Run other = otpctl(code({u"--msisdn"_s, u"0822222222"_s, u"--app"_s, u"Nobody"_s}),
                             environment(m_dir.path()));
    QCOMPARE(other.exitCode, 5);
}

void TestOtpctlCode::afterSkipsOlderMessages()
{
    requestOtp(u"0833333333"_s);
    const Run first
        = otpctl(code({u"--msisdn"_s, u"0833333333"_s, u"--json"_s}), environment(m_dir.path()));
    QCOMPARE(first.exitCode, 0);
    const QString firstId = QString::number(first.json().value(u"id"_s).toInteger());
    const Run none = otpctl(code({u"--msisdn"_s, u"0833333333"_s, u"--after"_s, firstId}),
                            environment(m_dir.path()));
    QCOMPARE(none.exitCode, 5);
    QVERIFY(none.out.isEmpty());

    requestOtp(u"0833333333"_s);
    const Run second
        = otpctl(code({u"--msisdn"_s, u"0833333333"_s, u"--after"_s, firstId, u"--json"_s}),
                 environment(m_dir.path()));
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.json().value(u"id"_s).toInteger() > firstId.toLongLong());

    // An ISO time works too: nothing after now.
    const QString now = QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODateWithMs);
    const Run later = otpctl(code({u"--msisdn"_s, u"0833333333"_s, u"--after"_s, now}),
                             environment(m_dir.path()));
    QCOMPARE(later.exitCode, 5);
}

void TestOtpctlCode::waitIsAnsweredByALaterMessage()
{
    QProcess waiting;
    waiting.setProcessEnvironment(environment(m_dir.path()));
    waiting.start(QStringLiteral(OTPCTL_PATH),
                  code({u"--msisdn"_s, u"0844444444"_s, u"--wait"_s, u"20"_s}));
    QVERIFY(waiting.waitForStarted(10000));
    QTest::qWait(500);
    QCOMPARE(waiting.state(), QProcess::Running); // it waits
    QElapsedTimer timer;
    timer.start();
    const QJsonObject sms = requestOtp(u"0844444444"_s);
    QVERIFY(waiting.waitForFinished(15000));
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(waiting.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(waiting.readAllStandardOutput()),
             sms.value(u"code"_s).toString() + u'\n');
}

void TestOtpctlCode::waitTimesOut()
{
    QElapsedTimer timer;
    timer.start();
    const Run run = otpctl(code({u"--msisdn"_s, u"0855555555"_s, u"--wait"_s, u"1.5"_s}),
                           environment(m_dir.path()));
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(timer.elapsed() >= 1400, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"No message for this number"_s), qPrintable(run.err));
}

void TestOtpctlCode::noMessageExitsFour()
{
    const Run run = otpctl(code({u"--msisdn"_s, u"0866666666"_s}), environment(m_dir.path()));
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(u"--wait"_s));
}

void TestOtpctlCode::tokenRequiredExitsFive()
{
    requestOtp(u"0877777777"_s, true);
    const QStringList base{u"code"_s, u"--sandbox-url"_s, m_guardedUrl, u"--msisdn"_s,
                           u"0877777777"_s};
    const Run without = otpctl(base, environment(m_dir.path()));
    QCOMPARE(without.exitCode, 6);
    QVERIFY2(without.err.contains(u"--api-token"_s), qPrintable(without.err));
    const Run wrong
        = otpctl(base + QStringList{u"--api-token"_s, u"nope"_s}, environment(m_dir.path()));
    QCOMPARE(wrong.exitCode, 6);
    const Run right
        = otpctl(base + QStringList{u"--api-token"_s, ApiToken}, environment(m_dir.path()));
    QCOMPARE(right.exitCode, 0);
    QCOMPARE(right.out.trimmed().size(), 6);
}

void TestOtpctlCode::environmentVariables()
{
    requestOtp(u"0888888888"_s, true);
    QProcessEnvironment env = environment(m_dir.path());
    env.insert(u"OTP_SANDBOX_URL"_s, m_guardedUrl);
    env.insert(u"OTP_SANDBOX_API_TOKEN"_s, ApiToken);
    const Run run = otpctl({u"code"_s, u"--msisdn"_s, u"0888888888"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().size(), 6);
    // An option wins over its variable.
    const Run overridden
        = otpctl({u"code"_s, u"--msisdn"_s, u"0888888888"_s, u"--api-token"_s, u"nope"_s}, env);
    QCOMPARE(overridden.exitCode, 6);
}

void TestOtpctlCode::noSandboxExitsThree()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const Run run = otpctl({u"code"_s, u"--sandbox-url"_s, u"http://127.0.0.1:%1"_s.arg(port),
                            u"--msisdn"_s, u"0812345678"_s},
                           environment(m_dir.path()));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"No sandbox answered at http://127.0.0.1:%1"_s.arg(port)),
             qPrintable(run.err));
}

void TestOtpctlCode::badNumberExitsOne()
{
    const Run run = otpctl(code({u"--msisdn"_s, u"12345"_s}), environment(m_dir.path()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"--msisdn: "_s), qPrintable(run.err));
}

void TestOtpctlCode::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --msisdn") << QStringList{u"code"_s} << u"--msisdn"_s;
    QTest::newRow("--wait too long")
        << QStringList{u"code"_s, u"--msisdn"_s, u"0812345678"_s, u"--wait"_s, u"61"_s}
        << u"--wait"_s;
    QTest::newRow("--wait not a number")
        << QStringList{u"code"_s, u"--msisdn"_s, u"0812345678"_s, u"--wait"_s, u"soon"_s}
        << u"--wait"_s;
    QTest::newRow("--sandbox-url not http")
        << QStringList{u"code"_s, u"--msisdn"_s, u"0812345678"_s, u"--sandbox-url"_s,
                       u"ftp://127.0.0.1"_s}
        << u"ftp://127.0.0.1"_s;
    QTest::newRow("bad --after") << QStringList{u"code"_s, u"--msisdn"_s, u"0812345678"_s,
                                                u"--after"_s, u"yesterday"_s}
                                 << u"after"_s;
}

void TestOtpctlCode::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (arguments.contains(u"--after"_s))
        arguments << u"--sandbox-url"_s << m_url; // the sandbox judges --after
    const Run run = otpctl(arguments, environment(m_dir.path()));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestOtpctlCode)
#include "tst_otpctlcode.moc"

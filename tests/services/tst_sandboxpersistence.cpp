#include "SandboxTestSupport.h"
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SystemRandomSource.h"
#include "services/SandboxInboxRecorder.h"
#include "services/SandboxTokenKeeper.h"
#include "services/Workspace.h"
#include "storage/InboxRepository.h"
#include "storage/SandboxTokenRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QByteArray Correct = R"({"status":"success","message":"Code is correct."})"_ba;
const QByteArray Invalid = R"({"code":400,"errors":[{"message":"Code is invalid."}]})"_ba;
const QByteArray Expired = R"({"code":400,"errors":[{"message":"Token is expire."}]})"_ba;

// One run of the desktop app, wired as GuiStartup wires it: the data folder (with its lock),
// the sandbox, the inbox recorder and the token keeper, the sandbox started as MainWindow
// starts it (its own thread, no in-memory inbox).
struct GuiRun {
    Workspace::Opening opened;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxInboxRecorder> recorder;
    std::unique_ptr<SandboxTokenKeeper> keeper;
    std::unique_ptr<QNetworkAccessManager> network = SandboxTest::makeManager();

    GuiRun(const QString &dataDir, const std::shared_ptr<ManualClock> &clock,
           const QList<SandboxApp> &apps)
        : opened(Workspace::open(dataDir, true))
    {
        if (!opened.workspace)
            return;
        Workspace &workspace = *opened.workspace;
        server = std::make_unique<SandboxServer>(clock, std::make_shared<SystemRandomSource>());
        recorder = std::make_unique<SandboxInboxRecorder>(*server, workspace.inbox());
        keeper
            = std::make_unique<SandboxTokenKeeper>(*server, workspace.sandboxTokens(), *recorder);
        server->setApps(apps);
    }
    ~GuiRun()
    {
        if (server)
            server->stop(); // GuiStartup::finish()
    }
    bool start()
    {
        SandboxServerOptions options;
        options.port = 0;
        return server && server->start(options).ok();
    }
    InboxRepository &inbox() { return opened.workspace->inbox(); }
    QByteArray call(const QString &path, const SandboxTest::Fields &fields)
    {
        return SandboxTest::post(*network, server->url().resolved(QUrl(path)),
                                 "application/x-www-form-urlencoded", SandboxTest::formBody(fields))
            .body;
    }
};
} // namespace

// The defect of issue 14 §3: request an OTP on the GUI's sandbox, quit, relaunch, verify with
// the right PIN. The code must still be correct, wrong PINs keep counting, expiry holds, and
// no inbox row claims "pending" for a code nobody can verify.
class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private slots:
    void tokensSurviveARestartOfTheApp();
    void tokensSurviveStopAndStartOfTheSandbox();

private:
    QString request(GuiRun &run, const SandboxApp &app, const QString &msisdn);
    QByteArray verify(GuiRun &run, const SandboxApp &app, const QString &token, const QString &pin);
};

QString TestSandboxPersistence::request(GuiRun &run, const SandboxApp &app, const QString &msisdn)
{
    const QByteArray body = run.call(
        u"/v2/otp/request"_s,
        {{u"key"_s, app.config.appKey}, {u"secret"_s, app.secret}, {u"msisdn"_s, msisdn}});
    return QJsonDocument::fromJson(body).object().value(u"token"_s).toString();
}

QByteArray TestSandboxPersistence::verify(GuiRun &run, const SandboxApp &app, const QString &token,
                                          const QString &pin)
{
    return run.call(u"/v2/otp/verify"_s,
                    {{u"key"_s, app.config.appKey},
                     {u"secret"_s, app.secret},
                     {u"token"_s, token},
                     {u"pin"_s, pin}});
}

void TestSandboxPersistence::tokensSurviveARestartOfTheApp()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    const SandboxApp shop = SandboxTest::makeApp(
        u"Shop"_s, u"1234567890123456"_s, u"0123456789abcdef0123456789abcdef"_s, 6, {}, {}, 5);
    const SandboxApp quick = SandboxTest::makeApp(
        u"Quick"_s, u"6543210987654321"_s, u"fedcba9876543210fedcba9876543210"_s, 4, {}, {}, 1);
    QString right, wrong, lapsed;
    QHash<QString, QString> codes;
    {
        GuiRun first(dir.path(), clock, {shop, quick});
        QVERIFY(first.start());
        right = request(first, shop, u"0812345678"_s);
        wrong = request(first, shop, u"0812345679"_s);
        lapsed = request(first, quick, u"0812345670"_s);
        QVERIFY(!right.isEmpty() && !wrong.isEmpty() && !lapsed.isEmpty());
        for (const QString &token : {right, wrong, lapsed}) {
            QTRY_VERIFY(first.inbox().findByToken(token));
            codes.insert(token, first.inbox().findByToken(token)->code);
        }
        QCOMPARE(verify(first, shop, wrong, u"000000"_s), Invalid);
        QCOMPARE(verify(first, shop, wrong, u"000001"_s), Invalid);
    } // quit: the sandbox stops and is destroyed, the data folder closed

    clock->advance(2min); // Quick's 1-minute code expires while the app is closed

    GuiRun second(dir.path(), clock, {shop, quick});
    QVERIFY2(second.opened.workspace, qPrintable(second.opened.error));
    QVERIFY(second.start());
    // The inbox tells the truth before anyone asks the server.
    QCOMPARE(second.inbox().findByToken(right)->state, OtpMessage::State::Pending);
    QCOMPARE(second.inbox().findByToken(lapsed)->state, OtpMessage::State::Expired);

    QCOMPARE(verify(second, shop, right, codes.value(right)), Correct);
    QTRY_COMPARE(second.inbox().findByToken(right)->state, OtpMessage::State::Verified);
    QCOMPARE(verify(second, shop, right, codes.value(right)), Expired); // used up, as before

    // Two wrong PINs before the restart, three after: burned.
    for (const QString &pin : {u"000002"_s, u"000003"_s, u"000004"_s})
        QCOMPARE(verify(second, shop, wrong, pin), Invalid);
    QCOMPARE(verify(second, shop, wrong, codes.value(wrong)), Expired);
    QTRY_COMPARE(second.inbox().findByToken(wrong)->state, OtpMessage::State::Burned);

    QCOMPARE(verify(second, quick, lapsed, codes.value(lapsed)), Expired);
}

void TestSandboxPersistence::tokensSurviveStopAndStartOfTheSandbox()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    const SandboxApp shop = SandboxTest::makeApp(u"Shop"_s, u"1234567890123456"_s,
                                                 u"0123456789abcdef0123456789abcdef"_s);
    GuiRun run(dir.path(), clock, {shop});
    QVERIFY(run.start());
    const QString kept = request(run, shop, u"0812345678"_s);
    const QString forgotten = request(run, shop, u"0812345679"_s);
    QTRY_VERIFY(run.inbox().findByToken(forgotten));
    run.server->stop();
    // As if the app had died before writing this one: no sandbox can verify it any more.
    QVERIFY(run.opened.workspace->sandboxTokens().write({}, {forgotten}).ok());

    QVERIFY(run.start());
    QCOMPARE(run.inbox().findByToken(forgotten)->state, OtpMessage::State::Lost);
    QCOMPARE(verify(run, shop, forgotten, run.inbox().findByToken(forgotten)->code), Invalid);
    QCOMPARE(run.inbox().findByToken(kept)->state, OtpMessage::State::Pending);
    QCOMPARE(verify(run, shop, kept, run.inbox().findByToken(kept)->code), Correct);
    QTRY_COMPARE(run.inbox().findByToken(kept)->state, OtpMessage::State::Verified);
}

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandboxpersistence.moc"

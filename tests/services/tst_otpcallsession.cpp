#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "services/OtpAppService.h"
#include "services/OtpCallSession.h"
#include "services/SandboxAppSync.h"
#include "services/Workspace.h"
#include "storage/ExchangeRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = OtpResult::Outcome;
using StoredRow = std::optional<StoredExchange>;

const QString Number = u"+66812345678"_s;

OtpResult resultOf(const QSignalSpy &finished, int index = 0)
{
    return finished.at(index).at(0).value<OtpResult>();
}

StoredRow rowOf(const QSignalSpy &finished, int index = 0)
{
    return finished.at(index).at(1).value<StoredRow>();
}

} // namespace

// The OTP call use case against the real sandbox (127.0.0.1, port 0) with secrets in memory:
// what the test console and otpctl request / verify both rely on.
class TestOtpCallSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<OtpResult>(); }
    void init();
    void cleanup();

    void requestThenVerifyWritesTwoRows();
    void baseUrlCallsAreNeverRecorded();
    void missingSecretSendsNothing();
    void cancelOnTheWireGivesCancelled();
    void cancelWhileReadingTheSecretSendsNothing();
    void noRepositoryNoRow();
    void failedHistoryWriteIsReported();

private:
    std::unique_ptr<OtpCallSession> makeSession(bool withHistory = true);
    QList<StoredExchange> rows() const { return m_workspace->exchanges().list(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<OtpAppService> m_apps;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxAppSync> m_sync;
    OtpAppConfig m_app;
    QString m_secret;
};

void TestOtpCallSession::init()
{
    m_workspace
        = Workspace::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())), false)
              .workspace;
    QVERIFY(m_workspace);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_apps = std::make_unique<OtpAppService>(m_workspace->apps(), m_secrets.get());
    m_server = std::make_unique<SandboxServer>();
    m_sync = std::make_unique<SandboxAppSync>(*m_apps, *m_server);
    SandboxServerOptions options;
    options.port = 0;
    QVERIFY(m_server->start(options).ok());

    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    std::optional<OtpAppService::SaveResult> saved;
    m_apps->create(draft, {}).then(this,
                                   [&saved](const OtpAppService::SaveResult &r) { saved = r; });
    QTRY_VERIFY(saved && saved->ok());
    QTRY_COMPARE(m_server->apps().size(), 1);
    m_app = saved->value.app;
    m_secret = saved->value.generatedSecret;
}

void TestOtpCallSession::cleanup()
{
    m_sync.reset();
    m_server.reset();
    m_apps.reset();
    m_secrets.reset();
    m_workspace.reset();
}

std::unique_ptr<OtpCallSession> TestOtpCallSession::makeSession(bool withHistory)
{
    auto session = std::make_unique<OtpCallSession>(
        m_apps.get(), withHistory ? &m_workspace->exchanges() : nullptr);
    session->setSandboxUrl(m_server->url());
    return session;
}

void TestOtpCallSession::requestThenVerifyWritesTwoRows()
{
    const auto session = makeSession();
    QSignalSpy started(session.get(), &OtpCallSession::callStarted);
    QSignalSpy finished(session.get(), &OtpCallSession::callFinished);
    // A face shows Cancel when a call starts: by then the session is busy.
    bool busyAtStart = false;
    connect(session.get(), &OtpCallSession::callStarted, this,
            [&] { busyAtStart = session->isBusy(); });

    session->request(m_app, Number, {});
    QCOMPARE(started.size(), 1);
    QVERIFY(busyAtStart);
    QCOMPARE(started.at(0).at(0).value<OtpOperation>(), OtpOperation::Request);
    QCOMPARE(session->callsInFlight(), 0); // reading the secret, nothing sent yet
    QVERIFY(finished.wait(15000));
    const OtpResult requested = resultOf(finished);
    QVERIFY2(requested.isSuccess(), qPrintable(requested.summary()));
    QCOMPARE(session->callsInFlight(), 0);
    QVERIFY(!session->isBusy());
    QCOMPARE(finished.at(0).at(2).toUuid(), m_app.id);
    QCOMPARE(session->msisdnForToken(requested.token), Number);

    // The row the signal carries is the row as stored, id included.
    const StoredRow requestRow = rowOf(finished);
    QVERIFY(requestRow);
    QVERIFY(requestRow->id > 0);
    QCOMPARE(rows().size(), 1);
    QCOMPARE(*requestRow, rows().first());
    QCOMPARE(requestRow->call, OtpOperation::Request);
    QCOMPARE(requestRow->msisdn, Number);

    const QString code = m_server->inbox().last().code;
    session->verify(m_app, requested.token, code, {});
    QVERIFY(finished.wait(15000));
    const OtpResult verified = resultOf(finished, 1);
    QVERIFY2(verified.isSuccess(), qPrintable(verified.summary()));
    const StoredRow verifyRow = rowOf(finished, 1);
    QVERIFY(verifyRow);
    QCOMPARE(rows().size(), 2);
    QCOMPARE(*verifyRow, rows().first()); // newest first
    QCOMPARE(verifyRow->call, OtpOperation::Verify);
    // A verify's row shows the number its token was requested for.
    QCOMPARE(verifyRow->msisdn, Number);
    QVERIFY(verifyRow->id != requestRow->id);
    // The App Secret is in no row.
    for (const StoredExchange &row : rows())
        QVERIFY(!row.recordJson.contains(m_secret.toUtf8()));
}

void TestOtpCallSession::baseUrlCallsAreNeverRecorded()
{
    const auto session = makeSession();
    QSignalSpy finished(session.get(), &OtpCallSession::callFinished);
    session->requestAt(m_server->url(), m_app.appKey, m_secret, Number, {});
    QVERIFY(finished.wait(15000));
    const OtpResult requested = resultOf(finished);
    QVERIFY2(requested.isSuccess(), qPrintable(requested.summary()));
    QVERIFY(!rowOf(finished));
    QVERIFY(finished.at(0).at(2).toUuid().isNull());

    session->verifyAt(m_server->url(), m_app.appKey, m_secret, requested.token,
                      m_server->inbox().last().code, {});
    QVERIFY(finished.wait(15000));
    QVERIFY(resultOf(finished, 1).isSuccess());
    QVERIFY(!rowOf(finished, 1));
    QVERIFY(rows().isEmpty());
}

void TestOtpCallSession::missingSecretSendsNothing()
{
    bool removed = false;
    m_secrets->remove(m_app.id).then(this, [&removed](const SecretResult &r) { removed = r.ok(); });
    QTRY_VERIFY(removed);
    const auto session = makeSession();
    QSignalSpy unavailable(session.get(), &OtpCallSession::secretUnavailable);
    QSignalSpy finished(session.get(), &OtpCallSession::callFinished);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);

    session->request(m_app, Number, {});
    QVERIFY(unavailable.wait(5000));
    QCOMPARE(unavailable.at(0).at(0).value<OtpAppConfig>().id, m_app.id);
    QVERIFY(!unavailable.at(0).at(1).toString().isEmpty());
    QVERIFY(!session->isBusy());
    QTest::qWait(200);
    QVERIFY(finished.isEmpty());
    QVERIFY(handled.isEmpty());
    QVERIFY(m_server->inbox().isEmpty());
    QVERIFY(rows().isEmpty());
}

void TestOtpCallSession::cancelOnTheWireGivesCancelled()
{
    QVERIFY(m_server->setFaults(SandboxFaults::latency(20000)));
    const auto session = makeSession();
    QSignalSpy finished(session.get(), &OtpCallSession::callFinished);
    session->request(m_app, Number, {});
    session->request(m_app, Number, {});
    QTRY_COMPARE(session->callsInFlight(), 2); // both secrets read, both calls on the wire
    QVERIFY(finished.isEmpty());

    session->cancel();
    QCOMPARE(finished.size(), 2); // at once, not after the sandbox's 20 s
    QCOMPARE(session->callsInFlight(), 0);
    QVERIFY(!session->isBusy());
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(resultOf(finished, i).outcome, Outcome::Cancelled);
        QVERIFY(!resultOf(finished, i).record.url.isEmpty()); // it was sent
    }
    QCOMPARE(rows().size(), 2); // sent, so recorded
}

void TestOtpCallSession::cancelWhileReadingTheSecretSendsNothing()
{
    const auto session = makeSession();
    QSignalSpy abandoned(session.get(), &OtpCallSession::callAbandoned);
    QSignalSpy finished(session.get(), &OtpCallSession::callFinished);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    session->verify(m_app, u"token"_s, u"123456"_s, {});
    session->cancel(); // the memory store answers later, like the keychain
    QCOMPARE(abandoned.size(), 1);
    QCOMPARE(abandoned.at(0).at(0).value<OtpOperation>(), OtpOperation::Verify);
    QVERIFY(!session->isBusy());
    QTest::qWait(300);
    QVERIFY(finished.isEmpty());
    QVERIFY(handled.isEmpty());
    QVERIFY(rows().isEmpty());
}

void TestOtpCallSession::noRepositoryNoRow()
{
    const auto session = makeSession(false);
    QSignalSpy finished(session.get(), &OtpCallSession::callFinished);
    QSignalSpy historyFailed(session.get(), &OtpCallSession::historyFailed);
    session->request(m_app, Number, {});
    QVERIFY(finished.wait(15000));
    QVERIFY(resultOf(finished).isSuccess());
    QVERIFY(!rowOf(finished));
    QVERIFY(historyFailed.isEmpty());
    QVERIFY(rows().isEmpty());
    // The token is still remembered for a verify of this session.
    QCOMPARE(session->msisdnForToken(resultOf(finished).token), Number);
}

void TestOtpCallSession::failedHistoryWriteIsReported()
{
    const auto session = makeSession();
    QSignalSpy finished(session.get(), &OtpCallSession::callFinished);
    QSignalSpy historyFailed(session.get(), &OtpCallSession::historyFailed);
    m_workspace->database().close();
    session->request(m_app, Number, {});
    QVERIFY(finished.wait(15000));
    QVERIFY(resultOf(finished).isSuccess()); // the call itself worked
    QVERIFY(!rowOf(finished));
    QCOMPARE(historyFailed.size(), 1);
    QVERIFY(historyFailed.at(0).at(0).toString().contains(u"history"_s));
}

QTEST_MAIN(TestOtpCallSession)
#include "tst_otpcallsession.moc"

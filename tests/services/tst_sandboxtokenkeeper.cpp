#include "SandboxTestSupport.h"
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SystemRandomSource.h"
#include "sandbox/TokenStore.h"
#include "services/SandboxInboxRecorder.h"
#include "services/SandboxTokenKeeper.h"
#include "services/Workspace.h"
#include "storage/InboxRepository.h"
#include "storage/SandboxTokenRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr qint64 Minute = 60 * 1000;

SandboxToken token(int n, const QUuid &appId, qint64 expiresAtMs,
                   OtpMessage::State state = OtpMessage::State::Pending)
{
    return SandboxToken{u"tok_"_s + QString::number(n).rightJustified(28, u'0'),
                        appId,
                        u"12345%1"_s.arg(n % 10),
                        0,
                        expiresAtMs,
                        state};
}

OtpMessage messageFor(const SandboxToken &token, qint64 createdAtMs)
{
    OtpMessage sms;
    sms.appId = token.appId;
    sms.appName = u"Shop"_s;
    sms.msisdn = u"+66812345678"_s;
    sms.text = u"Code "_s + token.code;
    sms.code = token.code;
    sms.refno = u"REF01"_s;
    sms.token = token.token;
    sms.createdAt = QDateTime::fromMSecsSinceEpoch(createdAtMs, QTimeZone::utc());
    sms.expiresAt = QDateTime::fromMSecsSinceEpoch(token.expiresAtMs, QTimeZone::utc());
    return sms;
}
} // namespace

// SandboxTokenKeeper, the use case that keeps the GUI sandbox's tokens in the database: what
// it writes, when, and what it hands back and settles when the sandbox starts.
class TestSandboxTokenKeeper : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changesAreWrittenInBatches();
    void startHandsBackTokensAndSettlesTheInbox();
    void stopWritesTheRunsLastTokens();
    void droppedTokensLeaveTheTable();
    void controlApiExpiryIsKept();

private:
    QByteArray request(const QString &msisdn);
    QByteArray post(const QByteArray &path, const QByteArray &contentType, const QByteArray &body);
    OtpMessage::State storedState(const QString &token) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxInboxRecorder> m_recorder;
    std::unique_ptr<SandboxTokenKeeper> m_keeper;
    SandboxApp m_app;
};

void TestSandboxTokenKeeper::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = Workspace::open(m_dir->path(), true).workspace;
    QVERIFY(m_workspace);
    m_clock = std::make_shared<ManualClock>();
    m_server = std::make_unique<SandboxServer>(m_clock, std::make_shared<SystemRandomSource>());
    m_recorder = std::make_unique<SandboxInboxRecorder>(*m_server, m_workspace->inbox());
    m_keeper = std::make_unique<SandboxTokenKeeper>(*m_server, m_workspace->sandboxTokens(),
                                                    *m_recorder);
    m_app = SandboxTest::makeApp(u"Shop"_s, u"1234567890123456"_s,
                                 u"0123456789abcdef0123456789abcdef"_s);
    m_server->setApps({m_app});
}

void TestSandboxTokenKeeper::cleanup()
{
    m_keeper.reset();
    m_recorder.reset();
    m_server.reset();
    m_workspace.reset();
    m_dir.reset();
}

// A request through a blocking socket: the test's event loop does not run meanwhile, so what
// the server thread queued for this thread is still waiting when it returns.
QByteArray TestSandboxTokenKeeper::request(const QString &msisdn)
{
    const QByteArray body = SandboxTest::formBody(
        {{u"key"_s, m_app.config.appKey}, {u"secret"_s, m_app.secret}, {u"msisdn"_s, msisdn}});
    return post("/v2/otp/request", "application/x-www-form-urlencoded", body);
}

QByteArray TestSandboxTokenKeeper::post(const QByteArray &path, const QByteArray &contentType,
                                        const QByteArray &body)
{
    return SandboxTest::bodyOf(SandboxTest::rawExchange(
        quint16(m_server->url().port()), SandboxTest::rawPost(path, contentType, body)));
}

// The token's state in the table; Lost when it has no row.
OtpMessage::State TestSandboxTokenKeeper::storedState(const QString &token) const
{
    for (const SandboxToken &stored : m_workspace->sandboxTokens().list()) {
        if (stored.token == token)
            return stored.state;
    }
    return OtpMessage::State::Lost;
}

void TestSandboxTokenKeeper::changesAreWrittenInBatches()
{
    const QUuid app = m_app.config.id;
    const qint64 expiry = m_clock->nowMs() + 5 * Minute;
    SandboxToken issued = token(1, app, expiry);
    SandboxToken used = issued;
    used.state = OtpMessage::State::Verified;
    SandboxToken wrong = token(2, app, expiry);
    wrong.attempts = 1;

    // Three reports in one pass of the event loop: nothing written yet, one write after it,
    // each token as it last stood.
    emit m_server->tokensChanged({issued}, {});
    emit m_server->tokensChanged({token(2, app, expiry)}, {});
    emit m_server->tokensChanged({used, wrong}, {});
    SandboxTokenRepository &table = m_workspace->sandboxTokens();
    QCOMPARE(table.count(), 0);
    QCOMPARE(m_keeper->queuedCount(), 2);
    QTRY_COMPARE(m_keeper->queuedCount(), 0);
    QCOMPARE(table.list(), (QList<SandboxToken>{used, wrong}));

    // A dropped token goes; one past the store's retention is pruned with the next write.
    SandboxToken stale
        = token(3, app, m_clock->nowMs() - TokenStore::RetentionMs - 1, OtpMessage::State::Expired);
    QVERIFY(table.write({stale}, {}).ok());
    emit m_server->tokensChanged({}, {used.token});
    m_keeper->flush();
    QCOMPARE(table.list(), QList<SandboxToken>{wrong});
}

void TestSandboxTokenKeeper::startHandsBackTokensAndSettlesTheInbox()
{
    const QUuid app = m_app.config.id;
    const qint64 now = m_clock->nowMs();
    const SandboxToken held = token(1, app, now + 4 * Minute);
    const SandboxToken lapsed = token(2, app, now - Minute);
    const SandboxToken used = token(3, app, now - Minute, OtpMessage::State::Verified);
    const SandboxToken stale
        = token(4, app, now - TokenStore::RetentionMs - 1, OtpMessage::State::Expired);
    const SandboxToken forgotten = token(5, app, now + 4 * Minute); // its row never written
    QVERIFY(m_workspace->sandboxTokens().write({held, lapsed, used, stale}, {}).ok());
    InboxRepository &inbox = m_workspace->inbox();
    QHash<QString, qint64> ids;
    for (const SandboxToken &sent : {held, lapsed, forgotten})
        ids.insert(sent.token, inbox.append(messageFor(sent, now - 2 * Minute)).value);

    QSignalSpy restored(m_keeper.get(), &SandboxTokenKeeper::restored);
    QSignalSpy settled(m_recorder.get(), &SandboxInboxRecorder::stateRecorded);
    SandboxServerOptions options;
    options.port = 0;
    QVERIFY(m_server->start(options).ok());

    QCOMPARE(restored.size(), 1);
    QCOMPARE(restored.first().first().toInt(), 3);
    QCOMPARE(m_workspace->sandboxTokens().list(), (QList<SandboxToken>{held, lapsed, used}));
    QCOMPARE(inbox.find(ids.value(held.token))->state, OtpMessage::State::Pending);
    QCOMPARE(inbox.find(ids.value(lapsed.token))->state, OtpMessage::State::Expired);
    QCOMPARE(inbox.find(ids.value(forgotten.token))->state, OtpMessage::State::Lost);
    QCOMPARE(settled.size(), 2); // the inbox page changes those two rows
    QCOMPARE(settled.at(1).at(0).toLongLong(), ids.value(forgotten.token));
    QCOMPARE(settled.at(1).at(1).value<OtpMessage::State>(), OtpMessage::State::Lost);

    // The server has them: the held code is correct, the used one answers expired.
    const auto verify = [this](const SandboxToken &sent) {
        const QByteArray body = SandboxTest::formBody({{u"key"_s, m_app.config.appKey},
                                                       {u"secret"_s, m_app.secret},
                                                       {u"token"_s, sent.token},
                                                       {u"pin"_s, sent.code}});
        return SandboxTest::bodyOf(SandboxTest::rawExchange(
            quint16(m_server->url().port()),
            SandboxTest::rawPost("/v2/otp/verify", "application/x-www-form-urlencoded", body)));
    };
    QCOMPARE(verify(held), R"({"status":"success","message":"Code is correct."})"_ba);
    QCOMPARE(verify(used), R"({"code":400,"errors":[{"message":"Token is expire."}]})"_ba);
    QCOMPARE(verify(forgotten), R"({"code":400,"errors":[{"message":"Code is invalid."}]})"_ba);
    QTRY_COMPARE(inbox.find(ids.value(held.token))->state, OtpMessage::State::Verified);
}

void TestSandboxTokenKeeper::stopWritesTheRunsLastTokens()
{
    SandboxServerOptions options;
    options.port = 0;
    QVERIFY(m_server->start(options).ok());
    const QJsonObject answer = QJsonDocument::fromJson(request(u"0812345678"_s)).object();
    QVERIFY(!answer.value(u"token"_s).toString().isEmpty());
    // Queued for this thread, not delivered yet: stop() delivers and writes it before returning.
    QCOMPARE(m_workspace->sandboxTokens().count(), 0);
    m_server->stop();
    const QList<SandboxToken> kept = m_workspace->sandboxTokens().list();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().token, answer.value(u"token"_s).toString());
    QCOMPARE(kept.first().state, OtpMessage::State::Pending);
    QCOMPARE(m_workspace->inbox().findByToken(kept.first().token)->code, kept.first().code);
}

void TestSandboxTokenKeeper::droppedTokensLeaveTheTable()
{
    SandboxServerOptions options;
    options.port = 0;
    options.maxPendingTokens = 1;
    QVERIFY(m_server->start(options).ok());
    const QString first
        = QJsonDocument::fromJson(request(u"0812345678"_s)).object().value(u"token"_s).toString();
    const QString second
        = QJsonDocument::fromJson(request(u"0812345679"_s)).object().value(u"token"_s).toString();
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QTRY_COMPARE(m_workspace->inbox().findByToken(first)->state, OtpMessage::State::Evicted);
    QTRY_COMPARE(m_keeper->queuedCount(), 0);
    const QList<SandboxToken> kept = m_workspace->sandboxTokens().list();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().token, second);
}

// The control API ends tokens too (POST /sandbox/v1/tokens/{token}/expire, and the clock moved
// past an expiry): the keeper writes those changes like any other, so a restarted sandbox
// still answers "Token is expire." for them.
void TestSandboxTokenKeeper::controlApiExpiryIsKept()
{
    SandboxServerOptions options;
    options.port = 0;
    QVERIFY(m_server->start(options).ok());
    const auto tokenOf = [](const QByteArray &answer) {
        return QJsonDocument::fromJson(answer).object().value(u"token"_s).toString();
    };
    const QString expired = tokenOf(request(u"0812345678"_s));
    const QString aged = tokenOf(request(u"0812345679"_s));
    QVERIFY(!expired.isEmpty() && !aged.isEmpty());
    QTRY_COMPARE(storedState(aged), OtpMessage::State::Pending);

    const QByteArray answer
        = post("/sandbox/v1/tokens/" + expired.toLatin1() + "/expire", "application/json", {});
    QCOMPARE(QJsonDocument::fromJson(answer).object().value(u"state"_s).toString(), u"expired"_s);
    QTRY_COMPARE(storedState(expired), OtpMessage::State::Expired);
    QCOMPARE(storedState(aged), OtpMessage::State::Pending);

    post("/sandbox/v1/clock", "application/json", R"({"advanceSeconds":600})");
    QTRY_COMPARE(storedState(aged), OtpMessage::State::Expired);

    m_server->stop();
    QVERIFY(m_server->start(options).ok());
    for (const QString &token : {expired, aged}) {
        const std::optional<OtpMessage> sent = m_workspace->inbox().findByToken(token);
        QVERIFY(sent);
        QCOMPARE(sent->state, OtpMessage::State::Expired);
        const QByteArray body = SandboxTest::formBody({{u"key"_s, m_app.config.appKey},
                                                       {u"secret"_s, m_app.secret},
                                                       {u"token"_s, token},
                                                       {u"pin"_s, sent->code}});
        QCOMPARE(post("/v2/otp/verify", "application/x-www-form-urlencoded", body),
                 R"({"code":400,"errors":[{"message":"Token is expire."}]})"_ba);
    }
}

QTEST_GUILESS_MAIN(TestSandboxTokenKeeper)
#include "tst_sandboxtokenkeeper.moc"

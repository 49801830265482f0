// The control API under /sandbox/v1/ through real sockets on 127.0.0.1: every route, every
// error, the bearer token, and the same operations as SandboxServer's C++ calls. Every test
// runs twice: with the server on its own thread and on the test's thread.
#include "ControlApiFixture.h"
#include "sandbox/SandboxFaults.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList tokensOf(const QJsonObject &page)
{
    QStringList tokens;
    for (const QJsonValue &message : page.value(u"messages"_s).toArray())
        tokens << message.toObject().value(u"token"_s).toString();
    return tokens;
}

} // namespace

class TestSandboxControlApi : public QObject
{
    Q_OBJECT

public:
    explicit TestSandboxControlApi(bool ownThread) { m_api.ownThread = ownThread; }

private slots:
    void init();
    void cleanup();

    void info();
    void messageJsonHasEveryField();
    void listIsNewestFirstAndPages();
    void filters_data();
    void filters();
    void badParameters_data();
    void badParameters();
    void latestAndAfter();
    void messageById();
    void deleteAllOrFiltered();
    void attemptsAndStateAreCurrent();
    void faultsRoundTrip();
    void faultsValidation_data();
    void faultsValidation();
    void faultsApplyToOtpRoutes();
    void expireToken();
    void clockAdvancesAndResets();
    void clockValidation_data();
    void clockValidation();
    void cppCallsMatchTheApi();
    void routingErrors_data();
    void routingErrors();
    void bodyOverLimitIs413();
    void bearerTokenGiven();
    void bearerTokenGeneratedOffLoopback();
    void firstMessageIdAndCapacity();

private:
    ControlApiFixture m_api;
    QList<QString> m_tokens; // issued in init(): to 0811111111 (Shop, twice), 0822222222 (Other)
};

void TestSandboxControlApi::init()
{
    const Result<SandboxListening> started = m_api.start();
    QVERIFY2(started.ok(), qPrintable(started.error));
    m_tokens = {m_api.request(u"0811111111"_s), m_api.request(u"0822222222"_s, true),
                m_api.request(u"0811111111"_s)};
    for (const QString &token : m_tokens)
        QVERIFY(!token.isEmpty());
}

void TestSandboxControlApi::cleanup()
{
    m_api.server.reset();
}

void TestSandboxControlApi::info()
{
    m_api.server->setFaults(SandboxFaults::latency(10));
    const auto answer = m_api.call("GET", "/sandbox/v1/info");
    QCOMPARE(answer->status(), 200);
    QCOMPARE(answer->header("Content-Type"), "application/json; charset=utf-8"_ba);
    const QJsonObject info = answer->json();
    QCOMPARE(info.value(u"version"_s).toString(), QString::fromLatin1(OTP_VERSION_STRING));
    QCOMPARE(info.value(u"messages"_s).toInt(), 3);
    QCOMPARE(info.value(u"pendingTokens"_s).toInt(), 3);
    const QJsonArray apps = info.value(u"apps"_s).toArray();
    QCOMPARE(apps.size(), 2);
    QCOMPARE(apps.first().toObject().value(u"name"_s).toString(), u"Shop"_s);
    QCOMPARE(apps.first().toObject().value(u"key"_s).toString(), ControlApiFixture::Key);
    QCOMPARE(apps.first().toObject().value(u"testNumbers"_s).toInt(-1), 0);
    QCOMPARE(info.value(u"faults"_s).toObject().value(u"latencyMs"_s).toInt(), 10);
    QCOMPARE(info.value(u"clockOffsetSeconds"_s).toInt(-1), 0);
    // Keys in the documented order, not QJsonObject's.
    QVERIFY(answer->body().startsWith(R"({"version":)"));
}

void TestSandboxControlApi::messageJsonHasEveryField()
{
    const auto answer = m_api.call("GET", "/sandbox/v1/messages/1");
    QCOMPARE(answer->status(), 200);
    const OtpMessage stored = *m_api.server->message(1);
    const QByteArray expected = R"({"id":1,"app":"Shop","appKey":")"_ba
        + ControlApiFixture::Key.toLatin1() + R"(","msisdn":"+66811111111","text":")"
        + stored.text.toUtf8() + R"(","code":")" + stored.code.toLatin1() + R"(","refno":")"
        + stored.refno.toLatin1() + R"(","token":")" + m_tokens.first().toLatin1()
        + R"(","state":"pending","attempts":0,"createdAt":"2024-01-01T00:00:00.000Z","expiresAt":"2024-01-01T00:05:00.000Z"})";
    QCOMPARE(answer->body(), expected);
}

void TestSandboxControlApi::listIsNewestFirstAndPages()
{
    const QJsonObject all = m_api.call("GET", "/sandbox/v1/messages")->json();
    QCOMPARE(all.value(u"total"_s).toInt(), 3);
    QCOMPARE(all.value(u"start"_s).toInt(-1), 0);
    QCOMPARE(tokensOf(all), (QStringList{m_tokens[2], m_tokens[1], m_tokens[0]}));

    const QJsonObject page = m_api.call("GET", "/sandbox/v1/messages?start=1&limit=1")->json();
    QCOMPARE(page.value(u"total"_s).toInt(), 3);
    QCOMPARE(page.value(u"start"_s).toInt(), 1);
    QCOMPARE(tokensOf(page), QStringList{m_tokens[1]});
    const QJsonObject past = m_api.call("GET", "/sandbox/v1/messages?start=5")->json();
    QCOMPARE(past.value(u"total"_s).toInt(), 3);
    QVERIFY(tokensOf(past).isEmpty());
}

void TestSandboxControlApi::filters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QList<int>>("expected"); // indexes into m_tokens, newest first

    QTest::newRow("msisdn 0…") << "msisdn=0811111111"_ba << QList<int>{2, 0};
    QTest::newRow("msisdn 66…") << "msisdn=66811111111"_ba << QList<int>{2, 0};
    QTest::newRow("msisdn +66… escaped") << "msisdn=%2B66822222222"_ba << QList<int>{1};
    QTest::newRow("msisdn with dashes") << "msisdn=081-111-1111"_ba << QList<int>{2, 0};
    QTest::newRow("app by name") << "app=Other"_ba << QList<int>{1};
    QTest::newRow("app by key") << "app=1234567890123456"_ba << QList<int>{2, 0};
    QTest::newRow("unknown app") << "app=Nope"_ba << QList<int>{};
    QTest::newRow("state") << "state=pending"_ba << QList<int>{2, 1, 0};
    QTest::newRow("state none") << "state=verified"_ba << QList<int>{};
    QTest::newRow("number and app") << "msisdn=0822222222&app=Shop"_ba << QList<int>{};
}

void TestSandboxControlApi::filters()
{
    QFETCH(QByteArray, query);
    QFETCH(QList<int>, expected);
    QStringList tokens;
    for (const int index : expected)
        tokens << m_tokens[index];
    const auto answer = m_api.call("GET", "/sandbox/v1/messages?" + query);
    QCOMPARE(answer->status(), 200);
    QCOMPARE(tokensOf(answer->json()), tokens);
    QCOMPARE(answer->json().value(u"total"_s).toInt(), tokens.size());
}

void TestSandboxControlApi::badParameters_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("names"); // the parameter the message names

    QTest::newRow("msisdn") << "GET"_ba
                            << "/sandbox/v1/messages?msisdn=12345"_ba << u"msisdn"_s;
    QTest::newRow("state") << "GET"_ba
                           << "/sandbox/v1/messages?state=lost-in-space"_ba << u"state"_s;
    QTest::newRow("start negative") << "GET"_ba
                                    << "/sandbox/v1/messages?start=-1"_ba << u"start"_s;
    QTest::newRow("limit over 1000") << "GET"_ba
                                     << "/sandbox/v1/messages?limit=1001"_ba << u"limit"_s;
    QTest::newRow("limit text") << "GET"_ba
                                << "/sandbox/v1/messages?limit=ten"_ba << u"limit"_s;
    QTest::newRow("after") << "GET"_ba
                           << "/sandbox/v1/messages/latest?after=yesterday"_ba << u"after"_s;
    QTest::newRow("wait over 60") << "GET"_ba
                                  << "/sandbox/v1/messages/latest?wait=61"_ba << u"wait"_s;
    QTest::newRow("wait negative") << "GET"_ba
                                   << "/sandbox/v1/messages/latest?wait=-1"_ba << u"wait"_s;
    QTest::newRow("latest msisdn") << "GET"_ba
                                   << "/sandbox/v1/messages/latest?msisdn=x"_ba << u"msisdn"_s;
    QTest::newRow("message id") << "GET"_ba
                                << "/sandbox/v1/messages/abc"_ba << u"abc"_s;
    QTest::newRow("delete msisdn") << "DELETE"_ba
                                   << "/sandbox/v1/messages?msisdn=1"_ba << u"msisdn"_s;
}

void TestSandboxControlApi::badParameters()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QString, names);
    const auto answer = m_api.call(method, path);
    QCOMPARE(answer->status(), 400);
    QCOMPARE(answer->header("Content-Type"), "application/json; charset=utf-8"_ba);
    QCOMPARE(answer->json().value(u"error"_s).toString(), u"bad_parameter"_s);
    QVERIFY2(answer->json().value(u"message"_s).toString().contains(names),
             answer->body().constData());
    QCOMPARE(m_api.server->inbox().size(), 3); // a bad DELETE deletes nothing
}

void TestSandboxControlApi::latestAndAfter()
{
    QCOMPARE(m_api.call("GET", "/sandbox/v1/messages/latest")->json().value(u"id"_s).toInt(), 3);
    const auto forNumber = m_api.call("GET", "/sandbox/v1/messages/latest?msisdn=0822222222");
    QCOMPARE(forNumber->status(), 200);
    QCOMPARE(forNumber->json().value(u"token"_s).toString(), m_tokens[1]);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/messages/latest?app=Shop&after=1")
                 ->json()
                 .value(u"id"_s)
                 .toInt(),
             3);
    const auto none = m_api.call("GET", "/sandbox/v1/messages/latest?msisdn=0822222222&after=2");
    QCOMPARE(none->status(), 404);
    QCOMPARE(none->json().value(u"error"_s).toString(), u"no_message"_s);

    // After a time: only messages created later (the clock moved on before the fourth).
    m_api.clock->advance(std::chrono::seconds(10));
    const QString fourth = m_api.request(u"0811111111"_s);
    const auto afterTime = m_api.call(
        "GET", "/sandbox/v1/messages/latest?msisdn=0811111111&after=2024-01-01T00:00:05.000Z");
    QCOMPARE(afterTime->json().value(u"token"_s).toString(), fourth);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/messages/latest?after=2024-01-01T00:00:10")->status(),
             404); // no offset: UTC; created at exactly that time is not after it
}

void TestSandboxControlApi::messageById()
{
    const auto found = m_api.call("GET", "/sandbox/v1/messages/2");
    QCOMPARE(found->status(), 200);
    QCOMPARE(found->json().value(u"token"_s).toString(), m_tokens[1]);
    QCOMPARE(found->json().value(u"msisdn"_s).toString(), u"+66822222222"_s);
    const auto missing = m_api.call("GET", "/sandbox/v1/messages/99");
    QCOMPARE(missing->status(), 404);
    QCOMPARE(missing->json().value(u"error"_s).toString(), u"no_message"_s);
}

void TestSandboxControlApi::deleteAllOrFiltered()
{
    QSignalSpy deleted(m_api.server.get(), &SandboxServer::messagesDeleted);
    const auto some = m_api.call("DELETE", "/sandbox/v1/messages?msisdn=0811111111");
    QCOMPARE(some->status(), 200);
    QCOMPARE(some->body(), R"({"deleted":2})"_ba);
    QTRY_COMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().first().value<QList<qint64>>(), (QList<qint64>{1, 3}));
    QCOMPARE(tokensOf(m_api.call("GET", "/sandbox/v1/messages")->json()), QStringList{m_tokens[1]});
    QCOMPARE(m_api.call("GET", "/sandbox/v1/messages/latest?msisdn=0811111111")->status(), 404);

    QCOMPARE(m_api.call("DELETE", "/sandbox/v1/messages")->body(), R"({"deleted":1})"_ba);
    QTRY_COMPARE(deleted.size(), 2);
    QCOMPARE(m_api.call("DELETE", "/sandbox/v1/messages")->body(), R"({"deleted":0})"_ba);
    QTest::qWait(20);
    QCOMPARE(deleted.size(), 2); // nothing went: no signal
    // Ids go on from where they were.
    m_api.request(u"0811111111"_s);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/messages/latest")->json().value(u"id"_s).toInt(), 4);
}

void TestSandboxControlApi::attemptsAndStateAreCurrent()
{
    QCOMPARE(m_api.verify(m_tokens[0], u"000000"_s)->status(), 400);
    QCOMPARE(m_api.verify(m_tokens[0], u"999999"_s)->status(), 400);
    const QString code = m_api.server->message(1)->code;
    QCOMPARE(m_api.verify(m_tokens[0], code)->status(), 200);
    const QJsonObject message = m_api.call("GET", "/sandbox/v1/messages/1")->json();
    QCOMPARE(message.value(u"state"_s).toString(), u"verified"_s);
    QCOMPARE(message.value(u"attempts"_s).toInt(), 3);
    QCOMPARE(tokensOf(m_api.call("GET", "/sandbox/v1/messages?state=verified")->json()),
             QStringList{m_tokens[0]});
    QCOMPARE(m_api.call("GET", "/sandbox/v1/info")->json().value(u"pendingTokens"_s).toInt(), 2);
}

void TestSandboxControlApi::faultsRoundTrip()
{
    QSignalSpy changed(m_api.server.get(), &SandboxServer::faultsChanged);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/faults")->body(),
             R"({"latencyMs":0,"jitterMs":0,"fail":null,"rate":null,"next":null})"_ba);
    const auto put
        = m_api.call("PUT", "/sandbox/v1/faults",
                     R"({"latencyMs":5,"jitterMs":2,"fail":"ERROR_INSUFFICIENT_CREDIT","next":3})");
    QCOMPARE(put->status(), 200);
    QCOMPARE(
        put->body(),
        R"({"latencyMs":5,"jitterMs":2,"fail":"ERROR_INSUFFICIENT_CREDIT","rate":null,"next":3})"_ba);
    QTRY_COMPARE(changed.size(), 1);
    SandboxFaults expected = SandboxFaults::error(41, SandboxFaults::Scope::NextRequests, 3);
    expected.latencyMs = 5;
    expected.jitterMs = 2;
    QCOMPARE(changed.first().first().value<SandboxFaults>(), expected);
    QCOMPARE(m_api.server->faults().latencyMs, 5);

    const auto byCode = m_api.call("PUT", "/sandbox/v1/faults", R"({"fail":"drop","rate":0.25})");
    QCOMPARE(byCode->body(),
             R"({"latencyMs":0,"jitterMs":0,"fail":"drop","rate":0.250000,"next":null})"_ba);
    const auto cleared = m_api.call("DELETE", "/sandbox/v1/faults");
    QCOMPARE(cleared->status(), 200);
    QCOMPARE(cleared->json().value(u"fail"_s), QJsonValue(QJsonValue::Null));
    QVERIFY(!m_api.server->faults().isActive());
    QTRY_COMPARE(changed.size(), 3);
    // Set from C++: the signal too, so the GUI's controls follow either way.
    m_api.server->setFaults(SandboxFaults::latency(1));
    QCOMPARE(changed.size(), 4);
}

void TestSandboxControlApi::faultsValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("names");

    QTest::newRow("not JSON") << "latency=5"_ba << u"JSON"_s;
    QTest::newRow("array") << "[]"_ba << u"JSON"_s;
    QTest::newRow("latency over") << R"({"latencyMs":60001})"_ba << u"latencyMs"_s;
    QTest::newRow("latency fraction") << R"({"latencyMs":1.5})"_ba << u"latencyMs"_s;
    QTest::newRow("jitter text") << R"({"jitterMs":"5"})"_ba << u"jitterMs"_s;
    QTest::newRow("fail unknown") << R"({"fail":"ERROR_NOPE"})"_ba << u"fail"_s;
    QTest::newRow("fail object") << R"({"fail":{}})"_ba << u"fail"_s;
    QTest::newRow("rate over") << R"({"fail":"drop","rate":1.5})"_ba << u"rate"_s;
    QTest::newRow("next zero") << R"({"fail":"drop","next":0})"_ba << u"next"_s;
    QTest::newRow("both") << R"({"fail":"drop","next":1,"rate":0.5})"_ba << u"next"_s;
    QTest::newRow("rate without fail") << R"({"rate":0.5})"_ba << u"fail"_s;
    QTest::newRow("unknown member") << R"({"latency":5})"_ba << u"latency"_s;
}

void TestSandboxControlApi::faultsValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, names);
    m_api.server->setFaults(SandboxFaults::latency(7));
    const auto answer = m_api.call("PUT", "/sandbox/v1/faults", body);
    QCOMPARE(answer->status(), 400);
    QCOMPARE(answer->json().value(u"error"_s).toString(), u"bad_parameter"_s);
    QVERIFY2(answer->json().value(u"message"_s).toString().contains(names),
             answer->body().constData());
    QCOMPARE(m_api.server->faults(), SandboxFaults::latency(7)); // unchanged
}

void TestSandboxControlApi::faultsApplyToOtpRoutes()
{
    QCOMPARE(m_api.call("PUT", "/sandbox/v1/faults", R"({"fail":116,"next":1})")->status(), 200);
    QVERIFY(m_api.request(u"0811111111"_s).isEmpty()); // answered with the injected error
    QVERIFY(!m_api.request(u"0811111111"_s).isEmpty()); // the next one is served again
    // The control API itself is never hit by faults.
    QCOMPARE(m_api.call("PUT", "/sandbox/v1/faults", R"({"fail":"drop"})")->status(), 200);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/info")->status(), 200);
}

void TestSandboxControlApi::expireToken()
{
    QSignalSpy changed(m_api.server.get(), &SandboxServer::messageStateChanged);
    const auto expired
        = m_api.call("POST", "/sandbox/v1/tokens/" + m_tokens[0].toLatin1() + "/expire");
    QCOMPARE(expired->status(), 200);
    QCOMPARE(expired->json().value(u"state"_s).toString(), u"expired"_s);
    QCOMPARE(expired->json().value(u"message"_s).toObject().value(u"state"_s).toString(),
             u"expired"_s);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toString(), m_tokens[0]);
    QCOMPARE(changed.first().at(1).value<OtpMessage::State>(), OtpMessage::State::Expired);
    const QString code = m_api.server->message(1)->code;
    QCOMPARE(m_api.verify(m_tokens[0], code)
                 ->json()
                 .value(u"errors"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"message"_s)
                 .toString(),
             u"Token is expire."_s);

    const auto again
        = m_api.call("POST", "/sandbox/v1/tokens/" + m_tokens[0].toLatin1() + "/expire");
    QCOMPARE(again->status(), 400);
    QCOMPARE(again->json().value(u"error"_s).toString(), u"token_not_pending"_s);
    const auto unknown
        = m_api.call("POST", "/sandbox/v1/tokens/" + QByteArray(32, 'x') + "/expire");
    QCOMPARE(unknown->status(), 404);
    QCOMPARE(unknown->json().value(u"error"_s).toString(), u"unknown_token"_s);
}

void TestSandboxControlApi::clockAdvancesAndResets()
{
    QSignalSpy clockChanged(m_api.server.get(), &SandboxServer::clockChanged);
    QSignalSpy stateChanged(m_api.server.get(), &SandboxServer::messageStateChanged);
    const auto early = m_api.call("POST", "/sandbox/v1/clock", R"({"advanceSeconds":299})");
    QCOMPARE(early->body(), R"({"clockOffsetSeconds":299})"_ba);
    QTRY_COMPARE(clockChanged.size(), 1);
    QCOMPARE(clockChanged.first().first().toLongLong(), 299);
    QCOMPARE(m_api.server->clockOffsetSeconds(), 299);
    QTest::qWait(50);
    QCOMPARE(stateChanged.size(), 0); // 5 minutes are not up yet
    // A token made now lives by the moved clock.
    const QString late = m_api.request(u"0833333333"_s);
    QCOMPARE(m_api.server->message(4)->createdAt, m_api.clock->now().addSecs(299));
    // OTP answers say the clock is moved, so a client can tell why a code expired early.
    const auto moved = m_api.verify(late, u"0000"_s);
    QCOMPARE(moved->header("X-Otp-Sandbox-Clock-Offset"), "299"_ba);

    QCOMPARE(m_api.call("POST", "/sandbox/v1/clock", R"({"advanceSeconds":1})")->status(), 200);
    QTRY_COMPARE(stateChanged.size(), 3); // the three of init(), at once
    QCOMPARE(
        m_api.call("GET", "/sandbox/v1/messages?state=expired")->json().value(u"total"_s).toInt(),
        3);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/info")->json().value(u"clockOffsetSeconds"_s).toInt(),
             300);

    QCOMPARE(m_api.call("POST", "/sandbox/v1/clock", R"({"reset":true})")->body(),
             R"({"clockOffsetSeconds":0})"_ba);
    QTRY_COMPARE(clockChanged.size(), 3);
    QCOMPARE(m_api.server->clockOffsetSeconds(), 0);
    QCOMPARE(m_api.server->message(4)->state, OtpMessage::State::Pending);
    QVERIFY(!late.isEmpty());
    const auto real = m_api.verify(late, u"0000"_s);
    QCOMPARE(real->status(), 400); // a wrong PIN, answered by the sandbox's real rules
    QVERIFY(real->header("X-Otp-Sandbox-Clock-Offset").isEmpty());
}

void TestSandboxControlApi::clockValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("not JSON") << "advance=5"_ba << u"invalid_json"_s;
    QTest::newRow("empty object") << "{}"_ba << u"bad_parameter"_s;
    QTest::newRow("negative") << R"({"advanceSeconds":-5})"_ba << u"bad_parameter"_s;
    QTest::newRow("fraction") << R"({"advanceSeconds":1.5})"_ba << u"bad_parameter"_s;
    QTest::newRow("text") << R"({"advanceSeconds":"5"})"_ba << u"bad_parameter"_s;
    QTest::newRow("reset false") << R"({"reset":false})"_ba << u"bad_parameter"_s;
    QTest::newRow("both") << R"({"reset":true,"advanceSeconds":5})"_ba << u"bad_parameter"_s;
}

void TestSandboxControlApi::clockValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const auto answer = m_api.call("POST", "/sandbox/v1/clock", body);
    QCOMPARE(answer->status(), 400);
    QCOMPARE(answer->json().value(u"error"_s).toString(), error);
    QCOMPARE(m_api.server->clockOffsetSeconds(), 0);
}

void TestSandboxControlApi::cppCallsMatchTheApi()
{
    QSignalSpy stateChanged(m_api.server.get(), &SandboxServer::messageStateChanged);
    QSignalSpy clockChanged(m_api.server.get(), &SandboxServer::clockChanged);
    QSignalSpy deleted(m_api.server.get(), &SandboxServer::messagesDeleted);

    QVERIFY(m_api.server->expireToken(m_tokens[1]));
    QVERIFY(!m_api.server->expireToken(m_tokens[1])); // no longer pending
    QVERIFY(!m_api.server->expireToken(u"unknown"_s));
    QTRY_COMPARE(stateChanged.size(), 1);
    QCOMPARE(m_api.server->message(2)->state, OtpMessage::State::Expired);

    m_api.server->advanceClock(600);
    QCOMPARE(clockChanged.size(), 1);
    QCOMPARE(m_api.server->clockOffsetSeconds(), 600);
    QTRY_COMPARE(stateChanged.size(), 3);
    m_api.server->resetClock();
    QCOMPARE(m_api.server->clockOffsetSeconds(), 0);
    QCOMPARE(clockChanged.size(), 2);

    SandboxMessageFilter filter;
    filter.msisdn = u"+66811111111"_s;
    QCOMPARE(m_api.server->messages(filter).total, 2);
    QCOMPARE(m_api.server->latestMessage(filter)->token, m_tokens[2]);
    QCOMPARE(m_api.server->messages({}, 1, 1).messages.first().token, m_tokens[1]);
    QCOMPARE(m_api.server->deleteMessages(filter), (QList<qint64>{1, 3}));
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/info")->json().value(u"messages"_s).toInt(), 1);
}

void TestSandboxControlApi::routingErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("allow");

    QTest::newRow("unknown route")
        << "GET"_ba
        << "/sandbox/v1/nothing"_ba << 404 << u"not_found"_s << QByteArray();
    QTest::newRow("prefix alone") << "GET"_ba
                                  << "/sandbox/v1"_ba << 404 << u"not_found"_s << QByteArray();
    QTest::newRow("trailing slash")
        << "GET"_ba
        << "/sandbox/v1/info/"_ba << 404 << u"not_found"_s << QByteArray();
    QTest::newRow("expire without token")
        << "POST"_ba
        << "/sandbox/v1/tokens//expire"_ba << 404 << u"not_found"_s << QByteArray();
    QTest::newRow("POST info") << "POST"_ba
                               << "/sandbox/v1/info"_ba << 405 << u"method_not_allowed"_s
                               << "GET"_ba;
    QTest::newRow("PUT messages") << "PUT"_ba
                                  << "/sandbox/v1/messages"_ba << 405 << u"method_not_allowed"_s
                                  << "GET, DELETE"_ba;
    QTest::newRow("DELETE latest")
        << "DELETE"_ba
        << "/sandbox/v1/messages/latest"_ba << 405 << u"method_not_allowed"_s << "GET"_ba;
    QTest::newRow("POST faults") << "POST"_ba
                                 << "/sandbox/v1/faults"_ba << 405 << u"method_not_allowed"_s
                                 << "GET, PUT, DELETE"_ba;
    QTest::newRow("GET clock") << "GET"_ba
                               << "/sandbox/v1/clock"_ba << 405 << u"method_not_allowed"_s
                               << "POST"_ba;
    QTest::newRow("GET expire") << "GET"_ba
                                << "/sandbox/v1/tokens/abc/expire"_ba << 405
                                << u"method_not_allowed"_s << "POST"_ba;
}

void TestSandboxControlApi::routingErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QByteArray, allow);
    const auto answer = m_api.call(method, path);
    QCOMPARE(answer->status(), status);
    QCOMPARE(answer->header("Content-Type"), "application/json; charset=utf-8"_ba);
    QCOMPARE(answer->json().value(u"error"_s).toString(), error);
    QVERIFY(!answer->json().value(u"message"_s).toString().isEmpty());
    QCOMPARE(answer->header("Allow"), allow);
}

void TestSandboxControlApi::bodyOverLimitIs413()
{
    const QByteArray big = R"({"latencyMs":1,"pad":")" + QByteArray(70 * 1024, 'x') + "\"}";
    const auto answer = m_api.call("PUT", "/sandbox/v1/faults", big);
    QCOMPARE(answer->status(), 413);
    QCOMPARE(answer->header("Content-Type"), "application/json; charset=utf-8"_ba);
    QCOMPARE(answer->json().value(u"error"_s).toString(), u"body_too_large"_s);
    QCOMPARE(m_api.server->faults(), SandboxFaults());
}

void TestSandboxControlApi::bearerTokenGiven()
{
    m_api.server.reset();
    SandboxServerOptions options;
    options.apiToken = u"s3cret-token"_s;
    const Result<SandboxListening> started = m_api.start(options);
    QVERIFY(started.ok());
    QCOMPARE(started.value.apiToken, u"s3cret-token"_s);
    QVERIFY(!started.value.apiTokenGenerated);

    const auto none = m_api.call("GET", "/sandbox/v1/info");
    QCOMPARE(none->status(), 401);
    QCOMPARE(none->header("WWW-Authenticate"), "Bearer"_ba);
    QCOMPARE(none->json().value(u"error"_s).toString(), u"unauthorized"_s);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/nothing")->status(), 401); // routes are not told
    QCOMPARE(m_api.call("GET", "/sandbox/v1/info", {}, "Authorization: Bearer s3cret-tokeN\r\n")
                 ->status(),
             401);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/info", {}, "Authorization: Basic s3cret-token\r\n")
                 ->status(),
             401);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/info", {}, "Authorization: Bearer s3cret-token\r\n")
                 ->status(),
             200);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/info", {}, "authorization: bearer  s3cret-token\r\n")
                 ->status(),
             200);
    // The OTP API is unchanged: no token asked.
    QVERIFY(!m_api.request(u"0811111111"_s).isEmpty());
    QCOMPARE(m_api.call("GET", "/health")->status(), 200);
}

void TestSandboxControlApi::bearerTokenGeneratedOffLoopback()
{
    m_api.server.reset();
    SandboxServerOptions options;
    options.bindAddress = QHostAddress(QHostAddress::AnyIPv4); // reached here through 127.0.0.1
    options.allowNonLoopback = true;
    const Result<SandboxListening> started = m_api.start(options);
    QVERIFY2(started.ok(), qPrintable(started.error));
    QVERIFY(started.value.apiTokenGenerated);
    QCOMPARE(started.value.apiToken.size(), 32);
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{32}$"_s).match(started.value.apiToken).hasMatch());

    QCOMPARE(m_api.call("GET", "/sandbox/v1/messages")->status(), 401);
    const QByteArray header = "Authorization: Bearer " + started.value.apiToken.toLatin1() + "\r\n";
    QCOMPARE(m_api.call("GET", "/sandbox/v1/messages", {}, header)->status(), 200);

    // A new start, a new token; on loopback without a token the API is open again.
    m_api.server->stop();
    const Result<SandboxListening> again = m_api.startAgain(options);
    QVERIFY(again.ok());
    QVERIFY(again.value.apiToken != started.value.apiToken);
    m_api.server.reset();
    QCOMPARE(m_api.start().value.apiToken, QString());
    QCOMPARE(m_api.call("GET", "/sandbox/v1/messages")->status(), 200);
}

void TestSandboxControlApi::firstMessageIdAndCapacity()
{
    m_api.server.reset();
    SandboxServerOptions options;
    options.firstMessageId = 500;
    options.messageCapacity = 2;
    QVERIFY(m_api.start(options).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(!m_api.request(u"0811111111"_s).isEmpty());
    const QJsonObject page = m_api.call("GET", "/sandbox/v1/messages")->json();
    QCOMPARE(page.value(u"total"_s).toInt(), 2);
    const QJsonArray messages = page.value(u"messages"_s).toArray();
    QCOMPARE(messages.at(0).toObject().value(u"id"_s).toInt(), 502);
    QCOMPARE(messages.at(1).toObject().value(u"id"_s).toInt(), 501);
    QCOMPARE(m_api.call("GET", "/sandbox/v1/messages/500")->status(), 404); // dropped

    // Ids never go back across a restart, whatever firstMessageId says.
    m_api.server->stop();
    options.firstMessageId = 1;
    QVERIFY(m_api.startAgain(options).ok());
    QVERIFY(!m_api.request(u"0811111111"_s).isEmpty());
    QCOMPARE(m_api.call("GET", "/sandbox/v1/messages/latest")->json().value(u"id"_s).toInt(), 503);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    for (const bool ownThread : {true, false}) {
        qInfo("--- the server on %s ---", ownThread ? "its own thread" : "the test's thread");
        TestSandboxControlApi test(ownThread);
        failed += QTest::qExec(&test, argc, argv);
    }
    return failed;
}

#include "tst_sandboxcontrolapi.moc"

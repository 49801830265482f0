// The sandbox's message log (ids, capacity, indexes, filters, paging, delete) and the JSON the
// control API writes for messages and faults.
#include "sandbox/SandboxFaultsJson.h"
#include "sandbox/SandboxMessageJson.h"
#include "sandbox/SandboxMessageLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

OtpMessage sms(const QString &token, const QString &msisdn = u"+66811111111"_s,
               const QString &app = u"Shop"_s)
{
    OtpMessage message;
    message.token = token;
    message.msisdn = msisdn;
    message.appName = app;
    message.appKey = app + u"-key"_s;
    message.createdAt = QDateTime::fromMSecsSinceEpoch(1704067200000, Qt::UTC);
    return message;
}

QStringList tokensOf(const QList<OtpMessage> &messages)
{
    QStringList tokens;
    for (const OtpMessage &message : messages)
        tokens << message.token;
    return tokens;
}

} // namespace

class TestSandboxMessageLog : public QObject
{
    Q_OBJECT

private slots:
    void idsAreMonotonicAndBounded();
    void capacityZeroKeepsNothing();
    void stateAndAttemptsFollowTheToken();
    void pendingMessagesNotHeldBecomeLost();
    void queryFiltersAndPages();
    void latestUsesTheNumbersIndexAfterTrimAndDelete();
    void removeFiltered();
    void messageJsonIsExact();
    void faultsJsonRoundTrip_data();
    void faultsJsonRoundTrip();
    void failTextNamesOneRow();
};

void TestSandboxMessageLog::idsAreMonotonicAndBounded()
{
    SandboxMessageLog log(3);
    log.raiseNextId(10);
    for (int i = 0; i < 5; ++i) {
        OtpMessage message = sms(u"t%1"_s.arg(i));
        QCOMPARE(log.add(message), 10 + i);
        QCOMPARE(message.id, 10 + i);
    }
    QCOMPARE(log.size(), 3);
    QCOMPARE(tokensOf(log.messages()), (QStringList{u"t2"_s, u"t3"_s, u"t4"_s}));
    QVERIFY(!log.byId(11));
    QCOMPARE(log.byId(12)->token, u"t2"_s);
    log.raiseNextId(5); // never back
    OtpMessage next = sms(u"t5"_s);
    QCOMPARE(log.add(next), 15);
    log.setCapacity(1);
    QCOMPARE(tokensOf(log.messages()), QStringList{u"t5"_s});
    QVERIFY(!log.byToken(u"t4"_s));
}

void TestSandboxMessageLog::capacityZeroKeepsNothing()
{
    SandboxMessageLog log(0);
    OtpMessage message = sms(u"t"_s);
    QCOMPARE(log.add(message), 1); // an id all the same
    QCOMPARE(log.size(), 0);
    QVERIFY(!log.setState(u"t"_s, OtpMessage::State::Verified));
    QVERIFY(!log.latest({}));
}

void TestSandboxMessageLog::stateAndAttemptsFollowTheToken()
{
    SandboxMessageLog log;
    OtpMessage message = sms(u"t"_s);
    log.add(message);
    QVERIFY(log.setAttempts(u"t"_s, 2));
    QVERIFY(log.setState(u"t"_s, OtpMessage::State::Burned));
    QCOMPARE(log.byToken(u"t"_s)->attempts, 2);
    QCOMPARE(log.byId(1)->state, OtpMessage::State::Burned);
    QVERIFY(!log.setState(u"other"_s, OtpMessage::State::Verified));
}

// A restart without the tokens: what is still pending reads "lost" (the control API shows
// it), apart from the tokens handed back; finished messages keep their state.
void TestSandboxMessageLog::pendingMessagesNotHeldBecomeLost()
{
    SandboxMessageLog log;
    for (const QString &token : {u"kept"_s, u"gone"_s, u"used"_s}) {
        OtpMessage message = sms(token);
        log.add(message);
    }
    QVERIFY(log.setState(u"used"_s, OtpMessage::State::Verified));

    QCOMPARE(log.markPendingLost({u"kept"_s}), 1);
    QCOMPARE(log.byToken(u"kept"_s)->state, OtpMessage::State::Pending);
    QCOMPARE(log.byToken(u"gone"_s)->state, OtpMessage::State::Lost);
    QCOMPARE(log.byToken(u"used"_s)->state, OtpMessage::State::Verified);
    SandboxMessageFilter lost;
    lost.state = OtpMessage::State::Lost;
    QCOMPARE(tokensOf(log.query(lost, 0, 10).messages), QStringList{u"gone"_s});

    QCOMPARE(log.markPendingLost(), 1); // nothing held: every pending one
    QCOMPARE(log.byToken(u"kept"_s)->state, OtpMessage::State::Lost);
    QCOMPARE(log.markPendingLost(), 0);
}

void TestSandboxMessageLog::queryFiltersAndPages()
{
    SandboxMessageLog log;
    for (int i = 0; i < 6; ++i) {
        OtpMessage message = sms(u"t%1"_s.arg(i), i % 2 ? u"+66822222222"_s : u"+66811111111"_s,
                                 i < 3 ? u"Shop"_s : u"Bank"_s);
        log.add(message);
    }
    log.setState(u"t4"_s, OtpMessage::State::Verified);

    SandboxMessageFilter number;
    number.msisdn = u"+66811111111"_s;
    QCOMPARE(tokensOf(log.query(number, 0, 50).messages), (QStringList{u"t4"_s, u"t2"_s, u"t0"_s}));
    const SandboxMessageLog::Page page = log.query({}, 2, 2);
    QCOMPARE(page.total, 6);
    QCOMPARE(tokensOf(page.messages), (QStringList{u"t3"_s, u"t2"_s}));
    SandboxMessageFilter app;
    app.app = u"Bank-key"_s;
    QCOMPARE(log.query(app, 0, 50).total, 3);
    SandboxMessageFilter state;
    state.state = OtpMessage::State::Verified;
    QCOMPARE(tokensOf(log.query(state, 0, 50).messages), QStringList{u"t4"_s});
    SandboxMessageFilter after = number;
    after.afterId = 3;
    QCOMPARE(tokensOf(log.query(after, 0, 50).messages), QStringList{u"t4"_s});
    QCOMPARE(log.query({}, 0, 0).total, 6); // a count without messages
}

void TestSandboxMessageLog::latestUsesTheNumbersIndexAfterTrimAndDelete()
{
    SandboxMessageLog log(4);
    for (int i = 0; i < 6; ++i) {
        OtpMessage message = sms(u"t%1"_s.arg(i), u"+668%1"_s.arg(i % 3));
        log.add(message);
    }
    // Kept: t2..t5; +6680 has t3, +6681 has t4, +6682 has t2 and t5.
    SandboxMessageFilter filter;
    filter.msisdn = u"+6682"_s;
    QCOMPARE(log.latest(filter)->token, u"t5"_s);
    filter.afterId = 6;
    QVERIFY(!log.latest(filter));
    filter.msisdn = u"+6680"_s;
    filter.afterId = 0;
    QCOMPARE(log.latest(filter)->token, u"t3"_s);
    log.remove(filter);
    QVERIFY(!log.latest(filter));
    QCOMPARE(log.latest({})->token, u"t5"_s);
}

void TestSandboxMessageLog::removeFiltered()
{
    SandboxMessageLog log;
    for (int i = 0; i < 4; ++i) {
        OtpMessage message = sms(u"t%1"_s.arg(i), i % 2 ? u"+66822222222"_s : u"+66811111111"_s);
        log.add(message);
    }
    SandboxMessageFilter filter;
    filter.msisdn = u"+66822222222"_s;
    QCOMPARE(log.remove(filter), (QList<qint64>{2, 4}));
    QCOMPARE(tokensOf(log.messages()), (QStringList{u"t0"_s, u"t2"_s}));
    QVERIFY(!log.byToken(u"t1"_s));
    QVERIFY(!log.setState(u"t3"_s, OtpMessage::State::Expired));
    QCOMPARE(log.byId(3)->token, u"t2"_s);
    QCOMPARE(log.remove({}), (QList<qint64>{1, 3}));
    QCOMPARE(log.size(), 0);
}

void TestSandboxMessageLog::messageJsonIsExact()
{
    OtpMessage message = sms(u"tok"_s);
    message.id = 7;
    message.text = u"รหัส \"1234\""_s;
    message.code = u"1234"_s;
    message.refno = u"AB12C"_s;
    message.state = OtpMessage::State::Burned;
    message.attempts = 5;
    message.expiresAt = message.createdAt.addSecs(300);
    QCOMPARE(
        SandboxMessageJson::message(message),
        R"({"id":7,"app":"Shop","appKey":"Shop-key","msisdn":"+66811111111","text":"รหัส \"1234\"","code":"1234","refno":"AB12C","token":"tok","state":"burned","attempts":5,"createdAt":"2024-01-01T00:00:00.000Z","expiresAt":"2024-01-01T00:05:00.000Z"})"_ba);
    const QByteArray page = SandboxMessageJson::page(9, 2, {message, message});
    const QJsonObject object = QJsonDocument::fromJson(page).object();
    QCOMPARE(object.value(u"total"_s).toInt(), 9);
    QCOMPARE(object.value(u"start"_s).toInt(), 2);
    QCOMPARE(object.value(u"messages"_s).toArray().size(), 2);
    QCOMPARE(SandboxMessageJson::page(0, 0, {}), R"({"total":0,"start":0,"messages":[]})"_ba);
}

void TestSandboxMessageLog::faultsJsonRoundTrip_data()
{
    QTest::addColumn<SandboxFaults>("faults");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("none")
        << SandboxFaults()
        << R"({"latencyMs":0,"jitterMs":0,"fail":null,"rate":null,"next":null})"_ba;
    QTest::newRow("latency") << SandboxFaults::latency(
        200, 50) << R"({"latencyMs":200,"jitterMs":50,"fail":null,"rate":null,"next":null})"_ba;
    QTest::newRow("error always")
        << SandboxFaults::error(41)
        << R"({"latencyMs":0,"jitterMs":0,"fail":"ERROR_INSUFFICIENT_CREDIT","rate":null,"next":null})"_ba;
    QTest::newRow("drop next") << SandboxFaults::drop(
        SandboxFaults::Scope::NextRequests,
        2) << R"({"latencyMs":0,"jitterMs":0,"fail":"drop","rate":null,"next":2})"_ba;
    QTest::newRow("error rate")
        << SandboxFaults::error(41, SandboxFaults::Scope::Fraction, 0, 0.5)
        << R"({"latencyMs":0,"jitterMs":0,"fail":"ERROR_INSUFFICIENT_CREDIT","rate":0.500000,"next":null})"_ba;
}

void TestSandboxMessageLog::faultsJsonRoundTrip()
{
    QFETCH(SandboxFaults, faults);
    QFETCH(QByteArray, json);
    QCOMPARE(SandboxFaultsJson::write(faults), json);
    const Result<SandboxFaults> read = SandboxFaultsJson::read(json);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value, faults);
}

void TestSandboxMessageLog::failTextNamesOneRow()
{
    // Every catalog row reads back through its text, whatever it shares with others; except
    // row 63 ("Code is correct." with HTTP 400), which no text names apart from row 1 (as for
    // otpctl's --fail): its text then names row 1's message.
    for (int row = 1; row <= 63; ++row) {
        const SandboxFaults faults = SandboxFaults::error(row);
        const QString text = SandboxFaultsJson::failText(faults);
        SandboxFaults read;
        QVERIFY2(SandboxFaultsJson::readFail(text, &read), qPrintable(text));
        const int expected = row == 63 ? 1 : row;
        QVERIFY2(read.errorRow == expected,
                 qPrintable(u"row %1 as %2 reads as %3"_s.arg(row).arg(text).arg(read.errorRow)));
    }
}

QTEST_GUILESS_MAIN(TestSandboxMessageLog)
#include "tst_sandboxmessagelog.moc"

#include "storage/Database.h"
#include "storage/InboxRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime T0 = QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());

OtpMessage message(const QUuid &appId, int minutesAfterT0, const QString &code)
{
    OtpMessage sms;
    sms.appId = appId;
    sms.appName = u"ร้านกาแฟ"_s;
    sms.msisdn = u"0812345678"_s;
    sms.text = u"รหัส OTP ของคุณคือ %1 (Ref: T3A57) ใช้ได้ 5 นาที"_s.arg(code);
    sms.code = code;
    sms.refno = u"T3A57"_s;
    sms.token = u"tok-"_s + code;
    sms.createdAt = T0.addSecs(minutesAfterT0 * 60);
    sms.expiresAt = sms.createdAt.addSecs(5 * 60);
    return sms;
}
} // namespace

class TestInboxRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsEveryColumn();
    void listsNewestFirstAndByApp();
    void updatesState_data();
    void updatesState();
    void storesEveryStateAsItIs_data();
    void storesEveryStateAsItIs();
    void updateOfMissingMessageReportsIt();
    void expiresOnlyPendingPastExpiry();
    void settlesPendingMessagesNoSandboxHolds();
    void clearsOneAppOrAll();
    void pagesByPositionReachEveryMessage();
    void findsByToken();
    void searchesWhatTheTableShows_data();
    void searchesWhatTheTableShows();
    void matchesOneMessageAgainstAFilter();
    void queryPlansUseTheIndexes_data();
    void queryPlansUseTheIndexes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_app = QUuid::createUuid();
    QUuid m_other = QUuid::createUuid();
};

void TestInboxRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isUsable());
}

void TestInboxRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestInboxRepository::roundTripsEveryColumn()
{
    InboxRepository inbox(*m_db);
    OtpMessage sms = message(m_app, 0, u"093892"_s);
    const Result<qint64> id = inbox.append(sms);
    QVERIFY2(id.ok(), qPrintable(id.error));
    sms.id = id.value;
    QCOMPARE(inbox.list(), QList<OtpMessage>{sms});
    QCOMPARE(*inbox.find(sms.id), sms);
    QVERIFY(!inbox.find(sms.id + 100).has_value());
}

void TestInboxRepository::listsNewestFirstAndByApp()
{
    InboxRepository inbox(*m_db);
    QVERIFY(inbox.append(message(m_app, 1, u"111111"_s)).ok());
    QVERIFY(inbox.append(message(m_other, 2, u"222222"_s)).ok());
    QVERIFY(inbox.append(message(m_app, 3, u"333333"_s)).ok());
    const QList<OtpMessage> all = inbox.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).code, u"333333"_s);
    QCOMPARE(all.at(2).code, u"111111"_s);
    const QList<OtpMessage> mine = inbox.list(m_app);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).code, u"333333"_s);
    QCOMPARE(inbox.list(std::nullopt, 1).size(), 1);
}

void TestInboxRepository::updatesState_data()
{
    QTest::addColumn<OtpMessage::State>("state");
    QTest::newRow("verified") << OtpMessage::State::Verified;
    QTest::newRow("expired") << OtpMessage::State::Expired;
    QTest::newRow("burned") << OtpMessage::State::Burned;
    QTest::newRow("evicted") << OtpMessage::State::Evicted;
}

void TestInboxRepository::updatesState()
{
    QFETCH(OtpMessage::State, state);
    InboxRepository inbox(*m_db);
    const qint64 id = inbox.append(message(m_app, 0, u"093892"_s)).value;
    const Result<bool> updated = inbox.updateState(id, state);
    QVERIFY(updated.ok());
    QVERIFY(updated.value);
    QCOMPARE(inbox.find(id)->state, state);
}

void TestInboxRepository::storesEveryStateAsItIs_data()
{
    QTest::addColumn<OtpMessage::State>("state");
    for (const OtpMessage::State state : enumValues<OtpMessage::State>())
        QTest::newRow(qPrintable(enumId(state))) << state;
}

void TestInboxRepository::storesEveryStateAsItIs()
{
    // An evicted message (dropped to keep the sandbox under its token cap) was never burned by
    // wrong PINs: it is stored and read back as evicted, under its own id.
    QFETCH(OtpMessage::State, state);
    InboxRepository inbox(*m_db);
    OtpMessage sms = message(m_app, 0, u"093892"_s);
    sms.state = state;
    const Result<qint64> id = inbox.append(sms);
    QVERIFY2(id.ok(), qPrintable(id.error));
    QCOMPARE(inbox.find(id.value)->state, state);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT state FROM inbox WHERE id = %1"_s.arg(id.value)) && query.next());
    QCOMPARE(query.value(0).toString(), enumId(state));
}

void TestInboxRepository::updateOfMissingMessageReportsIt()
{
    InboxRepository inbox(*m_db);
    const Result<bool> updated = inbox.updateState(999, OtpMessage::State::Verified);
    QVERIFY(updated.ok());
    QVERIFY(!updated.value);
}

void TestInboxRepository::expiresOnlyPendingPastExpiry()
{
    InboxRepository inbox(*m_db);
    const qint64 old = inbox.append(message(m_app, 0, u"111111"_s)).value; // expires T0+5
    const qint64 verified = inbox.append(message(m_app, 1, u"222222"_s)).value; // T0+6
    const qint64 fresh = inbox.append(message(m_app, 10, u"333333"_s)).value; // T0+15
    QVERIFY(inbox.updateState(verified, OtpMessage::State::Verified).ok());

    const Result<int> expired = inbox.expirePending(T0.addSecs(7 * 60));
    QVERIFY(expired.ok());
    QCOMPARE(expired.value, 1);
    QCOMPARE(inbox.find(old)->state, OtpMessage::State::Expired);
    QCOMPARE(inbox.find(verified)->state, OtpMessage::State::Verified);
    QCOMPARE(inbox.find(fresh)->state, OtpMessage::State::Pending);
}

void TestInboxRepository::settlesPendingMessagesNoSandboxHolds()
{
    InboxRepository inbox(*m_db);
    const qint64 lapsed = inbox.append(message(m_app, 0, u"111111"_s)).value; // expires T0+5
    const qint64 lost = inbox.append(message(m_app, 4, u"222222"_s)).value; // T0+9
    const qint64 held = inbox.append(message(m_other, 5, u"333333"_s)).value; // T0+10
    const qint64 verified = inbox.append(message(m_app, 6, u"444444"_s)).value;
    QVERIFY(inbox.updateState(verified, OtpMessage::State::Verified).ok());

    const Result<QList<InboxRepository::StateChange>> settled
        = inbox.settleUnheld({u"tok-333333"_s}, T0.addSecs(7 * 60));
    QVERIFY2(settled.ok(), qPrintable(settled.error));
    QCOMPARE(settled.value.size(), 2);
    QCOMPARE(inbox.find(lapsed)->state, OtpMessage::State::Expired);
    QCOMPARE(inbox.find(lost)->state, OtpMessage::State::Lost);
    QCOMPARE(inbox.find(held)->state, OtpMessage::State::Pending);
    QCOMPARE(inbox.find(verified)->state, OtpMessage::State::Verified);
    for (const InboxRepository::StateChange &change : settled.value)
        QCOMPARE(inbox.find(change.id)->state, change.state);

    // Nothing pending is left unheld: a second pass changes nothing.
    QVERIFY(inbox.settleUnheld({u"tok-333333"_s}, T0.addSecs(60 * 60)).value.isEmpty());
}

void TestInboxRepository::clearsOneAppOrAll()
{
    InboxRepository inbox(*m_db);
    QVERIFY(inbox.append(message(m_app, 1, u"111111"_s)).ok());
    QVERIFY(inbox.append(message(m_other, 2, u"222222"_s)).ok());
    QCOMPARE(inbox.clear(m_other).value, 1);
    QCOMPARE(inbox.list().size(), 1);
    QCOMPARE(inbox.clear().value, 1);
    QVERIFY(inbox.list().isEmpty());
}

void TestInboxRepository::pagesByPositionReachEveryMessage()
{
    InboxRepository inbox(*m_db);
    for (int i = 0; i < 50; ++i) // two per minute: ties on created_at go by id
        QVERIFY(inbox.append(message(i % 3 ? m_app : m_other, i / 2, u"%1"_s.arg(i))).ok());
    QList<qint64> expected;
    for (const OtpMessage &sms : inbox.list())
        expected << sms.id;
    QList<qint64> walked;
    InboxFilter page;
    page.limit = 8;
    for (;;) {
        const QList<OtpMessage> got = inbox.list(page);
        for (const OtpMessage &sms : got)
            walked << sms.id;
        if (got.size() < page.limit)
            break;
        page.after = InboxFilter::Position{got.last().createdAt, got.last().id};
    }
    QCOMPARE(walked, expected);
    QCOMPARE(walked.size(), 50);
    QCOMPARE(inbox.count(), 50);
}

void TestInboxRepository::findsByToken()
{
    InboxRepository inbox(*m_db);
    for (int i = 0; i < 20; ++i)
        QVERIFY(inbox.append(message(m_app, i, u"%1"_s.arg(100000 + i))).ok());
    const std::optional<OtpMessage> found = inbox.findByToken(u"tok-100007"_s);
    QVERIFY(found.has_value());
    QCOMPARE(found->code, u"100007"_s);
    QCOMPARE(found->appId, m_app);
    QVERIFY(!inbox.findByToken(u"tok-999999"_s).has_value());
    QVERIFY(!inbox.findByToken(u"tok-10000"_s).has_value()); // whole tokens only
    QVERIFY(!inbox.findByToken(QString()).has_value());
}

void TestInboxRepository::searchesWhatTheTableShows_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<OtpMessage::State>>("states"); // states whose shown name has it
    QTest::addColumn<QStringList>("found"); // codes found, newest first

    const QList<OtpMessage::State> none;
    QTest::newRow("app") << u"bakery"_s << none << QStringList{u"222222"_s};
    QTest::newRow("phone as the list shows it") << u"0899"_s << none << QStringList{u"333333"_s};
    QTest::newRow("code") << u"1111"_s << none << QStringList{u"111111"_s};
    QTest::newRow("text") << u"รหัส OTP"_s << none
                          << QStringList{u"333333"_s, u"222222"_s, u"111111"_s};
    QTest::newRow("reference") << u"xy_9"_s << none << QStringList{u"222222"_s};
    QTest::newRow("stored state") << u"VERIFIED"_s << none << QStringList{u"333333"_s};
    QTest::newRow("translated state")
        << u"หมดอายุ"_s << QList{OtpMessage::State::Expired} << QStringList{u"111111"_s};
    QTest::newRow("nothing") << u"zzz"_s << none << QStringList{};
}

void TestInboxRepository::searchesWhatTheTableShows()
{
    QFETCH(QString, search);
    QFETCH(QList<OtpMessage::State>, states);
    QFETCH(QStringList, found);
    InboxRepository inbox(*m_db);
    OtpMessage expired = message(m_app, 1, u"111111"_s);
    expired.state = OtpMessage::State::Expired;
    OtpMessage bakery = message(m_other, 2, u"222222"_s);
    bakery.appName = u"Bakery"_s;
    bakery.refno = u"XY_9"_s;
    OtpMessage verified = message(m_app, 3, u"333333"_s);
    verified.msisdn = u"+66899999999"_s;
    verified.state = OtpMessage::State::Verified;
    for (const OtpMessage &sms : {expired, bakery, verified})
        QVERIFY(inbox.append(sms).ok());

    InboxFilter filter;
    filter.search = search;
    filter.searchStates = states;
    QStringList codes;
    for (const OtpMessage &sms : inbox.list(filter))
        codes << sms.code;
    QCOMPARE(codes, found);
    QCOMPARE(inbox.count(filter), qint64(found.size()));
}

void TestInboxRepository::matchesOneMessageAgainstAFilter()
{
    InboxRepository inbox(*m_db);
    const qint64 mine = inbox.append(message(m_app, 1, u"111111"_s)).value;
    const qint64 other = inbox.append(message(m_other, 2, u"222222"_s)).value;
    InboxFilter filter;
    filter.search = u"2222"_s;
    QVERIFY(inbox.matches(other, filter));
    QVERIFY(!inbox.matches(mine, filter));
    filter.search.clear();
    filter.appId = m_app;
    QVERIFY(inbox.matches(mine, filter));
    QVERIFY(!inbox.matches(other, filter));
}

// The query shapes of list(), findByToken() read the indexes of migration 3 and version 1.
void TestInboxRepository::queryPlansUseTheIndexes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("plan");
    const QString select = u"SELECT id, app_id, app_name, msisdn, text, code, refno, token, "
                           "created_at, expires_at, state FROM inbox "_s;
    const QString order = u" ORDER BY created_at DESC, id DESC LIMIT 200"_s;
    QTest::newRow("first page") << select + order.mid(1) << u"SCAN inbox USING INDEX inbox_time"_s;
    QTest::newRow("page after a message") << select + u"WHERE (created_at, id) < (?, ?)"_s
            + order << u"SEARCH inbox USING INDEX inbox_time (created_at<?)"_s;
    QTest::newRow("one app's page") << select + u"WHERE app_id = ? AND (created_at, id) < (?, ?)"_s
            + order << u"SEARCH inbox USING INDEX inbox_app_time (app_id=? AND created_at<?)"_s;
    QTest::newRow("by token") << select + u"WHERE token = ?"_s + order
                              << u"SEARCH inbox USING INDEX inbox_token (token=?)"_s;
    QTest::newRow("pending messages")
        << u"SELECT id, token, expires_at FROM inbox WHERE state = 'pending'"_s
        << u"SCAN inbox USING INDEX inbox_pending"_s;
}

void TestInboxRepository::queryPlansUseTheIndexes()
{
    QFETCH(QString, sql);
    QFETCH(QString, plan);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.prepare(u"EXPLAIN QUERY PLAN "_s + sql));
    for (qsizetype i = 0; i < sql.count(u'?'); ++i)
        query.addBindValue(0);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QStringList details;
    while (query.next())
        details << query.value(3).toString();
    QVERIFY2(details.join(u'\n').contains(plan), qPrintable(details.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestInboxRepository)
#include "tst_inboxrepository.moc"

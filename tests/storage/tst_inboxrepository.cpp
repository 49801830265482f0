#include "storage/Database.h"
#include "storage/InboxRepository.h"

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
    void clearsOneAppOrAll();

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

QTEST_GUILESS_MAIN(TestInboxRepository)
#include "tst_inboxrepository.moc"

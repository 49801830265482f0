#include "storage/Database.h"
#include "storage/InboxRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime T0 = QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());

InboxMessage message(const QUuid &appId, int minutesAfterT0, const QString &code)
{
    InboxMessage sms;
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
    InboxMessage sms = message(m_app, 0, u"093892"_s);
    const Result<qint64> id = inbox.append(sms);
    QVERIFY2(id.ok(), qPrintable(id.error));
    sms.id = id.value;
    QCOMPARE(inbox.list(), QList<InboxMessage>{sms});
    QCOMPARE(*inbox.find(sms.id), sms);
    QVERIFY(!inbox.find(sms.id + 100).has_value());
}

void TestInboxRepository::listsNewestFirstAndByApp()
{
    InboxRepository inbox(*m_db);
    QVERIFY(inbox.append(message(m_app, 1, u"111111"_s)).ok());
    QVERIFY(inbox.append(message(m_other, 2, u"222222"_s)).ok());
    QVERIFY(inbox.append(message(m_app, 3, u"333333"_s)).ok());
    const QList<InboxMessage> all = inbox.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).code, u"333333"_s);
    QCOMPARE(all.at(2).code, u"111111"_s);
    const QList<InboxMessage> mine = inbox.list(m_app);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).code, u"333333"_s);
    QCOMPARE(inbox.list(std::nullopt, 1).size(), 1);
}

void TestInboxRepository::updatesState_data()
{
    QTest::addColumn<InboxMessage::State>("state");
    QTest::newRow("verified") << InboxMessage::State::Verified;
    QTest::newRow("expired") << InboxMessage::State::Expired;
    QTest::newRow("burned") << InboxMessage::State::Burned;
}

void TestInboxRepository::updatesState()
{
    QFETCH(InboxMessage::State, state);
    InboxRepository inbox(*m_db);
    const qint64 id = inbox.append(message(m_app, 0, u"093892"_s)).value;
    const Result<bool> updated = inbox.updateState(id, state);
    QVERIFY(updated.ok());
    QVERIFY(updated.value);
    QCOMPARE(inbox.find(id)->state, state);
}

void TestInboxRepository::updateOfMissingMessageReportsIt()
{
    InboxRepository inbox(*m_db);
    const Result<bool> updated = inbox.updateState(999, InboxMessage::State::Verified);
    QVERIFY(updated.ok());
    QVERIFY(!updated.value);
}

void TestInboxRepository::expiresOnlyPendingPastExpiry()
{
    InboxRepository inbox(*m_db);
    const qint64 old = inbox.append(message(m_app, 0, u"111111"_s)).value; // expires T0+5
    const qint64 verified = inbox.append(message(m_app, 1, u"222222"_s)).value; // T0+6
    const qint64 fresh = inbox.append(message(m_app, 10, u"333333"_s)).value; // T0+15
    QVERIFY(inbox.updateState(verified, InboxMessage::State::Verified).ok());

    const Result<int> expired = inbox.expirePending(T0.addSecs(7 * 60));
    QVERIFY(expired.ok());
    QCOMPARE(expired.value, 1);
    QCOMPARE(inbox.find(old)->state, InboxMessage::State::Expired);
    QCOMPARE(inbox.find(verified)->state, InboxMessage::State::Verified);
    QCOMPARE(inbox.find(fresh)->state, InboxMessage::State::Pending);
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

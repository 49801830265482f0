#include "sandbox/TokenStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Start = 1704067200000;
constexpr qint64 FiveMinutes = 5 * 60 * 1000;

QString token(int n)
{
    return u"tok_"_s + QString::number(n).rightJustified(28, u'0');
}

} // namespace

// The verify rules and the memory bounds of the token store.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void correctCodeUsesTheTokenUp();
    void wrongCodesBurnAfterFive();
    void expiryIsExclusive();
    void tokensBelongToTheirApp();
    void malformedInputIsRefused();
    void capacityDropsOldestFirst();
    void shrinkingTheCapacity();
    void tombstonesArePurgedAfterRetention();
    void expireDueFindsEveryDueToken();
    void recordsExportEveryTokenOldestFirst();
    void restoredTokensVerifyAsBefore();
    void restoredAttemptsKeepCounting();
    void restoredTokenExpiredMeanwhileAnswersExpired();
    void restoreSkipsWhatIsNotHeld_data();
    void restoreSkipsWhatIsNotHeld();
    void restoreKeepsTheCapacity();
    void expireEndsAPendingTokenNow();
    void attemptsAreCounted();

private:
    TokenStore::Changes m_changes;
    QUuid m_app = QUuid::createUuid();
};

void TestTokenStore::init()
{
    m_changes.clear();
}

void TestTokenStore::correctCodeUsesTheTokenUp()
{
    TokenStore store;
    QVERIFY(store.insert(token(1), m_app, u"012345", Start, Start + FiveMinutes, &m_changes));
    QCOMPARE(store.pendingCount(), 1);
    QCOMPARE(store.verify(token(1), m_app, u"012345", Start + 1, &m_changes),
             TokenStore::VerifyResult::Correct);
    QCOMPARE(store.pendingCount(), 0);
    QCOMPARE(store.size(), 1); // kept as a tombstone
    QCOMPARE(store.verify(token(1), m_app, u"012345", Start + 2, &m_changes),
             TokenStore::VerifyResult::Expired);
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes.first().token, token(1));
    QCOMPARE(m_changes.first().state, OtpMessage::State::Verified);
}

void TestTokenStore::wrongCodesBurnAfterFive()
{
    TokenStore store;
    QVERIFY(store.insert(token(1), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    for (const QStringView pin : {u"1235", u"", u"12345", u"123", u"abcd"}) {
        QCOMPARE(store.verify(token(1), m_app, pin, Start, &m_changes),
                 TokenStore::VerifyResult::WrongCode);
    }
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes.first().state, OtpMessage::State::Burned);
    QCOMPARE(store.verify(token(1), m_app, u"1234", Start, &m_changes),
             TokenStore::VerifyResult::Expired);
}

void TestTokenStore::expiryIsExclusive()
{
    TokenStore store;
    QVERIFY(store.insert(token(1), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    QVERIFY(store.insert(token(2), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    QCOMPARE(store.verify(token(1), m_app, u"1234", Start + FiveMinutes - 1, &m_changes),
             TokenStore::VerifyResult::Correct);
    QCOMPARE(store.verify(token(2), m_app, u"1234", Start + FiveMinutes, &m_changes),
             TokenStore::VerifyResult::Expired);
    QCOMPARE(m_changes.last().state, OtpMessage::State::Expired);
    // Even the right code does not revive it.
    QCOMPARE(store.verify(token(2), m_app, u"1234", Start, &m_changes),
             TokenStore::VerifyResult::Expired);
}

void TestTokenStore::tokensBelongToTheirApp()
{
    TokenStore store;
    const QUuid other = QUuid::createUuid();
    QVERIFY(store.insert(token(1), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(store.verify(token(1), other, u"1234", Start, &m_changes),
                 TokenStore::VerifyResult::WrongCode);
    }
    QCOMPARE(store.verify(token(1), m_app, u"1234", Start, &m_changes),
             TokenStore::VerifyResult::Correct);
    QCOMPARE(store.verify(token(9), m_app, u"1234", Start, &m_changes),
             TokenStore::VerifyResult::WrongCode);
}

void TestTokenStore::malformedInputIsRefused()
{
    TokenStore store;
    QVERIFY(!store.insert(u"short"_s, m_app, u"1234", Start, Start + 1, &m_changes));
    QVERIFY(!store.insert(u"ก"_s.repeated(32), m_app, u"1234", Start, Start + 1, &m_changes));
    QVERIFY(!store.insert(token(1), m_app, u"123456789", Start, Start + 1, &m_changes));
    QVERIFY(!store.insert(token(1), m_app, u"", Start, Start + 1, &m_changes));
    QVERIFY(store.insert(token(1), m_app, u"1234", Start, Start + 1, &m_changes));
    QVERIFY(!store.insert(token(1), m_app, u"9999", Start, Start + 1, &m_changes)); // duplicate
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.verify(u"tok_1"_s, m_app, u"1234", Start, &m_changes),
             TokenStore::VerifyResult::WrongCode);
}

void TestTokenStore::capacityDropsOldestFirst()
{
    TokenStore store(3);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(store.insert(token(i), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.pendingCount(), 3);
    QCOMPARE(m_changes.size(), 2);
    QCOMPARE(m_changes.at(0).token, token(1));
    QCOMPARE(m_changes.at(0).state, OtpMessage::State::Evicted);
    QCOMPARE(m_changes.at(1).token, token(2));
    QVERIFY(!store.contains(token(1)));
    QVERIFY(store.contains(token(3)));

    // A finished token is dropped silently: its state change was already reported.
    QCOMPARE(store.verify(token(3), m_app, u"1234", Start, &m_changes),
             TokenStore::VerifyResult::Correct);
    m_changes.clear();
    QVERIFY(store.insert(token(6), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    QVERIFY(m_changes.isEmpty());
    QVERIFY(!store.contains(token(3)));
}

void TestTokenStore::shrinkingTheCapacity()
{
    TokenStore store(10);
    for (int i = 1; i <= 6; ++i)
        QVERIFY(store.insert(token(i), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    store.setCapacity(2, &m_changes);
    QCOMPARE(store.size(), 2);
    QCOMPARE(m_changes.size(), 4);
    QVERIFY(store.contains(token(5)) && store.contains(token(6)));
}

void TestTokenStore::tombstonesArePurgedAfterRetention()
{
    TokenStore store;
    QVERIFY(store.insert(token(1), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    QVERIFY(store.insert(token(2), m_app, u"1234", Start, Start + 2 * FiveMinutes, &m_changes));
    const qint64 firstStale = Start + FiveMinutes + TokenStore::RetentionMs;
    store.expireDue(firstStale - 1, &m_changes);
    QCOMPARE(store.size(), 2);
    // Until then an expired token still answers "expired", not "unknown".
    QCOMPARE(store.verify(token(1), m_app, u"1234", firstStale - 1, &m_changes),
             TokenStore::VerifyResult::Expired);
    store.expireDue(firstStale, &m_changes);
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.verify(token(1), m_app, u"1234", firstStale, &m_changes),
             TokenStore::VerifyResult::WrongCode);
}

void TestTokenStore::expireDueFindsEveryDueToken()
{
    TokenStore store;
    // Inserted out of expiry order, as apps with different expiry periods do.
    QVERIFY(store.insert(token(1), m_app, u"1234", Start, Start + 3 * FiveMinutes, &m_changes));
    QVERIFY(store.insert(token(2), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    QVERIFY(store.insert(token(3), m_app, u"1234", Start, Start + 2 * FiveMinutes, &m_changes));
    store.expireDue(Start + FiveMinutes - 1, &m_changes);
    QVERIFY(m_changes.isEmpty());
    store.expireDue(Start + 2 * FiveMinutes, &m_changes);
    QCOMPARE(m_changes.size(), 2);
    QCOMPARE(store.pendingCount(), 1);
    store.expireDue(Start + 2 * FiveMinutes + 1, &m_changes); // nothing new due
    QCOMPARE(m_changes.size(), 2);
    store.expireDue(Start + 3 * FiveMinutes, &m_changes);
    QCOMPARE(m_changes.size(), 3);
    QCOMPARE(store.pendingCount(), 0);
}

void TestTokenStore::recordsExportEveryTokenOldestFirst()
{
    TokenStore store;
    const QUuid other = QUuid::createUuid();
    QVERIFY(store.insert(token(1), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    QVERIFY(store.insert(token(2), other, u"87654321", Start, Start + 2 * FiveMinutes, &m_changes));
    QVERIFY(store.insert(token(3), m_app, u"0007", Start, Start + FiveMinutes, &m_changes));
    QCOMPARE(store.verify(token(2), other, u"00000000", Start, &m_changes),
             TokenStore::VerifyResult::WrongCode);
    QCOMPARE(store.verify(token(3), m_app, u"0007", Start, &m_changes),
             TokenStore::VerifyResult::Correct);

    const QList<SandboxToken> records = store.records();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0),
             (SandboxToken{token(1), m_app, u"1234"_s, 0, Start + FiveMinutes,
                           OtpMessage::State::Pending}));
    QCOMPARE(records.at(1),
             (SandboxToken{token(2), other, u"87654321"_s, 1, Start + 2 * FiveMinutes,
                           OtpMessage::State::Pending}));
    QCOMPARE(records.at(2),
             (SandboxToken{token(3), m_app, u"0007"_s, 0, Start + FiveMinutes,
                           OtpMessage::State::Verified}));
    QVERIFY(store.find(token(2)) == records.at(1));
    QVERIFY(!store.find(token(9)));
    QVERIFY(!store.find(u"short"));
}

void TestTokenStore::restoredTokensVerifyAsBefore()
{
    TokenStore before;
    QVERIFY(before.insert(token(1), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    QVERIFY(before.insert(token(2), m_app, u"5678", Start, Start + FiveMinutes, &m_changes));
    QCOMPARE(before.verify(token(2), m_app, u"5678", Start, &m_changes),
             TokenStore::VerifyResult::Correct);

    TokenStore after;
    m_changes.clear();
    QCOMPARE(after.restore(before.records(), Start + 1, &m_changes), 2);
    QVERIFY(m_changes.isEmpty());
    QCOMPARE(after.records(), before.records());
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.pendingCount(), 1);
    // Another app still cannot use it, the owner can, once; the verified one stays used up.
    QCOMPARE(after.verify(token(1), QUuid::createUuid(), u"1234", Start + 2, &m_changes),
             TokenStore::VerifyResult::WrongCode);
    QCOMPARE(after.verify(token(1), m_app, u"1234", Start + 2, &m_changes),
             TokenStore::VerifyResult::Correct);
    QCOMPARE(after.verify(token(2), m_app, u"5678", Start + 2, &m_changes),
             TokenStore::VerifyResult::Expired);
    QCOMPARE(after.pendingCount(), 0);
}

void TestTokenStore::restoredAttemptsKeepCounting()
{
    TokenStore before;
    QVERIFY(before.insert(token(1), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(before.verify(token(1), m_app, u"0000", Start, &m_changes),
                 TokenStore::VerifyResult::WrongCode);
    }
    TokenStore after;
    QCOMPARE(after.restore(before.records(), Start, &m_changes), 1);
    QCOMPARE(after.find(token(1))->attempts, 3);
    // Two more wrong PINs make five: burned, so even the right one is refused.
    QCOMPARE(after.verify(token(1), m_app, u"0000", Start, &m_changes),
             TokenStore::VerifyResult::WrongCode);
    QVERIFY(m_changes.isEmpty());
    QCOMPARE(after.verify(token(1), m_app, u"0000", Start, &m_changes),
             TokenStore::VerifyResult::WrongCode);
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes.first().state, OtpMessage::State::Burned);
    QCOMPARE(after.verify(token(1), m_app, u"1234", Start, &m_changes),
             TokenStore::VerifyResult::Expired);
}

void TestTokenStore::restoredTokenExpiredMeanwhileAnswersExpired()
{
    TokenStore before;
    QVERIFY(before.insert(token(1), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    QVERIFY(before.insert(token(2), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));

    TokenStore after;
    const qint64 later = Start + FiveMinutes + 60 * 1000;
    QCOMPARE(after.restore(before.records(), later, &m_changes), 2);
    QCOMPARE(after.verify(token(1), m_app, u"1234", later, &m_changes),
             TokenStore::VerifyResult::Expired);
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes.first().state, OtpMessage::State::Expired);
    // The other one is found by the next housekeeping pass.
    after.expireDue(later, &m_changes);
    QCOMPARE(m_changes.size(), 2);
    QCOMPARE(m_changes.last().token, token(2));
    QCOMPARE(after.pendingCount(), 0);
}

void TestTokenStore::restoreSkipsWhatIsNotHeld_data()
{
    QTest::addColumn<SandboxToken>("record");
    const SandboxToken good{
        token(7), m_app, u"1234"_s, 0, Start + FiveMinutes, OtpMessage::State::Pending};
    SandboxToken record = good;
    record.token = u"short"_s;
    QTest::newRow("malformed token") << record;
    record = good;
    record.token = token(1); // already stored
    QTest::newRow("already stored") << record;
    record = good;
    record.code.clear();
    QTest::newRow("no code") << record;
    record = good;
    record.code = u"123456789"_s;
    QTest::newRow("code too long") << record;
    record = good;
    record.state = OtpMessage::State::Evicted;
    QTest::newRow("evicted") << record;
    record = good;
    record.state = OtpMessage::State::Lost;
    QTest::newRow("lost") << record;
    record = good;
    record.expiresAtMs = Start - TokenStore::RetentionMs;
    QTest::newRow("retention over") << record;
}

void TestTokenStore::restoreSkipsWhatIsNotHeld()
{
    QFETCH(SandboxToken, record);
    TokenStore store;
    QVERIFY(store.insert(token(1), m_app, u"9999", Start, Start + FiveMinutes, &m_changes));
    QCOMPARE(store.restore({record}, Start, &m_changes), 0);
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.find(token(1))->code, u"9999"_s);
    QVERIFY(m_changes.isEmpty());
}

void TestTokenStore::restoreKeepsTheCapacity()
{
    TokenStore before;
    for (int i = 1; i <= 4; ++i)
        QVERIFY(before.insert(token(i), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    TokenStore after(3);
    QCOMPARE(after.restore(before.records(), Start, &m_changes), 4);
    QCOMPARE(after.size(), 3);
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes.first().token, token(1));
    QCOMPARE(m_changes.first().state, OtpMessage::State::Evicted);
    QVERIFY(!after.contains(token(1)));
}

void TestTokenStore::expireEndsAPendingTokenNow()
{
    TokenStore store;
    QVERIFY(store.insert(token(1), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    QCOMPARE(store.expire(token(1), &m_changes), TokenStore::ExpireResult::Expired);
    QCOMPARE(m_changes.size(), 1);
    QCOMPARE(m_changes.first().state, OtpMessage::State::Expired);
    QCOMPARE(store.pendingCount(), 0);
    QCOMPARE(store.verify(token(1), m_app, u"1234", Start, &m_changes),
             TokenStore::VerifyResult::Expired);
    QCOMPARE(store.expire(token(1), &m_changes), TokenStore::ExpireResult::NotPending);
    QCOMPARE(store.expire(token(2), &m_changes), TokenStore::ExpireResult::Unknown);
    QCOMPARE(store.expire(u"short"_s, &m_changes), TokenStore::ExpireResult::Unknown);
    QCOMPARE(m_changes.size(), 1);
}

void TestTokenStore::attemptsAreCounted()
{
    TokenStore store;
    QVERIFY(store.insert(token(1), m_app, u"1234", Start, Start + FiveMinutes, &m_changes));
    int attempts = -1;
    store.verify(token(1), m_app, u"0000", Start, &m_changes, &attempts);
    QCOMPARE(attempts, 1);
    store.verify(token(1), QUuid::createUuid(), u"0000", Start, &m_changes, &attempts);
    QCOMPARE(attempts, 1); // another app's call checks no PIN of this token
    store.verify(token(1), m_app, u"1234", Start, &m_changes, &attempts);
    QCOMPARE(attempts, 2); // the right one counts too
    attempts = -1;
    store.verify(token(1), m_app, u"1234", Start, &m_changes, &attempts);
    QCOMPARE(attempts, -1); // used up: no PIN checked
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"

#include "storage/Database.h"
#include "storage/SandboxTokenRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 T0 = 1714554000000; // 2024-05-01T09:00:00Z
constexpr qint64 FiveMinutes = 5 * 60 * 1000;

SandboxToken token(int n, const QUuid &appId, qint64 expiresAtMs = T0 + FiveMinutes)
{
    return SandboxToken{u"tok_"_s + QString::number(n).rightJustified(28, u'0'),
                        appId,
                        u"0%1"_s.arg(n).rightJustified(6, u'1'),
                        0,
                        expiresAtMs,
                        OtpMessage::State::Pending};
}
} // namespace

// The table that keeps the desktop app's sandbox tokens across restarts.
class TestSandboxTokenRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void updatesKeepTheIssueOrder();
    void removesDroppedTokens();
    void prunesPastTheGivenTime();
    void aFailedWriteChangesNothing();
    void queryPlansUseTheIndexes_data();
    void queryPlansUseTheIndexes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_app = QUuid::createUuid();
};

void TestSandboxTokenRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isUsable());
}

void TestSandboxTokenRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSandboxTokenRepository::roundTripsEveryField_data()
{
    QTest::addColumn<OtpMessage::State>("state");
    for (const OtpMessage::State state : {OtpMessage::State::Pending, OtpMessage::State::Verified,
                                          OtpMessage::State::Expired, OtpMessage::State::Burned})
        QTest::newRow(qPrintable(enumId(state))) << state;
}

void TestSandboxTokenRepository::roundTripsEveryField()
{
    QFETCH(OtpMessage::State, state);
    SandboxTokenRepository tokens(*m_db);
    SandboxToken stored = token(1, m_app);
    stored.code = u"00123456"_s; // leading zeros are part of the code
    stored.attempts = 4;
    stored.state = state;
    const Result<void> written = tokens.write({stored}, {});
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(tokens.list(), QList<SandboxToken>{stored});
    QCOMPARE(tokens.count(), 1);
}

void TestSandboxTokenRepository::updatesKeepTheIssueOrder()
{
    SandboxTokenRepository tokens(*m_db);
    QVERIFY(tokens.write({token(1, m_app), token(2, m_app)}, {}).ok());
    SandboxToken first = token(1, m_app);
    first.attempts = 2;
    SandboxToken second = token(2, m_app);
    second.state = OtpMessage::State::Verified;
    // Written in another order, in later batches: the first issued stays first.
    QVERIFY(tokens.write({second, token(3, m_app)}, {}).ok());
    QVERIFY(tokens.write({first}, {}).ok());
    QCOMPARE(tokens.list(), (QList<SandboxToken>{first, second, token(3, m_app)}));
}

void TestSandboxTokenRepository::removesDroppedTokens()
{
    SandboxTokenRepository tokens(*m_db);
    QVERIFY(tokens.write({token(1, m_app), token(2, m_app)}, {}).ok());
    // A token issued and dropped within one batch is not kept either.
    QVERIFY(tokens.write({token(3, m_app)}, {token(1, m_app).token, token(3, m_app).token}).ok());
    QCOMPARE(tokens.list(), QList<SandboxToken>{token(2, m_app)});
}

void TestSandboxTokenRepository::prunesPastTheGivenTime()
{
    SandboxTokenRepository tokens(*m_db);
    QVERIFY(
        tokens.write({token(1, m_app, T0), token(2, m_app, T0 + 10), token(3, m_app, T0 + 20)}, {})
            .ok());
    const Result<int> pruned = tokens.prune(T0 + 10);
    QVERIFY(pruned.ok());
    QCOMPARE(pruned.value, 1);
    QCOMPARE(tokens.count(), 2);
    // And with a write, in the same transaction.
    QVERIFY(tokens.write({token(4, m_app, T0 + 30)}, {}, T0 + 20).ok());
    QCOMPARE(tokens.list(),
             (QList<SandboxToken>{token(3, m_app, T0 + 20), token(4, m_app, T0 + 30)}));
}

void TestSandboxTokenRepository::aFailedWriteChangesNothing()
{
    SandboxTokenRepository tokens(*m_db);
    QVERIFY(tokens.write({token(1, m_app)}, {}).ok());
    SandboxToken notHeld = token(2, m_app);
    notHeld.state = OtpMessage::State::Lost; // refused by the table's CHECK
    const Result<void> written = tokens.write({token(3, m_app), notHeld}, {token(1, m_app).token});
    QVERIFY(!written.ok());
    QVERIFY(written.error.contains(u"sandbox"_s));
    QCOMPARE(tokens.list(), QList<SandboxToken>{token(1, m_app)});
}

void TestSandboxTokenRepository::queryPlansUseTheIndexes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("plan");
    QTest::newRow("by token") << u"DELETE FROM sandbox_tokens WHERE token = ?"_s
                              << u"USING INDEX sqlite_autoindex_sandbox_tokens_1 (token=?)"_s;
    QTest::newRow("prune") << u"DELETE FROM sandbox_tokens WHERE expires_at < ?"_s
                           << u"USING INDEX sandbox_tokens_expiry (expires_at<?)"_s;
}

void TestSandboxTokenRepository::queryPlansUseTheIndexes()
{
    QFETCH(QString, sql);
    QFETCH(QString, plan);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.prepare(u"EXPLAIN QUERY PLAN "_s + sql));
    query.addBindValue(0);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QStringList details;
    while (query.next())
        details << query.value(3).toString();
    QVERIFY2(details.join(u'\n').contains(plan), qPrintable(details.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestSandboxTokenRepository)
#include "tst_sandboxtokenrepository.moc"

#include "storage/Database.h"
#include "storage/ExchangeRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime T0 = QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());

StoredExchange exchange(const QUuid &appId, const QString &appName, int minutesAfterT0,
                        OtpOperation call = OtpOperation::Request)
{
    StoredExchange row;
    row.appId = appId;
    row.appName = appName;
    row.call = call;
    row.startedAt = T0.addSecs(minutesAfterT0 * 60);
    row.msisdn = u"+66812345678"_s;
    row.httpStatus = 200;
    row.outcome = u"success"_s;
    row.latencyMs = 42;
    row.recordJson = R"({"request":{"body":{"key":"1234567890123456","secret":"••••"}}})";
    return row;
}
} // namespace

class TestExchangeRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsEveryColumn();
    void keepsMissingValuesMissing();
    void listsNewestFirst();
    void filtersByAppTimeAndPage();
    void countsWithTheSameFilter();
    void clearsOneAppOrAll();
    void lastCallTimePerApp();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_shop = QUuid::createUuid();
    QUuid m_cafe = QUuid::createUuid();
};

void TestExchangeRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isUsable());
}

void TestExchangeRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestExchangeRepository::roundTripsEveryColumn()
{
    ExchangeRepository history(*m_db);
    StoredExchange row = exchange(m_cafe, u"ร้านกาแฟ"_s, 3, OtpOperation::Verify);
    row.httpStatus = 400;
    row.outcome = u"ERROR_CODE_INVALID"_s;
    row.latencyMs = 1234;
    row.recordJson = u"{\"note\":\"รหัสไม่ถูกต้อง\"}"_s.toUtf8();
    const Result<qint64> id = history.append(row);
    QVERIFY2(id.ok(), qPrintable(id.error));
    QVERIFY(id.value > 0);
    row.id = id.value;

    const QList<StoredExchange> rows = history.list();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst(), row);
    QCOMPARE(rows.constFirst().call, OtpOperation::Verify);
    QCOMPARE(rows.constFirst().startedAt, T0.addSecs(180));
}

void TestExchangeRepository::keepsMissingValuesMissing()
{
    ExchangeRepository history(*m_db);
    StoredExchange row = exchange(m_shop, u"Shop"_s, 0);
    row.httpStatus.reset(); // network error: no HTTP response at all
    row.latencyMs.reset();
    row.recordJson.clear();
    QVERIFY(history.append(row).ok());
    const StoredExchange stored = history.list().constFirst();
    QVERIFY(!stored.httpStatus.has_value());
    QVERIFY(!stored.latencyMs.has_value());
    QCOMPARE(stored.recordJson, QByteArray("{}"));
}

void TestExchangeRepository::listsNewestFirst()
{
    ExchangeRepository history(*m_db);
    const auto ids
        = history.appendAll({exchange(m_shop, u"Shop"_s, 5), exchange(m_shop, u"Shop"_s, 1),
                             exchange(m_shop, u"Shop"_s, 9), exchange(m_shop, u"Shop"_s, 9)});
    QVERIFY(ids.ok());
    QCOMPARE(ids.value.size(), 4);
    const QList<StoredExchange> rows = history.list();
    QCOMPARE(rows.size(), 4);
    // Same start time: the later insert first.
    QCOMPARE(rows.at(0).id, ids.value.at(3));
    QCOMPARE(rows.at(1).id, ids.value.at(2));
    QCOMPARE(rows.at(2).id, ids.value.at(0));
    QCOMPARE(rows.at(3).id, ids.value.at(1));
}

void TestExchangeRepository::filtersByAppTimeAndPage()
{
    ExchangeRepository history(*m_db);
    QList<StoredExchange> rows;
    for (int minute = 0; minute < 10; ++minute) {
        rows << exchange(m_shop, u"Shop"_s, minute);
        rows << exchange(m_cafe, u"ร้านกาแฟ"_s, minute);
    }
    QVERIFY(history.appendAll(rows).ok());

    ExchangeFilter byApp;
    byApp.appId = m_cafe;
    const QList<StoredExchange> cafe = history.list(byApp);
    QCOMPARE(cafe.size(), 10);
    for (const StoredExchange &row : cafe)
        QCOMPARE(row.appId, m_cafe);

    ExchangeFilter window;
    window.from = T0.addSecs(2 * 60); // inclusive
    window.to = T0.addSecs(5 * 60); // exclusive
    const QList<StoredExchange> inWindow = history.list(window);
    QCOMPARE(inWindow.size(), 6); // minutes 2, 3, 4 for both apps
    QCOMPARE(inWindow.constFirst().startedAt, T0.addSecs(4 * 60));
    QCOMPARE(inWindow.constLast().startedAt, T0.addSecs(2 * 60));

    ExchangeFilter page;
    page.appId = m_shop;
    page.limit = 3;
    page.offset = 3;
    const QList<StoredExchange> second = history.list(page);
    QCOMPARE(second.size(), 3);
    QCOMPARE(second.at(0).startedAt, T0.addSecs(6 * 60));
    QCOMPARE(second.at(2).startedAt, T0.addSecs(4 * 60));
}

void TestExchangeRepository::countsWithTheSameFilter()
{
    ExchangeRepository history(*m_db);
    QVERIFY(history
                .appendAll({exchange(m_shop, u"Shop"_s, 0), exchange(m_shop, u"Shop"_s, 1),
                            exchange(m_cafe, u"ร้านกาแฟ"_s, 2)})
                .ok());
    QCOMPARE(history.count(), 3);
    ExchangeFilter filter;
    filter.appId = m_shop;
    filter.limit = 1; // ignored by count
    QCOMPARE(history.count(filter), 2);
    filter.from = T0.addSecs(60);
    QCOMPARE(history.count(filter), 1);
}

void TestExchangeRepository::clearsOneAppOrAll()
{
    ExchangeRepository history(*m_db);
    QVERIFY(history
                .appendAll({exchange(m_shop, u"Shop"_s, 0), exchange(m_shop, u"Shop"_s, 1),
                            exchange(m_cafe, u"ร้านกาแฟ"_s, 2)})
                .ok());
    const Result<int> shopCleared = history.clear(m_shop);
    QVERIFY(shopCleared.ok());
    QCOMPARE(shopCleared.value, 2);
    QCOMPARE(history.count(), 1);
    QCOMPARE(history.list().constFirst().appId, m_cafe);
    const Result<int> all = history.clear();
    QCOMPARE(all.value, 1);
    QCOMPARE(history.count(), 0);
}

void TestExchangeRepository::lastCallTimePerApp()
{
    ExchangeRepository history(*m_db);
    QVERIFY(history.lastCallTimes().isEmpty());
    QVERIFY(history
                .appendAll({exchange(m_shop, u"Shop"_s, 5), exchange(m_cafe, u"Cafe"_s, 2),
                            exchange(m_shop, u"Shop"_s, 9, OtpOperation::Verify),
                            exchange(m_shop, u"Shop"_s, 1), exchange(m_cafe, u"Cafe"_s, 3)})
                .ok());
    const QHash<QUuid, QDateTime> last = history.lastCallTimes();
    QCOMPARE(last.size(), 2);
    QCOMPARE(last.value(m_shop), T0.addSecs(9 * 60));
    QCOMPARE(last.value(m_cafe), T0.addSecs(3 * 60));
    QVERIFY(history.clear(m_cafe).ok());
    QVERIFY(!history.lastCallTimes().contains(m_cafe));
}

QTEST_GUILESS_MAIN(TestExchangeRepository)
#include "tst_exchangerepository.moc"

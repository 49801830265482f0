#include "storage/Database.h"
#include "storage/ExchangeRepository.h"

#include <QSqlError>
#include <QSqlQuery>
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
    void pagesByPositionReachEveryRow();
    void rowsLeaveTheRecordToFind();
    void searchesWhatTheTableShows_data();
    void searchesWhatTheTableShows();
    void searchFindsTheOldestOfAThousand();
    void matchesOneRowAgainstAFilter();
    void queryPlansUseTheListIndexes_data();
    void queryPlansUseTheListIndexes();

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
    const QList<StoredExchange> first = history.list(page);
    QCOMPARE(first.size(), 3);
    page.after = ExchangeFilter::Position{first.last().startedAt, first.last().id};
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

// Keyset pages, 7 rows at a time, walk 100 rows (many sharing a start time) exactly once each,
// in list order: every stored call is reachable, however deep.
void TestExchangeRepository::pagesByPositionReachEveryRow()
{
    ExchangeRepository history(*m_db);
    QList<StoredExchange> rows;
    for (int i = 0; i < 100; ++i)
        rows << exchange(i % 2 ? m_shop : m_cafe, u"Shop"_s, i / 3); // 3 calls per minute
    QVERIFY(history.appendAll(rows).ok());
    QList<qint64> expected;
    for (const StoredExchange &row : history.list())
        expected << row.id;

    QList<qint64> walked;
    ExchangeFilter page;
    page.limit = 7;
    for (;;) {
        const QList<ExchangeRow> got = history.rows(page);
        for (const ExchangeRow &row : got)
            walked << row.id;
        if (got.size() < page.limit)
            break;
        page.after = ExchangeFilter::Position{got.last().startedAt, got.last().id};
    }
    QCOMPARE(walked, expected);
    QCOMPARE(walked.size(), 100);
}

void TestExchangeRepository::rowsLeaveTheRecordToFind()
{
    ExchangeRepository history(*m_db);
    StoredExchange stored = exchange(m_shop, u"Shop"_s, 1);
    stored.id = history.append(stored).value;
    const QList<ExchangeRow> rows = history.rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst(), ExchangeRow::of(stored));
    QCOMPARE(history.find(stored.id), std::optional<StoredExchange>(stored)); // record included
    QVERIFY(!history.find(stored.id + 1).has_value());
}

void TestExchangeRepository::searchesWhatTheTableShows_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<OtpOperation>>("calls"); // calls whose shown name has the text
    QTest::addColumn<QStringList>("found"); // app names of the rows found, newest first

    const QList<OtpOperation> none;
    QTest::newRow("app name, any case") << u"cAFé"_s << none << QStringList{u"Café"_s};
    QTest::newRow("Thai app name") << u"กาแฟ"_s << none << QStringList{u"ร้านกาแฟ"_s};
    QTest::newRow("stored call id") << u"verif"_s << none << QStringList{u"Shop"_s};
    QTest::newRow("translated call name")
        << u"ยืนยัน"_s << QList{OtpOperation::Verify} << QStringList{u"Shop"_s};
    QTest::newRow("phone as the list shows it") << u"0899"_s << none << QStringList{u"Café"_s};
    QTest::newRow("phone digits") << u"345678"_s << none
                                  << QStringList{u"Shop"_s, u"ร้านกาแฟ"_s, u"500 baht"_s};
    QTest::newRow("outcome") << u"ip_not"_s << none << QStringList{u"ร้านกาแฟ"_s};
    QTest::newRow("HTTP status") << u"423"_s << none << QStringList{u"Café"_s};
    QTest::newRow("% is literal") << u"50%"_s << none << QStringList{u"50% off"_s};
    QTest::newRow("_ is literal") << u"c_f"_s << none << QStringList{};
    QTest::newRow("blank is everything")
        << u"  "_s << none
        << QStringList{u"50% off"_s, u"Café"_s, u"Shop"_s, u"ร้านกาแฟ"_s, u"500 baht"_s};
    QTest::newRow("nothing") << u"zzz"_s << none << QStringList{};
}

void TestExchangeRepository::searchesWhatTheTableShows()
{
    QFETCH(QString, search);
    QFETCH(QList<OtpOperation>, calls);
    QFETCH(QStringList, found);
    ExchangeRepository history(*m_db);
    StoredExchange blocked = exchange(m_cafe, u"ร้านกาแฟ"_s, 1);
    blocked.httpStatus = 400;
    blocked.outcome = u"ERROR_IP_NOT_ALLOWED"_s;
    StoredExchange verified = exchange(m_shop, u"Shop"_s, 2, OtpOperation::Verify);
    StoredExchange credit = exchange(m_cafe, u"Café"_s, 3);
    credit.msisdn = u"+66899999999"_s;
    credit.httpStatus = 423;
    credit.outcome = u"ERROR_INSUFFICIENT_CREDIT"_s;
    StoredExchange sale = exchange(m_shop, u"50% off"_s, 4);
    sale.msisdn.clear();
    sale.httpStatus.reset();
    sale.outcome = u"timeout"_s;
    // As patterns, "50%" and "c_f" would match "500 baht" and "Café".
    const StoredExchange baht = exchange(m_shop, u"500 baht"_s, 0);
    QVERIFY(history.appendAll({baht, blocked, verified, credit, sale}).ok());

    ExchangeFilter filter;
    filter.search = search;
    filter.searchCalls = calls;
    QStringList names;
    for (const ExchangeRow &row : history.rows(filter))
        names << row.appName;
    QCOMPARE(names, found);
    QCOMPARE(history.count(filter), qint64(found.size()));
}

void TestExchangeRepository::searchFindsTheOldestOfAThousand()
{
    ExchangeRepository history(*m_db);
    QList<StoredExchange> rows;
    rows << exchange(m_cafe, u"Oldest Bakery"_s, 0);
    for (int i = 1; i < 1000; ++i)
        rows << exchange(m_shop, u"Shop"_s, i);
    QVERIFY(history.appendAll(rows).ok());
    ExchangeFilter filter;
    filter.search = u"bakery"_s;
    filter.limit = 200;
    const QList<ExchangeRow> found = history.rows(filter);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().appName, u"Oldest Bakery"_s);
    QCOMPARE(found.constFirst().startedAt, T0);
}

void TestExchangeRepository::matchesOneRowAgainstAFilter()
{
    ExchangeRepository history(*m_db);
    const auto ids
        = history.appendAll({exchange(m_shop, u"Shop"_s, 1), exchange(m_cafe, u"Café"_s, 2)});
    QVERIFY(ids.ok());
    ExchangeFilter filter;
    QVERIFY(history.matches(ids.value.at(0), filter));
    QVERIFY(!history.matches(ids.value.at(1) + 1, filter)); // no such row
    filter.search = u"shop"_s;
    QVERIFY(history.matches(ids.value.at(0), filter));
    QVERIFY(!history.matches(ids.value.at(1), filter));
    filter.search.clear();
    filter.appId = m_cafe;
    filter.after = ExchangeFilter::Position{T0, 0}; // ignored: paging is not a match rule
    QVERIFY(history.matches(ids.value.at(1), filter));
    QVERIFY(!history.matches(ids.value.at(0), filter));
}

// The query shapes of rows(), count() and matches() read the covering list indexes of
// migration 3 (or the primary key), never the table with its record_json.
void TestExchangeRepository::queryPlansUseTheListIndexes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("plan");
    const QString columns = u"SELECT id, app_id, app_name, call, started_at, msisdn, "
                            "http_status, outcome, latency_ms FROM exchanges "_s;
    const QString order = u" ORDER BY started_at DESC, id DESC LIMIT 200"_s;
    const QString search = u"(app_name LIKE ? ESCAPE '\\' OR outcome LIKE ? ESCAPE '\\' OR "
                           "msisdn LIKE ? ESCAPE '\\' OR call = ?)"_s;
    QTest::newRow("first page") << columns + order.mid(1)
                                << u"SCAN exchanges USING COVERING INDEX exchanges_list"_s;
    QTest::newRow("page after a row") << columns + u"WHERE (started_at, id) < (?, ?)"_s
            + order << u"SEARCH exchanges USING COVERING INDEX exchanges_list (started_at<?)"_s;
    QTest::newRow("search") << columns + u"WHERE "_s + search + order
                            << u"SCAN exchanges USING COVERING INDEX exchanges_list"_s;
    QTest::newRow("one app's page after a row")
        << columns + u"WHERE app_id = ? AND (started_at, id) < (?, ?)"_s + order
        << u"SEARCH exchanges USING COVERING INDEX exchanges_app_list (app_id=? AND "
           "started_at<?)"_s;
    QTest::newRow("count of a search")
        << u"SELECT COUNT(*) FROM exchanges WHERE "_s + search << u"COVERING INDEX"_s;
    QTest::newRow("last call of each app: a seek per app, no scan")
        << u"SELECT (SELECT MIN(app_id) FROM exchanges WHERE app_id > ?), "
           "(SELECT MAX(started_at) FROM exchanges WHERE app_id = ?)"_s
        << u"SEARCH exchanges USING COVERING INDEX exchanges_app_report (app_id>?)"_s;
    QTest::newRow("a new row against the search") << u"SELECT 1 FROM exchanges WHERE "_s + search
            + u" AND id = ?"_s << u"SEARCH exchanges USING INTEGER PRIMARY KEY (rowid=?)"_s;
}

void TestExchangeRepository::queryPlansUseTheListIndexes()
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

QTEST_GUILESS_MAIN(TestExchangeRepository)
#include "tst_exchangerepository.moc"

#include "ReportTestStore.h"
#include "reports/TransactionTable.h"

#include <QSqlQuery>
#include <QTest>

using Table = ReportSql::Table;

namespace {
const QDateTime D0(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());

QDateTime at(int hours, int minutes = 0, int seconds = 0)
{
    return D0.addSecs(hours * 3600 + minutes * 60 + seconds);
}

ReportQuery dayQuery()
{
    ReportQuery query;
    query.from = D0;
    query.to = D0.addDays(1);
    query.now = query.to;
    query.source = ReportSource::All;
    query.timeZone = QTimeZone::utc();
    return query;
}

QStringList tokens(const TransactionPage &page)
{
    QStringList result;
    for (const TransactionRow &row : page.rows)
        result << row.token;
    return result;
}
} // namespace

class TestTransactionTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneRowPerOtpNewestFirst();
    void joinsVerifiesByToken();
    void pagesWithoutRepeatsOrGaps();
    void nextPagesNeedNoCount();
    void filtersByStateAndText();
    void sortsByAttemptsAndTimeToVerify();
    void historyNumbersAreMasked();

private:
    std::unique_ptr<ReportTestStore> m_store;
};

void TestTransactionTable::initTestCase()
{
    m_store = std::make_unique<ReportTestStore>();
    ReportTestStore &store = *m_store;
    store.request(at(1), u"T1"_s);
    store.verify(at(1, 0, 30), u"T1"_s, u"success"_s);
    store.request(at(2), u"T2"_s);
    store.verify(at(2, 0, 10), u"T2"_s, u"Code is invalid."_s);
    store.verify(at(2, 0, 40), u"T2"_s, u"success"_s);
    store.request(at(3), u"T3"_s);
    for (int i = 1; i <= 5; ++i)
        store.verify(at(3, 0, i), u"T3"_s, u"Code is invalid."_s);
    store.request(at(4), u"T4"_s);
    store.setTable(Table::Exchanges);
    store.request(at(5), u"H5"_s); // from the console, to the real service
    store.request(at(6), QString(), u"ERROR_IP_NOT_ALLOWED"_s);
}

void TestTransactionTable::oneRowPerOtpNewestFirst()
{
    const Result<TransactionPage> page = TransactionTable(m_store->database()).page(dayQuery(), {});
    QVERIFY2(page.ok(), qPrintable(page.error));
    QCOMPARE(page.value.total, 6);
    QCOMPARE(tokens(page.value), (QStringList{u""_s, u"H5"_s, u"T4"_s, u"T3"_s, u"T2"_s, u"T1"_s}));
    QCOMPARE(page.value.rows.at(0).fate, OtpFate::Failed);
    QCOMPARE(page.value.rows.at(0).source, ReportSource::Calls);
    QCOMPARE(page.value.rows.at(0).codes, QStringList{u"ERROR_IP_NOT_ALLOWED"_s});
    QCOMPARE(page.value.rows.at(2).source, ReportSource::Sandbox);
    QCOMPARE(page.value.rows.at(2).refno, u"REF"_s);
}

void TestTransactionTable::joinsVerifiesByToken()
{
    const TransactionPage page = TransactionTable(m_store->database()).page(dayQuery(), {}).value;
    const TransactionRow &burned = page.rows.at(3);
    QCOMPARE(burned.fate, OtpFate::Burned);
    QCOMPARE(burned.attempts, 5);
    QCOMPARE(burned.wrongPins, 5);
    QVERIFY(!burned.timeToVerifyMs);
    QCOMPARE(burned.codes, (QStringList{u"success"_s, u"Code is invalid."_s}));
    const TransactionRow &second = page.rows.at(4);
    QCOMPARE(second.fate, OtpFate::Verified);
    QCOMPARE(second.attempts, 2);
    QCOMPARE(second.wrongPins, 1);
    QCOMPARE(*second.timeToVerifyMs, 40000);
}

void TestTransactionTable::pagesWithoutRepeatsOrGaps()
{
    const TransactionTable table(m_store->database());
    QStringList seen;
    TransactionQuery query;
    query.limit = 4;
    query.descending = false;
    for (query.offset = 0; query.offset < 8; query.offset += query.limit)
        seen << tokens(table.page(dayQuery(), query).value);
    QCOMPARE(seen, (QStringList{u"T1"_s, u"T2"_s, u"T3"_s, u"T4"_s, u"H5"_s, u""_s}));
}

// The next pages of one query keep the first page's total: not counted again.
void TestTransactionTable::nextPagesNeedNoCount()
{
    const TransactionTable table(m_store->database());
    TransactionQuery query;
    query.limit = 4;
    QCOMPARE(table.page(dayQuery(), query).value.total, 6);
    query.offset = 4;
    query.countTotal = false;
    const TransactionPage next = table.page(dayQuery(), query).value;
    QCOMPARE(next.total, -1);
    QCOMPARE(next.rows.size(), 2);
}

void TestTransactionTable::filtersByStateAndText()
{
    const TransactionTable table(m_store->database());
    TransactionQuery query;
    query.fate = OtpFate::Verified;
    TransactionPage page = table.page(dayQuery(), query).value;
    QCOMPARE(tokens(page), (QStringList{u"T2"_s, u"T1"_s}));
    QCOMPARE(page.total, 2);
    query.fate.reset();
    query.text = u"T3"_s;
    page = table.page(dayQuery(), query).value;
    QCOMPARE(tokens(page), QStringList{u"T3"_s});
    QCOMPARE(page.total, 1);
}

void TestTransactionTable::sortsByAttemptsAndTimeToVerify()
{
    const TransactionTable table(m_store->database());
    TransactionQuery query;
    query.sortColumn = TransactionQuery::Column::Attempts;
    QCOMPARE(tokens(table.page(dayQuery(), query).value).mid(0, 3),
             (QStringList{u"T3"_s, u"T2"_s, u"T1"_s}));
    query.sortColumn = TransactionQuery::Column::TimeToVerify;
    query.fate = OtpFate::Verified;
    query.descending = false;
    QCOMPARE(tokens(table.page(dayQuery(), query).value), (QStringList{u"T1"_s, u"T2"_s}));
}

void TestTransactionTable::historyNumbersAreMasked()
{
    QCOMPARE(TransactionTable::maskedNumber(u"0812345678"_s), u"081***5678"_s);
    QCOMPARE(TransactionTable::maskedNumber(u"+66812345678"_s), u"081***5678"_s);
    QCOMPARE(TransactionTable::maskedNumber(u"081***5678"_s), u"081***5678"_s);
    const TransactionPage page = TransactionTable(m_store->database()).page(dayQuery(), {}).value;
    for (const TransactionRow &row : page.rows)
        QCOMPARE(row.maskedNumber, u"081***5678"_s);
}

QTEST_GUILESS_MAIN(TestTransactionTable)
#include "tst_transactiontable.moc"

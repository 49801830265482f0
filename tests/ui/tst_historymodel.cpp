#include "api/OtpResult.h"
#include "models/HistoryModel.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"
#include "widgets/ScrollAnchor.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime T0 = QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());

StoredExchange call(const QString &appName, int secondsAfterT0)
{
    StoredExchange row;
    row.appId = QUuid::createUuid();
    row.appName = appName;
    row.startedAt = T0.addSecs(secondsAfterT0);
    row.msisdn = u"+66812345678"_s;
    row.httpStatus = 200;
    row.outcome = u"success"_s;
    row.latencyMs = 40;
    row.recordJson = R"({"note":"a record the list never reads"})";
    return row;
}

qint64 idAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(HistoryModel::ExchangeIdRole).toLongLong();
}
} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newCallIsOneInsertNotAReset();
    void overlappingCallGoesInItsPlace();
    void selectionAndScrollSurviveANewCall();
    void fetchMoreReachesEveryRow();
    void searchFindsARowNeverLoaded();
    void searchFindsOutcomesByTheirShownWords();
    void newCallOutsideTheSearchIsNotListed();
    void rowsAreFoundByIdAfterInsertsAndPages();
    void outcomeIdsShowInWords_data();
    void outcomeIdsShowInWords();

private:
    // count calls, one a minute, the oldest named "Oldest Bakery"; newest has the highest id.
    void store(int count);
    StoredExchange storeNewCall(const QString &appName = u"Shop"_s);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExchangeRepository> m_history;
    int m_seconds = 0;
};

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isUsable());
    m_history = std::make_unique<ExchangeRepository>(*m_db);
    m_seconds = 0;
}

void TestHistoryModel::cleanup()
{
    m_history.reset();
    m_db.reset();
    m_dir.reset();
}

void TestHistoryModel::store(int count)
{
    QList<StoredExchange> rows;
    for (int i = 0; i < count; ++i) {
        rows << call(i == 0 ? u"Oldest Bakery"_s : u"Shop %1"_s.arg(i), m_seconds);
        m_seconds += 60;
    }
    QVERIFY(m_history->appendAll(rows).ok());
}

StoredExchange TestHistoryModel::storeNewCall(const QString &appName)
{
    StoredExchange row = call(appName, m_seconds);
    m_seconds += 60;
    row.id = m_history->append(row).value;
    return *m_history->find(row.id); // as the page hands it over: read back by id
}

void TestHistoryModel::newCallIsOneInsertNotAReset()
{
    store(10);
    HistoryModel model(*m_history);
    QCOMPARE(model.rowCount(), 10);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const StoredExchange added = storeNewCall(u"New Shop"_s);
    model.addCall(added);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(idAt(model, 0), added.id);
    QCOMPARE(model.index(0, HistoryModel::AppColumn).data().toString(), u"New Shop"_s);
    model.addCall(added); // handed over twice: still one row
    QCOMPARE(model.rowCount(), 11);
}

// A call that started before the newest listed one (calls overlap) goes below it, as the
// table's order and the next start of the app have it.
void TestHistoryModel::overlappingCallGoesInItsPlace()
{
    store(5);
    HistoryModel model(*m_history);
    StoredExchange slow = call(u"Slow"_s, m_seconds - 90); // between rows 0 and 1
    slow.id = m_history->append(slow).value;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addCall(*m_history->find(slow.id));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(idAt(model, 1), slow.id);
    QCOMPARE(model.rowOf(slow.id), std::optional<int>(1));
}

void TestHistoryModel::selectionAndScrollSurviveANewCall()
{
    store(1000);
    HistoryModel model(*m_history);
    QTableView view;
    view.setModel(&model);
    new ScrollAnchor(&view);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    while (model.rowCount() < 400)
        model.fetchMore({});

    view.selectRow(250);
    const qint64 selected = idAt(model, 250);
    view.scrollTo(model.index(240, 0), QAbstractItemView::PositionAtTop);
    const qint64 top = idAt(model, view.rowAt(0));
    QVERIFY(view.verticalScrollBar()->value() > 0);

    const StoredExchange added = storeNewCall();
    model.addCall(added);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view.selectionModel()->selectedRows().first().data(HistoryModel::ExchangeIdRole),
             QVariant(selected));
    QCOMPARE(idAt(model, view.rowAt(0)), top); // the same rows in view, not one further down

    // At the very top the new call shows.
    view.scrollToTop();
    const StoredExchange newest = storeNewCall();
    model.addCall(newest);
    QCOMPARE(idAt(model, view.rowAt(0)), newest.id);
}

void TestHistoryModel::fetchMoreReachesEveryRow()
{
    store(1000);
    HistoryModel model(*m_history);
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * HistoryModel::PageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), HistoryModel::PageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.index(999, HistoryModel::AppColumn).data().toString(), u"Oldest Bakery"_s);
    for (int row = 1; row < 1000; ++row)
        QVERIFY(idAt(model, row) < idAt(model, row - 1)); // each row once, newest first
}

void TestHistoryModel::searchFindsARowNeverLoaded()
{
    store(1000);
    HistoryModel model(*m_history);
    QVERIFY(!model.rowOf(1)); // the oldest is not among the loaded rows
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setQuery(u"bakery"_s);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, HistoryModel::AppColumn).data().toString(), u"Oldest Bakery"_s);
    QVERIFY(!model.canFetchMore({}));
    model.setQuery(u" bakery "_s); // the same search: nothing happens
    QCOMPARE(reset.size(), 1);
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);

    // The call column searches as it is shown: every stored call is a request.
    model.setQuery(u"Request"_s);
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    model.setQuery(u"Verify"_s);
    QCOMPARE(model.rowCount(), 0);
}

// The outcome column searches as it is shown too: "refused" finds a call stored as
// "refused-url" (shown "URL refused, nothing sent"), "Success" one stored as "success", and a word
// of the shown text that is not in the stored id ("nothing") finds it as well.
void TestHistoryModel::searchFindsOutcomesByTheirShownWords()
{
    store(3);
    StoredExchange refused = call(u"Shop"_s, m_seconds);
    refused.outcome = u"refused-url"_s;
    refused.id = m_history->append(refused).value;
    HistoryModel model(*m_history);
    model.setQuery(u"nothing sent"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(idAt(model, 0), refused.id);
    model.setQuery(u"SUCCESS"_s);
    QCOMPARE(model.rowCount(), 3);
    model.setQuery(u"Timeout"_s); // an outcome no stored call has
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryModel::newCallOutsideTheSearchIsNotListed()
{
    store(10);
    HistoryModel model(*m_history);
    model.setQuery(u"cafe"_s);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addCall(storeNewCall(u"Shop"_s));
    QCOMPARE(inserted.size(), 0);
    model.addCall(storeNewCall(u"Cafe"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestHistoryModel::rowsAreFoundByIdAfterInsertsAndPages()
{
    store(450);
    HistoryModel model(*m_history);
    QList<qint64> added;
    for (int i = 0; i < 5; ++i)
        added << storeNewCall().id;
    for (const qint64 id : added)
        model.addCall(*m_history->find(id));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 455);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(idAt(model, row)), std::optional<int>(row));
}

void TestHistoryModel::outcomeIdsShowInWords_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("success") << u"success"_s << OtpResult::reasonText(OtpResult::Reason::None);
    QTest::newRow("refused url") << u"refused-url"_s
                                 << OtpResult::reasonText(OtpResult::Reason::RefusedUrl);
    QTest::newRow("timeout") << u"timeout"_s << OtpResult::reasonText(OtpResult::Reason::Timeout);
    // Names of the vendor's catalog and its messages are shown as the service sends them.
    QTest::newRow("catalog name") << u"ERROR_IP_NOT_ALLOWED"_s << u"ERROR_IP_NOT_ALLOWED"_s;
    QTest::newRow("message") << u"Code is invalid."_s << u"Code is invalid."_s;
}

// The history shows what happened in words of the user's language, never an internal id; the
// CSV export keeps the stable id.
void TestHistoryModel::outcomeIdsShowInWords()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    StoredExchange row = call(u"Shop"_s, 0);
    row.outcome = stored;
    row.id = m_history->append(row).value;
    HistoryModel model(*m_history);
    QCOMPARE(model.index(0, HistoryModel::OutcomeColumn).data().toString(), shown);
    if (stored == u"refused-url")
        QCOMPARE(shown, u"URL refused, nothing sent"_s);
    QVERIFY(HistoryModel::csvLines(m_history->rows()).contains(stored.toUtf8()));
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"

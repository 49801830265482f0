#include "GuiTestHelpers.h"
#include "models/HistoryModel.h"
#include "services/ExchangeHistory.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"
#include "widgets/HistoryPanel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using GuiTest::answerNextMessageBox;
using GuiTest::child;

namespace {
const QDateTime T0 = QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());

// A stored call with a real saved result, as the console stores it.
StoredExchange storedCall(const QString &appName, int minute)
{
    OtpResult result;
    result.operation = OtpOperation::Request;
    result.outcome = OtpResult::Outcome::Success;
    result.reason = OtpResult::Reason::None;
    result.httpStatus = 200;
    result.record.startedAt = T0.addSecs(minute * 60);
    result.record.url = QUrl(u"http://127.0.0.1:8765/v2/otp/request"_s);
    result.record.requestBody = "key=1234567890123456&secret=%E2%80%A2&msisdn=0812345678";
    result.record.hasResponse = true;
    result.record.status = 200;
    result.record.responseBody = R"({"status":"success","token":"t","refno":"R"})";
    result.record.finishedMs = 12.5;
    OtpAppConfig app;
    app.id = QUuid::createUuid();
    app.name = appName;
    return ExchangeHistory::toStored(result, app, u"+66812345678"_s);
}
} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsEveryCallOfTheSearch();
    void selectionOpensAndRerunsTheStoredCall();
    void clearRemovesTheWholeHistory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExchangeRepository> m_history;
};

void TestHistoryPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isUsable());
    m_history = std::make_unique<ExchangeRepository>(*m_db);
    QList<StoredExchange> calls;
    for (int i = 0; i < 1000; ++i) // 600 of Cafe, 400 of Shop
        calls << storedCall(i % 5 < 3 ? u"Cafe"_s : u"Shop"_s, i);
    QVERIFY(m_history->appendAll(calls).ok());
}

void TestHistoryPanel::cleanup()
{
    m_history.reset();
    m_db.reset();
    m_dir.reset();
}

// Not only the 200 loaded rows: every stored call the search finds, read in chunks.
void TestHistoryPanel::exportsEveryCallOfTheSearch()
{
    HistoryPanel panel(*m_history);
    auto *search = child<QLineEdit>(&panel, u"historyFilter"_s);
    QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
    search->setFocus();
    QTest::keyClicks(search, u"caf"_s);
    QTRY_COMPARE(panel.model()->query(), u"caf"_s);
    QCOMPARE(reset.size(), 1); // one search for the word typed, not one per key
    QCOMPARE(panel.model()->rowCount(), HistoryModel::PageSize);

    const QString csvPath = m_dir->filePath(u"history.csv"_s);
    QVERIFY(panel.exportCsv(csvPath).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), 602); // header, 600 calls, and the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("time,app,call"));
    for (int i = 1; i <= 600; ++i)
        QVERIFY(lines.at(i).contains("\"Cafe\""));

    const QString harPath = m_dir->filePath(u"history.har"_s);
    QVERIFY(panel.exportHar(harPath).ok());
    QFile har(harPath);
    QVERIFY(har.open(QIODevice::ReadOnly));
    const QJsonObject log
        = QJsonDocument::fromJson(har.readAll()).object().value(u"log"_s).toObject();
    QCOMPARE(log.value(u"entries"_s).toArray().size(), 600);
}

void TestHistoryPanel::selectionOpensAndRerunsTheStoredCall()
{
    HistoryPanel panel(*m_history);
    QSignalSpy opened(&panel, &HistoryPanel::exchangeSelected);
    QSignalSpy rerun(&panel, &HistoryPanel::rerunRequested);
    auto *table = child<QTableView>(&panel, u"historyTable"_s);
    auto *rerunButton = child<QPushButton>(&panel, u"rerunButton"_s);
    QVERIFY(!rerunButton->isEnabled());
    table->selectRow(3);
    QCOMPARE(opened.size(), 1);
    const StoredExchange exchange = opened.first().first().value<StoredExchange>();
    QCOMPARE(exchange.id, table->model()->index(3, 0).data(HistoryModel::ExchangeIdRole));
    QVERIFY(ExchangeHistory::resultOf(exchange).has_value()); // the record, read by id
    QVERIFY(rerunButton->isEnabled());
    rerunButton->click();
    QCOMPARE(rerun.size(), 1);
    QCOMPARE(rerun.first().first().value<StoredExchange>(), exchange);
}

void TestHistoryPanel::clearRemovesTheWholeHistory()
{
    HistoryPanel panel(*m_history);
    panel.model()->setQuery(u"shop"_s); // a search does not narrow what Clear removes
    QSignalSpy cleared(&panel, &HistoryPanel::cleared);
    bool asked = false;
    answerNextMessageBox(u"acceptButton"_s, &asked);
    child<QPushButton>(&panel, u"clearHistoryButton"_s)->click();
    QVERIFY(asked);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(m_history->count(), 0);
    QCOMPARE(panel.model()->rowCount(), 0);
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"

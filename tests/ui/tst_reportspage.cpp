// The Reports page (issue 17) in a real main window: figures for the period, app and source
// chosen; exports written and read back; a live sandbox call moving the numbers; both
// languages.
#include "MainWindowFixture.h"
#include "api/ErrorCatalog.h"
#include "models/ReportTexts.h"
#include "models/TransactionModel.h"
#include "pages/ReportsPage.h"
#include "pages/TestConsolePage.h"
#include "storage/SandboxTrafficRepository.h"
#include "widgets/ReportControls.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;

class ReportsPageTest : public QObject
{
    Q_OBJECT

private slots:
    void sidebarHasTheReportsPage();
    void figuresFollowPeriodAndApp();
    void sourceSplitsCallsAndSandbox();
    void exportsAreWrittenAndReadBack();
    void liveSandboxCallMovesTheNumbers();
    void consoleCallsCountWhenThePageIsShownAgain();
    void pageFollowsTheLanguage();

private:
    static OtpAppConfig createApp(Fixture &f, const QString &name);
    static ReportsPage *showReports(Fixture &f);
    static bool waitForReport(ReportsPage *page, QSignalSpy &shown);
    static QString figure(ReportsPage *page, const char *name);
    static SandboxTrafficRow row(const OtpAppConfig &app, OtpOperation call, qint64 secondsAgo,
                                 const QString &token, const QString &outcome = u"success"_s);
    // Alpha: two requests now (one verified at once, one refused); Beta: one 3 days ago.
    static void storeTraffic(Fixture &f, const OtpAppConfig &alpha, const OtpAppConfig &beta);
};

OtpAppConfig ReportsPageTest::createApp(Fixture &f, const QString &name)
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = name;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    draft.environment = Environment::Sandbox;
    std::optional<OtpAppService::SaveResult> saved;
    f.apps->create(draft, QString()).then(&f.sandbox, [&saved](const OtpAppService::SaveResult &r) {
        saved = r;
    });
    if (!QTest::qWaitFor([&] { return saved && saved->ok(); }, 10000))
        qWarning("the app was not created");
    return saved ? saved->value.app : OtpAppConfig();
}

ReportsPage *ReportsPageTest::showReports(Fixture &f)
{
    f.window->showPage(MainWindow::Page::Reports);
    return f.window->findChild<ReportsPage *>();
}

bool ReportsPageTest::waitForReport(ReportsPage *page, QSignalSpy &shown)
{
    return QTest::qWaitFor([&] { return !shown.isEmpty() && !page->isBusy(); }, 15000);
}

QString ReportsPageTest::figure(ReportsPage *page, const char *name)
{
    return child<QLabel>(page, u"figure_"_s + QLatin1String(name))->text();
}

SandboxTrafficRow ReportsPageTest::row(const OtpAppConfig &app, OtpOperation call,
                                       qint64 secondsAgo, const QString &token,
                                       const QString &outcome)
{
    SandboxTrafficRow row;
    row.startedAt = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    row.appId = app.id;
    row.appName = app.name;
    row.call = call;
    row.maskedMsisdn = u"081***5678"_s;
    row.httpStatus = outcome == u"success" ? 200 : 400;
    row.statusCode = outcome == u"success" ? 0 : 400;
    row.outcome = outcome;
    row.latencyMs = 4;
    row.token = token;
    if (call == OtpOperation::Request && outcome == u"success") {
        row.refno = u"REF"_s + token.right(2);
        row.expiresAt = row.startedAt.addSecs(300);
    }
    return row;
}

void ReportsPageTest::storeTraffic(Fixture &f, const OtpAppConfig &alpha, const OtpAppConfig &beta)
{
    SandboxTrafficRepository traffic(f.workspace->database());
    const Result<void> stored = traffic.appendAll({
        row(alpha, OtpOperation::Request, 3, u"tok-a1"_s),
        row(alpha, OtpOperation::Verify, 2, u"tok-a1"_s),
        row(alpha, OtpOperation::Request, 1, QString(), u"ERROR_SYSTEM_FAILURE"_s),
        row(beta, OtpOperation::Request, 3 * 24 * 3600, u"tok-b1"_s),
    });
    QVERIFY2(stored.ok(), qPrintable(stored.error));
}

void ReportsPageTest::sidebarHasTheReportsPage()
{
    QVERIFY(MainWindow::pages().contains(MainWindow::Page::Reports));
    QCOMPARE(MainWindow::pageName(MainWindow::Page::Reports), u"Reports"_s);
    Fixture f;
    QVERIFY(showReports(f));
    QCOMPARE(f.window->currentPage(), MainWindow::Page::Reports);
}

void ReportsPageTest::figuresFollowPeriodAndApp()
{
    Fixture f;
    const OtpAppConfig alpha = createApp(f, u"Alpha"_s);
    const OtpAppConfig beta = createApp(f, u"Beta"_s);
    storeTraffic(f, alpha, beta);
    ReportsPage *page = showReports(f);
    QSignalSpy shown(page, &ReportsPage::figuresShown);

    page->controls()->setPeriod(ReportControls::Period::Today);
    QVERIFY(waitForReport(page, shown));
    QCOMPARE(figure(page, "requested"), u"2"_s);
    QCOMPARE(figure(page, "delivered"), u"1"_s);
    QCOMPARE(figure(page, "verified"), u"1"_s);
    QCOMPARE(figure(page, "failedRequests"), u"1"_s);
    QCOMPARE(figure(page, "firstTryRate"), u"100.0%"_s);
    QTRY_COMPARE(page->transactions()->rowCount(), 2);
    // Each call named with its answer: a first-try verify does not read as a repeated success.
    const auto codesSeen = [page](int row) {
        return page->transactions()->index(row, TransactionModel::CodesColumn).data().toString();
    };
    QCOMPARE(codesSeen(1), u"Request: Success; Verify: Success"_s);
    const QString tip = page->transactions()
                            ->index(1, TransactionModel::CodesColumn)
                            .data(Qt::ToolTipRole)
                            .toString();
    QVERIFY2(tip.startsWith(u"Request: Success; Verify: Success\n"_s), qPrintable(tip));
    QVERIFY2(tip.endsWith(u": success, success"_s), qPrintable(tip));
    const QString failure = ErrorCatalog::byName(u"ERROR_SYSTEM_FAILURE"_s)->description();
    QCOMPARE(codesSeen(0), u"Request: "_s + failure);

    shown.clear();
    page->controls()->setPeriod(ReportControls::Period::Last7Days);
    QVERIFY(waitForReport(page, shown));
    QCOMPARE(figure(page, "requested"), u"3"_s);
    QCOMPARE(figure(page, "expired"), u"1"_s);
    QTRY_COMPARE(page->transactions()->rowCount(), 3);

    // One app: Beta's OTP only.
    shown.clear();
    auto *app = child<QComboBox>(page, u"reportApp"_s);
    app->setCurrentIndex(app->findText(u"Beta"_s));
    QVERIFY(waitForReport(page, shown));
    QCOMPARE(figure(page, "requested"), u"1"_s);
    QCOMPARE(figure(page, "verified"), u"0"_s);
    QTRY_COMPARE(page->transactions()->rowCount(), 1);
    QCOMPARE(page->transactions()->rowAt(0).appName, u"Beta"_s);

    // A range of days that holds none of them.
    shown.clear();
    const QDate longAgo = QDate::currentDate().addYears(-1);
    page->controls()->setCustomRange(longAgo, longAgo.addDays(2));
    QVERIFY(waitForReport(page, shown));
    QCOMPARE(figure(page, "requested"), u"0"_s);
    QCOMPARE(figure(page, "firstTryRate"), ReportTexts::dash());
}

void ReportsPageTest::sourceSplitsCallsAndSandbox()
{
    Fixture f;
    const OtpAppConfig alpha = createApp(f, u"Alpha"_s);
    const OtpAppConfig beta = createApp(f, u"Beta"_s);
    storeTraffic(f, alpha, beta);
    ReportsPage *page = showReports(f);
    QSignalSpy shown(page, &ReportsPage::figuresShown);
    QVERIFY(waitForReport(page, shown));
    QCOMPARE(figure(page, "requested"), u"3"_s);

    shown.clear();
    auto *source = child<QComboBox>(page, u"reportSource"_s);
    source->setCurrentIndex(source->findData(int(ReportSource::Calls)));
    QVERIFY(waitForReport(page, shown));
    QCOMPARE(figure(page, "requested"), u"0"_s); // nothing was called from OTP Manager
}

void ReportsPageTest::exportsAreWrittenAndReadBack()
{
    Fixture f;
    const OtpAppConfig alpha = createApp(f, u"Alpha"_s);
    const OtpAppConfig beta = createApp(f, u"Beta"_s);
    storeTraffic(f, alpha, beta);
    ReportsPage *page = showReports(f);
    QSignalSpy shown(page, &ReportsPage::figuresShown);
    QVERIFY(waitForReport(page, shown));
    QSignalSpy messages(page, &ReportsPage::message);

    const QString csvPath = f.dir.filePath(u"report.csv"_s);
    QSignalSpy csvDone(page, &ReportsPage::csvExported);
    page->exportCsv(csvPath);
    QVERIFY(csvDone.wait(10000));
    QCOMPARE(csvDone.first().at(1).toString(), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // the header and three OTPs
    QVERIFY(lines.at(1).contains("Alpha") || lines.at(1).contains("Beta"));
    QVERIFY(messages.last().first().toString().contains(u"report.csv"_s));

    const QString jsonPath = f.dir.filePath(u"report.json"_s);
    QVERIFY(page->exportJson(jsonPath).ok());
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject figures
        = QJsonDocument::fromJson(json.readAll()).object()[u"figures"_s].toObject();
    QCOMPARE(figures[u"requested"_s].toInt(), 3);
    QCOMPARE(figures[u"verified"_s].toInt(), 1);
    QVERIFY(messages.last().first().toString().contains(u"report.json"_s));

    const Result<QStringList> charts = page->exportCharts(f.dir.path());
    QVERIFY2(charts.ok(), qPrintable(charts.error));
    QCOMPARE(charts.value.size(), 3);
    for (const QString &path : charts.value) {
        const QImage image(path);
        QVERIFY2(!image.isNull() && image.width() > 100, qPrintable(path));
    }
    QVERIFY(messages.last().first().toString().contains(f.dir.path()));
}

void ReportsPageTest::liveSandboxCallMovesTheNumbers()
{
    Fixture f;
    f.window->startSandbox();
    const OtpAppConfig app = createApp(f, u"Shop"_s);
    QVERIFY(QTest::qWaitFor([&] { return f.sandbox.apps().size() >= 1; }, 10000));
    ReportsPage *page = showReports(f);
    QSignalSpy shown(page, &ReportsPage::figuresShown);
    page->controls()->setPeriod(ReportControls::Period::Today);
    QVERIFY(waitForReport(page, shown));
    QCOMPARE(figure(page, "requested"), u"0"_s);

    // A real request to the app's sandbox while the page is on screen: the recorder writes
    // its row and the page applies it, without a new report.
    shown.clear();
    f.window->consolePage()->session()->request(app, u"0812345678"_s, {});
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 15000));
    QCOMPARE(shown.first().first().toBool(), true); // live
    QTRY_COMPARE(figure(page, "requested"), u"1"_s);
    QCOMPARE(figure(page, "delivered"), u"1"_s);
    QTRY_COMPARE(page->transactions()->rowCount(), 1);

    // The next call's OTP is inserted above it: the user's selection stays on its row.
    auto *table = child<QTableView>(page, u"transactionTable"_s);
    table->selectRow(0);
    const qint64 selectedId = page->transactions()->rowAt(0).requestId;
    f.window->consolePage()->session()->request(app, u"0812345679"_s, {});
    QTRY_COMPARE(page->transactions()->rowCount(), 2);
    QTRY_COMPARE(figure(page, "requested"), u"2"_s);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(page->transactions()->rowAt(selected.first().row()).requestId, selectedId);
    QVERIFY(page->transactions()->rowAt(0).requestId != selectedId);
}

void ReportsPageTest::consoleCallsCountWhenThePageIsShownAgain()
{
    Fixture f;
    const OtpAppConfig app = createApp(f, u"Shop"_s);
    ReportsPage *page = showReports(f);
    QSignalSpy shown(page, &ReportsPage::figuresShown);
    QVERIFY(waitForReport(page, shown));
    QCOMPARE(figure(page, "requested"), u"0"_s);

    // A call to the stopped sandbox fails: the history keeps it, the sandbox saw nothing.
    f.window->showPage(MainWindow::Page::TestConsole);
    QSignalSpy finished(f.window->consolePage()->session(), &OtpCallSession::callFinished);
    f.window->consolePage()->session()->request(app, u"0812345678"_s, {});
    QVERIFY(finished.wait(20000));
    shown.clear();
    f.window->showPage(MainWindow::Page::Reports);
    QVERIFY(waitForReport(page, shown));
    QCOMPARE(shown.first().first().toBool(), true); // applied, not a new report
    QCOMPARE(figure(page, "requested"), u"1"_s);
    QCOMPARE(figure(page, "failedRequests"), u"1"_s);

    // Double-click: the console opens the call's raw exchange.
    QTRY_COMPARE(page->transactions()->rowCount(), 1);
    QSignalSpy opened(page, &ReportsPage::exchangeRequested);
    auto *table = child<QTableView>(page, u"transactionTable"_s);
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(opened.wait(5000));
    QCOMPARE(opened.first().first().toLongLong(), page->transactions()->rowAt(0).requestId);
    QCOMPARE(f.window->currentPage(), MainWindow::Page::TestConsole);
}

void ReportsPageTest::pageFollowsTheLanguage()
{
    Fixture f;
    const OtpAppConfig alpha = createApp(f, u"Alpha"_s);
    const OtpAppConfig beta = createApp(f, u"Beta"_s);
    storeTraffic(f, alpha, beta);
    ReportsPage *page = showReports(f);
    QSignalSpy shown(page, &ReportsPage::figuresShown);
    QVERIFY(waitForReport(page, shown));
    auto *outcomes = child<QChartView>(page, u"outcomesChart"_s);
    const auto categories = [outcomes] {
        auto *axis
            = qobject_cast<QBarCategoryAxis *>(outcomes->chart()->axes(Qt::Vertical).value(0));
        return axis ? axis->categories() : QStringList();
    };
    const ErrorEntry invalid = *ErrorCatalog::byName(u"ERROR_SYSTEM_FAILURE"_s);
    QVERIFY(categories().join(u'|').contains(invalid.description(Language::English)));

    f.translations.install(Language::Thai);
    QTRY_VERIFY(categories().join(u'|').contains(invalid.description(Language::Thai)));
    // A Thai outcome is often cut by the axis: hovering its bar says it whole, with its count.
    auto *bars = qobject_cast<QHorizontalBarSeries *>(outcomes->chart()->series().value(0));
    QVERIFY(bars);
    qsizetype failure = -1;
    for (qsizetype i = 0; i < categories().size(); ++i) {
        if (categories().at(i).contains(invalid.description(Language::Thai)))
            failure = i;
    }
    QVERIFY(failure >= 0);
    emit bars->hovered(true, int(failure), bars->barSets().first());
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().startsWith(categories().at(failure)));
    QVERIFY(QToolTip::text().endsWith(u" 1"_s));
    emit bars->hovered(false, int(failure), bars->barSets().first());
    QTRY_VERIFY(!QToolTip::isVisible());
    QCOMPARE(child<QComboBox>(page, u"transactionState"_s)->itemText(1),
             ReportTexts::fateName(OtpFate::Verified));
    QCOMPARE(
        page->transactions()->headerData(TransactionModel::StateColumn, Qt::Horizontal).toString(),
        TransactionModel::tr("State"));
    QCOMPARE(figure(page, "requested"), u"3"_s);

    f.translations.install(Language::English);
    QTRY_VERIFY(categories().join(u'|').contains(invalid.description(Language::English)));
    QCOMPARE(MainWindow::pageName(MainWindow::Page::Reports), u"Reports"_s);
}

QTEST_MAIN(ReportsPageTest)
#include "tst_reportspage.moc"

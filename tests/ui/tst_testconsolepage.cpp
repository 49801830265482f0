#include "GuiTestHelpers.h"
#include "MainWindowFixture.h"
#include "api/ErrorCatalog.h"
#include "models/AppTableModel.h"
#include "models/HistoryModel.h"
#include "models/InboxModel.h"
#include "pages/ErrorCodesPage.h"
#include "pages/InboxPage.h"
#include "pages/TestConsolePage.h"
#include "widgets/ExchangeViewer.h"
#include "widgets/ResultCard.h"
#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;
using GuiTest::typeText;

// Accepts connections and never answers; the accepted sockets are its children and stay open
// until it goes.
class SilentServer : public QTcpServer
{
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (nextPendingConnection()) { }
        });
        listen(QHostAddress::LocalHost);
    }
};

class TestConsolePageTest : public QObject
{
    Q_OBJECT

private slots:
    void fullLoopRequestInboxVerify();
    void wrongPinShowsItsHint();
    void expiredTokenWithTheSandboxClock();
    void injectedErrorShowsHttp423();
    void neverAnsweringServerTimesOutAndCancelWorks();
    void tenCallsAndHugeAnswerKeepItResponsive();
    void copyAsCurlMaskedUnlessExplicit();
    void testThisAppPreselects();
    void appsTableShowsLastUse();
    void errorCodesTableSearch();
    void finishedCallIsOneNewHistoryRow();
    void resultCardFitsANarrowPane();

private:
    OtpAppConfig createApp(Fixture &f, Environment environment = Environment::Sandbox,
                           const QString &baseUrl = {});
    TestConsolePage *console(Fixture &f);
    OtpResult requestThroughTheForm(Fixture &f, const QString &phone = u"081-234-5678"_s);
    OtpResult verifyThroughTheForm(Fixture &f, const QString &pin);
};

OtpAppConfig TestConsolePageTest::createApp(Fixture &f, Environment environment,
                                            const QString &baseUrl)
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = environment == Environment::Sandbox ? u"Sandbox Shop"_s : u"Slow Server"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    draft.environment = environment;
    draft.baseUrl = baseUrl;
    draft.appKey = environment == Environment::Sandbox ? QString() : u"1234567890123456"_s;
    std::optional<OtpAppService::SaveResult> saved;
    f.apps
        ->create(draft,
                 environment == Environment::Sandbox ? QString()
                                                     : u"0123456789abcdef0123456789abcdef"_s)
        .then(&f.sandbox, [&saved](const OtpAppService::SaveResult &r) { saved = r; });
    if (!QTest::qWaitFor([&] { return saved && saved->ok(); }, 10000))
        qWarning("the app was not created: %s", qPrintable(saved ? saved->error : QString()));
    if (environment == Environment::Sandbox
        && !QTest::qWaitFor([&] { return f.sandbox.apps().size() >= 1; }, 10000))
        qWarning("the sandbox does not serve the app");
    return saved ? saved->value.app : OtpAppConfig();
}

TestConsolePage *TestConsolePageTest::console(Fixture &f)
{
    f.window->showPage(MainWindow::Page::TestConsole);
    return f.window->consolePage();
}

OtpResult TestConsolePageTest::requestThroughTheForm(Fixture &f, const QString &phone)
{
    TestConsolePage *page = console(f);
    auto *phoneEdit = child<QLineEdit>(page, u"consolePhone"_s);
    phoneEdit->clear();
    phoneEdit->setFocus();
    typeText(phoneEdit, phone);
    QSignalSpy finished(page, &TestConsolePage::callFinished);
    QTest::mouseClick(child<QPushButton>(page, u"requestButton"_s), Qt::LeftButton);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<OtpResult>();
}

OtpResult TestConsolePageTest::verifyThroughTheForm(Fixture &f, const QString &pin)
{
    TestConsolePage *page = console(f);
    auto *pinEdit = child<QLineEdit>(page, u"consolePin"_s);
    pinEdit->clear();
    pinEdit->setFocus();
    typeText(pinEdit, pin);
    QSignalSpy finished(page, &TestConsolePage::callFinished);
    QTest::mouseClick(child<QPushButton>(page, u"verifyButton"_s), Qt::LeftButton);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<OtpResult>();
}

void TestConsolePageTest::fullLoopRequestInboxVerify()
{
    Fixture f;
    f.window->startSandbox();
    createApp(f);
    TestConsolePage *page = console(f);
    auto *hint = child<QLabel>(page, u"consolePhoneHint"_s);

    const OtpResult requested = requestThroughTheForm(f);
    QVERIFY2(requested.isSuccess(), qPrintable(requested.summary()));
    QVERIFY(hint->text().contains(u"+66812345678"_s));
    QCOMPARE(child<QLineEdit>(page, u"consoleToken"_s)->text(), requested.token);

    // The inbox shows the SMS.
    QTRY_COMPARE(f.window->inboxPage()->model()->rowCount(), 1);

    QTest::mouseClick(child<QPushButton>(page, u"fillPinButton"_s), Qt::LeftButton);
    const QString pin = child<QLineEdit>(page, u"consolePin"_s)->text();
    QCOMPARE(pin.size(), 6);
    QSignalSpy finished(page, &TestConsolePage::callFinished);
    QTest::mouseClick(child<QPushButton>(page, u"verifyButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const OtpResult verified = finished.first().first().value<OtpResult>();
    QVERIFY2(verified.isSuccess(), qPrintable(verified.summary()));
    auto *card = child<ResultCard>(page, u"resultCard"_s);
    QVERIFY(card->isSuccess());
    QCOMPARE(card->titleText(), u"Code is correct"_s);

    // Two history rows, which survive a new main window.
    auto *history = child<QTableView>(page, u"historyTable"_s);
    QCOMPARE(history->model()->rowCount(), 2);
    f.openWindow();
    QCOMPARE(child<QTableView>(f.window->consolePage(), u"historyTable"_s)->model()->rowCount(), 2);
    // Phone numbers are masked in the list.
    QCOMPARE(child<QTableView>(f.window->consolePage(), u"historyTable"_s)
                 ->model()
                 ->index(1, HistoryModel::PhoneColumn)
                 .data()
                 .toString(),
             u"081***5678"_s);
}

void TestConsolePageTest::wrongPinShowsItsHint()
{
    Fixture f;
    f.window->startSandbox();
    createApp(f);
    QVERIFY(requestThroughTheForm(f).isSuccess());
    const OtpResult result = verifyThroughTheForm(f, u"000000"_s);
    QCOMPARE(result.httpStatus, 400);
    QCOMPARE(result.message, u"Code is invalid."_s);
    auto *card = child<ResultCard>(console(f), u"resultCard"_s);
    QVERIFY(!card->isSuccess());
    QVERIFY(card->detailsText().contains(ErrorCatalog::byRow(61)->hint()));
    // Said once: the status line does not repeat the message the explanation starts with.
    QCOMPARE(card->detailsText().count(u"Code is invalid"_s), 1);
    QVERIFY(card->detailsText().contains(u"Status code 400"_s));
}

void TestConsolePageTest::expiredTokenWithTheSandboxClock()
{
    Fixture f;
    f.window->startSandbox();
    createApp(f);
    QVERIFY(requestThroughTheForm(f).isSuccess());
    f.clock->advance(std::chrono::minutes(6)); // past the 5-minute expiry
    TestConsolePage *page = console(f);
    QTest::mouseClick(child<QPushButton>(page, u"fillPinButton"_s), Qt::LeftButton);
    QSignalSpy finished(page, &TestConsolePage::callFinished);
    QTest::mouseClick(child<QPushButton>(page, u"verifyButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const OtpResult result = finished.first().first().value<OtpResult>();
    QCOMPARE(result.message, u"Token is expire."_s);
    QVERIFY(child<ResultCard>(page, u"resultCard"_s)
                ->detailsText()
                .contains(ErrorCatalog::byRow(62)->hint()));
}

void TestConsolePageTest::injectedErrorShowsHttp423()
{
    Fixture f;
    f.window->startSandbox();
    createApp(f);
    f.sandbox.setFaults(
        SandboxFaults::error(ErrorCatalog::byName(u"ERROR_INSUFFICIENT_CREDIT"_s)->row));
    const OtpResult result = requestThroughTheForm(f);
    QCOMPARE(result.httpStatus, 423);
    auto *card = child<ResultCard>(console(f), u"resultCard"_s);
    QVERIFY(card->detailsText().contains(u"HTTP status: 423"_s));
    QVERIFY(card->detailsText().contains(ErrorCatalog::byStatusCode(116)->hint()));
    const ErrorEntry credit = *ErrorCatalog::byStatusCode(116);
    QVERIFY(card->detailsText().contains(u"Status code 116 · ERROR_INSUFFICIENT_CREDIT"_s));
    QCOMPARE(card->detailsText().count(credit.description()), 1);
    // The sandbox marks the answer it made up, and the card says so: never a real-looking error.
    QVERIFY(ResultCard::isInjected(result));
    QVERIFY(card->faultNoteText().contains(u"fault injection"_s));

    // A real error of the sandbox (a wrong PIN) carries no such note.
    f.sandbox.clearFaults();
    QVERIFY(requestThroughTheForm(f).isSuccess());
    QVERIFY(card->faultNoteText().isEmpty());
    const OtpResult wrong = verifyThroughTheForm(f, u"000000"_s);
    QCOMPARE(wrong.httpStatus, 400);
    QVERIFY(!ResultCard::isInjected(wrong));
    QVERIFY(card->faultNoteText().isEmpty());

    // A moved sandbox clock is said too: a code that expires early is not a mystery.
    f.sandbox.advanceClock(600);
    QVERIFY(requestThroughTheForm(f).isSuccess());
    QVERIFY2(card->faultNoteText().contains(u"10 minute"_s), qPrintable(card->faultNoteText()));
    QVERIFY(!card->faultNoteText().contains(u"fault injection"_s));
}

void TestConsolePageTest::neverAnsweringServerTimesOutAndCancelWorks()
{
    SilentServer silent;
    QVERIFY(silent.isListening());
    Fixture f;
    createApp(f, Environment::Custom, u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    TestConsolePage *page = console(f);
    child<QSpinBox>(page, u"consoleTimeout"_s)->setValue(1);

    QElapsedTimer timer;
    timer.start();
    const OtpResult timedOut = requestThroughTheForm(f);
    QCOMPARE(timedOut.outcome, OtpResult::Outcome::Timeout);
    QVERIFY(timer.elapsed() >= 900);
    QVERIFY(child<ResultCard>(page, u"resultCard"_s)->titleText() == timedOut.outcomeText());

    // Cancel: a long timeout, then the Cancel button ends the call at once.
    child<QSpinBox>(page, u"consoleTimeout"_s)->setValue(60);
    QSignalSpy finished(page, &TestConsolePage::callFinished);
    QTest::mouseClick(child<QPushButton>(page, u"requestButton"_s), Qt::LeftButton);
    auto *cancel = child<QPushButton>(page, u"cancelButton"_s);
    QTRY_VERIFY(cancel->isVisible() && page->callsInFlight() == 1);
    // The window stays responsive while the call waits.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(finished.first().first().value<OtpResult>().outcome, OtpResult::Outcome::Cancelled);
}

void TestConsolePageTest::tenCallsAndHugeAnswerKeepItResponsive()
{
    // One server that never answers, and one that sends 2 MiB in a single answer.
    SilentServer silent;
    QVERIFY(silent.isListening());
    Fixture f;
    createApp(f, Environment::Custom, u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    TestConsolePage *page = console(f);
    child<QSpinBox>(page, u"consoleTimeout"_s)->setValue(60);
    auto *phone = child<QLineEdit>(page, u"consolePhone"_s);
    phone->setText(u"0812345678"_s);
    QSignalSpy finished(page, &TestConsolePage::callFinished);
    for (int i = 0; i < 10; ++i)
        page->requestOtp();
    QTRY_COMPARE(page->callsInFlight(), 10);
    // The event loop keeps running: a timer fires and typing still reaches the widgets.
    QElapsedTimer timer;
    timer.start();
    bool ticked = false;
    QTimer::singleShot(20, page, [&ticked] { ticked = true; });
    QTRY_VERIFY(ticked);
    QVERIFY(timer.elapsed() < 2000);
    phone->clear();
    phone->setFocus();
    typeText(phone, u"0912345678"_s);
    QCOMPARE(phone->text(), u"0912345678"_s);
    page->cancelCalls();
    QTRY_COMPARE(finished.count(), 10);
    for (const QList<QVariant> &call : std::as_const(finished))
        QCOMPARE(call.first().value<OtpResult>().outcome, OtpResult::Outcome::Cancelled);

    QTcpServer huge;
    QVERIFY(huge.listen(QHostAddress::LocalHost));
    connect(&huge, &QTcpServer::newConnection, &huge, [&] {
        QTcpSocket *socket = huge.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const QByteArray body(2 * 1024 * 1024, 'x');
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
    });
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"Huge"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    draft.environment = Environment::Custom;
    draft.baseUrl = u"http://127.0.0.1:%1"_s.arg(huge.serverPort());
    draft.appKey = u"1234567890123456"_s;
    bool created = false;
    f.apps->create(draft, u"0123456789abcdef0123456789abcdef"_s)
        .then(&f.sandbox, [&created](const OtpAppService::SaveResult &r) { created = r.ok(); });
    QTRY_VERIFY(created);
    page->selectApp(f.apps->apps().at(1).name == u"Huge"_s ? f.apps->apps().at(1).id
                                                           : f.apps->apps().at(0).id);
    const OtpResult big = requestThroughTheForm(f);
    QCOMPARE(big.outcome, OtpResult::Outcome::InvalidResponse);
    QVERIFY(big.record.responseBody.size() <= ExchangeRecord::MaxBodySize);
}

void TestConsolePageTest::copyAsCurlMaskedUnlessExplicit()
{
    Fixture f;
    f.window->startSandbox();
    createApp(f);
    QVERIFY(requestThroughTheForm(f).isSuccess());
    TestConsolePage *page = console(f);
    QSignalSpy messages(page, &TestConsolePage::message);
    auto *viewer = child<ExchangeViewer>(page, u"exchangeViewer"_s);
    QTest::mouseClick(child<QPushButton>(viewer, u"copyCurlButton"_s), Qt::LeftButton);
    const QString masked = QApplication::clipboard()->text();
    QVERIFY(masked.startsWith(u"curl"_s));
    // The shell's variable where the secret goes: the command runs after one export.
    QVERIFY(masked.contains(u"secret='\"$OTP_SECRET\"'"_s));
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(u"export OTP_SECRET="_s));
    QVERIFY(f.window->statusBar()->currentMessage().contains(u"$OTP_SECRET"_s));

    const OtpAppConfig app = f.apps->apps().first();
    QString realSecret;
    f.apps->secret(app.id).then(&f.sandbox,
                                [&realSecret](const SecretResult &r) { realSecret = r.secret; });
    QTRY_VERIFY(!realSecret.isEmpty());
    QVERIFY(!masked.contains(realSecret));
    page->secretClipboard()->setClearAfter(300);
    QTest::mouseClick(child<QPushButton>(viewer, u"copyCurlSecretButton"_s), Qt::LeftButton);
    QTRY_VERIFY(QApplication::clipboard()->text().contains(realSecret));
    QVERIFY(f.window->statusBar()->currentMessage().contains(u"cleared from the clipboard"_s));
    // Taken off the clipboard after the time, as the message said.
    QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
}

void TestConsolePageTest::testThisAppPreselects()
{
    Fixture f;
    const OtpAppConfig first = createApp(f);
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"Another"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    f.apps->create(draft, {});
    QTRY_COMPARE(f.apps->apps().size(), 2);
    const QUuid another
        = f.apps->apps().at(0).id == first.id ? f.apps->apps().at(1).id : f.apps->apps().at(0).id;
    // Whatever the console showed before, it follows the app chosen in the table.
    for (const QUuid &chosen : {another, first.id, another}) {
        f.window->consolePage()->selectApp(chosen == another ? first.id : another);
        f.window->showPage(MainWindow::Page::Apps);
        f.page()->selectApp(chosen);
        QTest::mouseClick(child<QToolButton>(f.window.get(), u"testAppButton"_s), Qt::LeftButton);
        QCOMPARE(f.window->currentPage(), MainWindow::Page::TestConsole);
        QCOMPARE(f.window->consolePage()->selectedAppId(), chosen);
        // The cursor waits in the phone number, the next thing to type.
        QTRY_COMPARE(QApplication::focusWidget(),
                     child<QLineEdit>(f.window.get(), u"consolePhone"_s));
    }
}

void TestConsolePageTest::appsTableShowsLastUse()
{
    Fixture f;
    f.window->startSandbox();
    createApp(f);
    f.window->showPage(MainWindow::Page::Apps);
    auto *table = child<QTableView>(f.window.get(), u"appTable"_s);
    const auto lastUsed = [table] {
        return table->model()->index(0, AppTableModel::LastUsedColumn).data().toString();
    };
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QString never = lastUsed();
    QVERIFY(requestThroughTheForm(f).isSuccess());
    f.window->showPage(MainWindow::Page::Apps);
    QVERIFY(lastUsed() != never);
    QVERIFY(!lastUsed().isEmpty());
}

void TestConsolePageTest::errorCodesTableSearch()
{
    Fixture f;
    f.window->showPage(MainWindow::Page::ErrorCodes);
    ErrorCodesPage *page = f.window->errorCodesPage();
    auto *table = child<QTableView>(page, u"errorTable"_s);
    QCOMPARE(table->model()->rowCount(), 63);
    auto *search = child<QLineEdit>(page, u"errorSearch"_s);
    const auto names = [table] {
        QStringList list;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            list << table->model()->index(row, 2).data().toString();
        return list;
    };
    search->setFocus();
    typeText(search, u"104"_s);
    QCOMPARE(names(), QStringList{u"ERROR_IP_NOT_ALLOWED"_s});
    search->clear();
    typeText(search, u"IP"_s);
    QVERIFY(names().contains(u"ERROR_IP_NOT_ALLOWED"_s));
    QVERIFY(names().size() < 63);
}

// The history takes each finished call as one inserted row: what the user selected stays.
void TestConsolePageTest::finishedCallIsOneNewHistoryRow()
{
    Fixture f;
    f.window->startSandbox();
    createApp(f);
    QVERIFY(requestThroughTheForm(f).isSuccess());
    auto *history = child<QTableView>(console(f), u"historyTable"_s);
    history->selectRow(0);
    const QVariant selected = history->model()->index(0, 0).data(HistoryModel::ExchangeIdRole);
    QSignalSpy inserted(history->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(history->model(), &QAbstractItemModel::modelReset);
    QVERIFY(requestThroughTheForm(f).isSuccess());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(history->model()->rowCount(), 2);
    QCOMPARE(history->selectionModel()->selectedRows().first().data(HistoryModel::ExchangeIdRole),
             selected);
}

// Seen in the 1024x700 screenshot: the token, one long word, made the card wider than its pane
// and cut "Verify the code…" off at the right. The card shows it shortened, whole in the
// tooltip (and in the Token field), and fits a pane narrower than the token.
void TestConsolePageTest::resultCardFitsANarrowPane()
{
    OtpResult result;
    result.operation = OtpOperation::Request;
    result.outcome = OtpResult::Outcome::Success;
    result.reason = OtpResult::Reason::None;
    result.httpStatus = 200;
    result.token = u"P74j6zkCFNc35PsCkbOITs28Eni27QaR"_s;
    result.refno = u"MOZBS"_s;
    ResultCard card;
    card.setResult(result);
    const int tokenWidth = card.fontMetrics().horizontalAdvance(result.token);
    QVERIFY2(card.minimumSizeHint().width() < tokenWidth,
             qPrintable(
                 u"%1 px for a %2 px token"_s.arg(card.minimumSizeHint().width()).arg(tokenWidth)));
    QVERIFY(card.detailsText().contains(u"P74j6zkC…i27QaR"_s));
    QVERIFY(!card.detailsText().contains(result.token));
    QCOMPARE(child<QLabel>(&card, u"resultDetails"_s)->toolTip(), u"Token: "_s + result.token);
}

QTEST_MAIN(TestConsolePageTest)
#include "tst_testconsolepage.moc"

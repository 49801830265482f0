#include "GuiTestHelpers.h"
#include "MainWindowFixture.h"
#include "api/ErrorCatalog.h"
#include "pages/ErrorCodesPage.h"
#include "pages/TestConsolePage.h"
#include "storage/ExchangeRepository.h"
#include "widgets/AppDetailsPane.h"
#include "widgets/HistoryPanel.h"
#include "widgets/MessageBanner.h"
#include "widgets/ResultCard.h"
#include "widgets/SecretClipboard.h"

#include <QClipboard>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;
using GuiTest::typeText;

// What the window tells the user (issue 16): the stopped sandbox, copies and exports in the
// status bar, a copied secret taken off the clipboard, a decode that follows the language, and
// the numbers the phone field remembers per app.
class TestConsoleFeedback : public QObject
{
    Q_OBJECT

private slots:
    void stoppedSandboxSaysSoAndStartsIt();
    void exportsSayWhatTheyWrote();
    void copiedSecretLeavesTheClipboard();
    void revealedSecretShowsWhole_data();
    void revealedSecretShowsWhole();
    void decodeFollowsTheLanguage();
    void phoneFieldRemembersNumbersPerApp();

private:
    OtpAppConfig createApp(Fixture &f, const QString &name);
    TestConsolePage *console(Fixture &f);
    OtpResult request(Fixture &f, const QString &phone);
};

OtpAppConfig TestConsoleFeedback::createApp(Fixture &f, const QString &name)
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = name;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    std::optional<OtpAppService::SaveResult> saved;
    f.apps->create(draft, {}).then(&f.sandbox,
                                   [&saved](const OtpAppService::SaveResult &r) { saved = r; });
    if (!QTest::qWaitFor([&] { return saved && saved->ok(); }, 10000))
        qWarning("the app was not created");
    const QUuid id = saved ? saved->value.app.id : QUuid();
    if (!QTest::qWaitFor(
            [&] {
                for (const SandboxApp &app : f.sandbox.apps()) {
                    if (app.config.id == id)
                        return true;
                }
                return false;
            },
            10000))
        qWarning("the sandbox does not serve the app");
    return saved ? saved->value.app : OtpAppConfig();
}

TestConsolePage *TestConsoleFeedback::console(Fixture &f)
{
    f.window->showPage(MainWindow::Page::TestConsole);
    TestConsolePage *page = f.window->consolePage();
    if (!QTest::qWaitFor([page] { return page->isVisible(); })) // shown from the event loop
        qWarning("the console is not shown");
    return page;
}

OtpResult TestConsoleFeedback::request(Fixture &f, const QString &phone)
{
    TestConsolePage *page = console(f);
    auto *edit = child<QLineEdit>(page, u"consolePhone"_s);
    edit->clear();
    edit->setFocus();
    typeText(edit, phone);
    QSignalSpy finished(page, &TestConsolePage::callFinished);
    QTest::mouseClick(child<QPushButton>(page, u"requestButton"_s), Qt::LeftButton);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<OtpResult>();
}

void TestConsoleFeedback::stoppedSandboxSaysSoAndStartsIt()
{
    Fixture f;
    createApp(f, u"Sandbox Shop"_s);
    QVERIFY(!f.sandbox.isRunning());
    TestConsolePage *page = console(f);
    QSignalSpy finished(page, &TestConsolePage::callFinished);
    auto *edit = child<QLineEdit>(page, u"consolePhone"_s);
    edit->setFocus();
    typeText(edit, u"0812345678"_s);
    QTest::mouseClick(child<QPushButton>(page, u"requestButton"_s), Qt::LeftButton);

    // Nothing is sent (no "POST" to an empty URL in the history); the banner says why.
    auto *banner = child<MessageBanner>(page, u"sandboxStoppedBanner"_s);
    QVERIFY2(banner->isVisible(),
             qPrintable(child<ResultCard>(page, u"resultCard"_s)->titleText()));
    QVERIFY(banner->text().contains(u"sandbox is stopped"_s));
    QVERIFY(child<ResultCard>(page, u"resultCard"_s)->titleText().contains(u"stopped"_s));
    QCOMPARE(page->callsInFlight(), 0);
    QCOMPARE(f.workspace->exchanges().count({}), 0);

    // Its button starts the sandbox; the banner goes and the next request is answered.
    QTest::mouseClick(child<QPushButton>(banner, u"startSandboxButton"_s), Qt::LeftButton);
    QVERIFY(f.sandbox.isRunning());
    QVERIFY(!banner->isVisible());
    QVERIFY(f.window->sandboxStatusText().contains(u"running"_s));
    QTest::mouseClick(child<QPushButton>(page, u"requestButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().value<OtpResult>().isSuccess());
}

void TestConsoleFeedback::exportsSayWhatTheyWrote()
{
    Fixture f;
    f.window->startSandbox();
    createApp(f, u"Sandbox Shop"_s);
    QVERIFY(request(f, u"0812345678"_s).isSuccess());
    QVERIFY(request(f, u"0812345679"_s).isSuccess());
    auto *history = console(f)->findChild<HistoryPanel *>();
    QVERIFY(history);
    const QString csv = f.dir.filePath(u"history.csv"_s);
    QSignalSpy messages(history, &HistoryPanel::message);
    history->reportExport(history->exportCsv(csv), csv);
    QCOMPARE(messages.count(), 1);
    QVERIFY(f.window->statusBar()->currentMessage().contains(u"2 call"_s));
    QVERIFY(f.window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(csv)));
}

void TestConsoleFeedback::copiedSecretLeavesTheClipboard()
{
    Fixture f;
    const OtpAppConfig app = createApp(f, u"Sandbox Shop"_s);
    QTRY_COMPARE(f.rows(), 1);
    f.page()->selectApp(app.id);
    auto *details = child<AppDetailsPane>(f.window.get(), u"appDetails"_s);
    details->secretClipboard()->setClearAfter(300);

    QTest::mouseClick(child<QPushButton>(details, u"detailsCopyKey"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), app.appKey);
    QVERIFY(f.window->statusBar()->currentMessage().contains(u"App Key"_s));

    QTest::mouseClick(child<QPushButton>(details, u"detailsCopySecret"_s), Qt::LeftButton);
    QTRY_VERIFY(QApplication::clipboard()->text().size() == 32);
    QVERIFY(f.window->statusBar()->currentMessage().contains(u"cleared from the clipboard"_s));
    QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
    QVERIFY(f.window->statusBar()->currentMessage().contains(u"was cleared"_s));

    // Something the user copied since is theirs: it stays.
    QTest::mouseClick(child<QPushButton>(details, u"detailsCopySecret"_s), Qt::LeftButton);
    QTRY_VERIFY(QApplication::clipboard()->text().size() == 32);
    QApplication::clipboard()->setText(u"my own note"_s);
    QTest::qWait(500);
    QCOMPARE(QApplication::clipboard()->text(), u"my own note"_s);
}

void TestConsoleFeedback::revealedSecretShowsWhole_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("English") << Language::English;
    QTest::newRow("Thai") << Language::Thai;
}

// App details > Reveal: the 32-character secret fits its field, as wide as the key's.
void TestConsoleFeedback::revealedSecretShowsWhole()
{
    QFETCH(Language, language);
    Fixture f;
    f.translations.install(language);
    f.window->resize(1180, 760);
    const OtpAppConfig app = createApp(f, u"Sandbox Shop"_s);
    QTRY_COMPARE(f.rows(), 1);
    f.page()->selectApp(app.id);
    auto *details = child<AppDetailsPane>(f.window.get(), u"appDetails"_s);
    QTest::mouseClick(child<QPushButton>(details, u"detailsRevealSecret"_s), Qt::LeftButton);
    QTRY_VERIFY(details->isSecretRevealed());
    QTest::qWait(50);
    auto *secret = child<QLineEdit>(details, u"detailsSecret"_s);
    auto *key = child<QLineEdit>(details, u"detailsKey"_s);
    QCOMPARE(secret->text().size(), 32);
    QVERIFY2(secret->fontMetrics().horizontalAdvance(secret->text()) < secret->width() - 8,
             qPrintable(u"%1 px of text in %2 px"_s
                            .arg(secret->fontMetrics().horizontalAdvance(secret->text()))
                            .arg(secret->width())));
    QCOMPARE(secret->width(), key->width());
}

void TestConsoleFeedback::decodeFollowsTheLanguage()
{
    Fixture f;
    f.window->showPage(MainWindow::Page::ErrorCodes);
    ErrorCodesPage *page = f.window->errorCodesPage();
    auto *input = child<QPlainTextEdit>(page, u"decodeInput"_s);
    input->setPlainText(u"ERROR_TTL"_s);
    QTest::mouseClick(child<QPushButton>(page, u"decodeButton"_s), Qt::LeftButton);
    auto *result = child<QLabel>(page, u"decodeResult"_s);
    const ErrorEntry entry = *ErrorCatalog::byName(u"ERROR_TTL"_s);
    QVERIFY(result->text().contains(entry.description(Language::English)));

    f.translations.install(Language::Thai);
    QTRY_VERIFY2(result->text().contains(entry.description(Language::Thai)),
                 qPrintable(result->text()));
    QVERIFY(!result->text().contains(entry.description(Language::English)));
    f.translations.install(Language::English);
    QTRY_VERIFY(result->text().contains(entry.description(Language::English)));
}

void TestConsoleFeedback::phoneFieldRemembersNumbersPerApp()
{
    Fixture f;
    f.window->startSandbox();
    const OtpAppConfig shop = createApp(f, u"Shop"_s);
    const OtpAppConfig bakery = createApp(f, u"Bakery"_s);
    TestConsolePage *page = console(f);
    auto *edit = child<QLineEdit>(page, u"consolePhone"_s);
    const auto offered = [&edit] {
        QStringList numbers;
        QAbstractItemModel *model = edit->completer()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            numbers << model->index(row, 0).data().toString();
        return numbers;
    };
    page->selectApp(shop.id);
    QVERIFY(request(f, u"081-234-5678"_s).isSuccess());
    QVERIFY(request(f, u"+66912345678"_s).isSuccess());
    QCOMPARE(offered(), (QStringList{u"0912345678"_s, u"0812345678"_s}));
    page->selectApp(bakery.id);
    QCOMPARE(offered(), QStringList());

    // A new window (the next start) offers them again, and typing shows the match.
    f.openWindow();
    page = console(f);
    page->selectApp(shop.id);
    edit = child<QLineEdit>(page, u"consolePhone"_s);
    QCOMPARE(offered(), (QStringList{u"0912345678"_s, u"0812345678"_s}));
    edit->setFocus();
    typeText(edit, u"812"_s);
    QTRY_VERIFY(edit->completer()->popup()->isVisible());
    QCOMPARE(edit->completer()->currentCompletion(), u"0812345678"_s);
}

QTEST_MAIN(TestConsoleFeedback)
#include "tst_consolefeedback.moc"

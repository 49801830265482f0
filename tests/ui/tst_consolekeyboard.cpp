#include "GuiTestHelpers.h"
#include "HelpMenu.h"
#include "MainWindowFixture.h"
#include "dialogs/KeyboardShortcutsDialog.h"
#include "pages/TestConsolePage.h"
#include "storage/InboxRepository.h"
#include "widgets/ExchangeViewer.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;
using GuiTest::typeText;

// The Test console without the mouse (issue 16, "Keyboard"): Enter in the phone field requests,
// Enter in the PIN field verifies, Ctrl+Enter sends from anywhere; Help > Keyboard Shortcuts
// lists the keys, and the buttons' tooltips name them.
class TestConsoleKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void enterRequestsAndVerifies();
    void ctrlEnterSendsFromAnywhere();
    void shortcutsAreListedAndInTooltips();

private:
    TestConsolePage *consoleWithApp(Fixture &f);
    OtpResult waitForCall(QSignalSpy &finished);
};

TestConsolePage *TestConsoleKeyboard::consoleWithApp(Fixture &f)
{
    f.window->startSandbox();
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"Sandbox Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    bool created = false;
    f.apps->create(draft, {}).then(
        &f.sandbox, [&created](const OtpAppService::SaveResult &r) { created = r.ok(); });
    if (!QTest::qWaitFor([&] { return created && !f.sandbox.apps().isEmpty(); }, 10000))
        qWarning("the app was not created");
    f.window->showPage(MainWindow::Page::TestConsole);
    TestConsolePage *page = f.window->consolePage();
    if (!QTest::qWaitFor([page] { return page->isVisible(); }))
        qWarning("the console is not shown");
    return page;
}

OtpResult TestConsoleKeyboard::waitForCall(QSignalSpy &finished)
{
    if (!finished.wait(20000))
        return {};
    return finished.takeFirst().first().value<OtpResult>();
}

void TestConsoleKeyboard::enterRequestsAndVerifies()
{
    Fixture f;
    TestConsolePage *page = consoleWithApp(f);
    QSignalSpy finished(page, &TestConsolePage::callFinished);
    auto *phone = child<QLineEdit>(page, u"consolePhone"_s);
    phone->setFocus();
    typeText(phone, u"0812345678"_s);
    QTest::keyClick(phone, Qt::Key_Return);
    const OtpResult requested = waitForCall(finished);
    QVERIFY2(requested.isSuccess(), qPrintable(requested.summary()));
    QCOMPARE(requested.operation, OtpOperation::Request);

    // The PIN field has the focus after a request: type the code, press Enter.
    auto *pin = child<QLineEdit>(page, u"consolePin"_s);
    QTRY_VERIFY(pin->hasFocus());
    const std::optional<OtpMessage> sms = f.workspace->inbox().findByToken(requested.token);
    QVERIFY(sms);
    typeText(pin, sms->code);
    QTest::keyClick(pin, Qt::Key_Enter); // the keypad's Enter too
    const OtpResult verified = waitForCall(finished);
    QCOMPARE(verified.operation, OtpOperation::Verify);
    QVERIFY2(verified.isSuccess(), qPrintable(verified.summary()));

    // Enter in an empty phone field sends nothing.
    phone->clear();
    phone->setFocus();
    QTest::keyClick(phone, Qt::Key_Return);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(page->callsInFlight(), 0);
}

void TestConsoleKeyboard::ctrlEnterSendsFromAnywhere()
{
    Fixture f;
    TestConsolePage *page = consoleWithApp(f);
    QSignalSpy finished(page, &TestConsolePage::callFinished);
    auto *phone = child<QLineEdit>(page, u"consolePhone"_s);
    phone->setFocus();
    typeText(phone, u"0812345678"_s);
    // From the raw exchange pane, far from the form: Ctrl+Enter requests.
    auto *request = child<QPlainTextEdit>(page, u"exchangeRequest"_s);
    request->setFocus();
    QTRY_VERIFY(request->hasFocus());
    QTest::keyClick(request, Qt::Key_Return, Qt::ControlModifier);
    const OtpResult requested = waitForCall(finished);
    QCOMPARE(requested.operation, OtpOperation::Request);
    QVERIFY(requested.isSuccess());

    // In the PIN field, Ctrl+Enter verifies.
    auto *pin = child<QLineEdit>(page, u"consolePin"_s);
    pin->setFocus();
    typeText(pin, f.workspace->inbox().findByToken(requested.token)->code);
    QTest::keyClick(pin, Qt::Key_Return, Qt::ControlModifier);
    const OtpResult verified = waitForCall(finished);
    QCOMPARE(verified.operation, OtpOperation::Verify);
    QVERIFY(verified.isSuccess());
}

void TestConsoleKeyboard::shortcutsAreListedAndInTooltips()
{
    Fixture f;
    TestConsolePage *page = consoleWithApp(f);
    const QString ctrlReturn = QKeySequence(u"Ctrl+Return"_s).toString(QKeySequence::NativeText);
    QVERIFY(child<QPushButton>(page, u"requestButton"_s)->toolTip().contains(ctrlReturn));
    QVERIFY(child<QPushButton>(page, u"verifyButton"_s)->toolTip().contains(ctrlReturn));

    auto *help = f.window->findChild<HelpMenu *>(u"helpMenu"_s);
    QVERIFY(help);
    help->shortcutsAction()->trigger();
    KeyboardShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<KeyboardShortcutsDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    const auto has = [dialog](const QString &keys, const QString &words) {
        for (const auto &[rowKeys, what] : dialog->rows()) {
            if (rowKeys.contains(keys) && what.contains(words))
                return true;
        }
        return false;
    };
    // The menus' shortcuts, read from the actions, and the console's own keys.
    QVERIFY(
        has(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText), u"New OTP App"_s));
    QVERIFY(has(u"Ctrl+2"_s, MainWindow::pageName(MainWindow::Page::TestConsole)));
    QVERIFY(has(ctrlReturn, u"Request OTP"_s));
    QVERIFY(has(QKeySequence(u"Ctrl+F"_s).toString(QKeySequence::NativeText), u"raw exchange"_s));
    for (const auto &[keys, what] : dialog->rows())
        QVERIFY2(!keys.isEmpty() && !keys.startsWith(u','), qPrintable(what)); // no empty key
    dialog->reject();
}

QTEST_MAIN(TestConsoleKeyboard)
#include "tst_consolekeyboard.moc"

#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "dialogs/AppEditorDialog.h"
#include "dialogs/CredentialsDialog.h"
#include "i18n/Translations.h"
#include "models/AppTableModel.h"
#include "pages/AppsPage.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "services/AppSettings.h"
#include "services/OtpAppService.h"
#include "services/SandboxInboxRecorder.h"
#include "services/Workspace.h"
#include "storage/AppRepository.h"
#include "widgets/AppDetailsPane.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using GuiTest::answerNextMessageBox;
using GuiTest::child;
using GuiTest::typeText;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void firstRunShowsEmptyState();
    void demoAppIsReadyToUse();
    void createAppThroughTheForm();
    void editKeepsTheApp();
    void duplicateGetsOwnCredentials();
    void deleteAsksNamingTheApp();
    void filterAsYouType();
    void columnsFitLongNames();
    void revealHidesItselfAgain();
    void sidebarAndShortcutsSwitchPages();
    void everyPageHasSidebarEntryViewActionAndName();
    void sandboxStatusInStatusBar();
    void portOverrideIsNotSaved();
    void sessionOnlyBanner();
    void geometryIsRemembered();
    void versionRunsOffscreen();
};

void TestMainWindow::firstRunShowsEmptyState()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    auto *empty = child<QWidget>(f.window.get(), u"appsEmptyState"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(child<QPushButton>(f.window.get(), u"emptyNewAppButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(f.window.get(), u"demoAppButton"_s)->isVisible());
}

void TestMainWindow::demoAppIsReadyToUse()
{
    Fixture f;
    QTest::mouseClick(child<QPushButton>(f.window.get(), u"demoAppButton"_s), Qt::LeftButton);
    QTRY_COMPARE(f.apps->apps().size(), 1);
    const OtpAppConfig demo = f.apps->apps().first();
    QCOMPARE(demo.environment, Environment::Sandbox);
    QCOMPARE(demo.appKey.size(), 16);
    QTRY_COMPARE(f.secrets.size(), 1);
    QTRY_VERIFY(!child<QWidget>(f.window.get(), u"appsEmptyState"_s)->isVisible());
    QCOMPARE(f.rows(), 1);
    QCOMPARE(f.page()->selectedAppId(), demo.id);
}

void TestMainWindow::createAppThroughTheForm()
{
    Fixture f;
    QTest::mouseClick(child<QPushButton>(f.window.get(), u"emptyNewAppButton"_s), Qt::LeftButton);
    QTRY_VERIFY(f.page()->openEditor());
    AppEditorDialog *editor = f.page()->openEditor();
    QApplication::setActiveWindow(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    auto *save = child<QPushButton>(editor, u"saveButton"_s);
    QVERIFY(!save->isEnabled());

    auto *name = child<QLineEdit>(editor, u"nameEdit"_s);
    name->setFocus();
    typeText(name, u"ร้านค้า Shop"_s);
    auto *email = child<QLineEdit>(editor, u"contactEmailEdit"_s);
    email->setFocus();
    typeText(email, u"qa@example"_s);
    QTest::keyClick(email, Qt::Key_Tab);
    QTRY_VERIFY(editor->findChild<QWidget *>(u"contactEmailMessage"_s)->isVisible());
    email->setFocus();
    typeText(email, u".com"_s);
    auto *contact = child<QLineEdit>(editor, u"contactNameEdit"_s);
    contact->setFocus();
    typeText(contact, u"QA"_s);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    // Saved: a row, a keychain entry, and the dashboard's last step with the credentials.
    QTRY_COMPARE(f.rows(), 1);
    QTRY_COMPARE(f.secrets.size(), 1);
    QTRY_VERIFY(f.window->findChild<CredentialsDialog *>());
    auto *credentials = f.window->findChild<CredentialsDialog *>();
    const OtpAppConfig app = f.apps->apps().first();
    QCOMPARE(app.name, u"ร้านค้า Shop"_s);
    QCOMPARE(child<QLineEdit>(credentials, u"appKeyField"_s)->text(), app.appKey);
    auto *secretField = child<QLineEdit>(credentials, u"appSecretField"_s);
    QCOMPARE(secretField->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>(credentials, u"revealSecretButton"_s), Qt::LeftButton);
    QCOMPARE(secretField->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QPushButton>(credentials, u"copySecretButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secretField->text());
    QCOMPARE(secretField->text().size(), 32);
    QTest::mouseClick(child<QPushButton>(credentials, u"closeButton"_s), Qt::LeftButton);

    // The app survives a restart of the window (it is in the database).
    f.openWindow();
    QCOMPARE(f.rows(), 1);
}

void TestMainWindow::editKeepsTheApp()
{
    Fixture f;
    f.page()->createDemoApp();
    QTRY_COMPARE(f.rows(), 1);
    const OtpAppConfig before = f.apps->apps().first();
    f.page()->editSelected();
    QTRY_VERIFY(f.page()->openEditor());
    AppEditorDialog *editor = f.page()->openEditor();
    auto *name = child<QLineEdit>(editor, u"nameEdit"_s);
    name->selectAll();
    name->setFocus();
    typeText(name, u"Renamed"_s);
    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(f.apps->apps().first().name, u"Renamed"_s);
    const OtpAppConfig after = f.apps->apps().first();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.appKey, before.appKey); // sandbox credentials keep working
    QCOMPARE(f.secrets.size(), 1);
}

void TestMainWindow::duplicateGetsOwnCredentials()
{
    Fixture f;
    f.page()->createDemoApp();
    QTRY_COMPARE(f.rows(), 1);
    const OtpAppConfig original = f.apps->apps().first();
    QTest::mouseClick(child<QToolButton>(f.window.get(), u"duplicateAppButton"_s), Qt::LeftButton);
    QTRY_VERIFY(f.page()->openEditor());
    AppEditorDialog *editor = f.page()->openEditor();
    QCOMPARE(child<QLineEdit>(editor, u"nameEdit"_s)->text(), original.name + u" (2)"_s);
    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(f.rows(), 2);
    QTRY_COMPARE(f.secrets.size(), 2);
    QTRY_VERIFY(f.page()->selectedAppId() != original.id); // the copy is selected
    const auto copy = f.apps->app(f.page()->selectedAppId());
    QVERIFY(copy);
    QVERIFY(copy->id != original.id);
    QVERIFY(copy->appKey != original.appKey);
    QCOMPARE(copy->messageTemplate, original.messageTemplate);
    if (QWidget *credentials = f.window->findChild<CredentialsDialog *>())
        credentials->close();
}

void TestMainWindow::deleteAsksNamingTheApp()
{
    Fixture f;
    f.page()->createDemoApp();
    QTRY_COMPARE(f.rows(), 1);
    const QString name = f.apps->apps().first().name;
    auto *deleteButton = child<QToolButton>(f.window.get(), u"deleteAppButton"_s);

    // "Cancel": nothing happens. The box names the app.
    bool asked = false;
    QString question;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->text();
        asked = true;
        child<QPushButton>(box, u"rejectButton"_s)->click();
    });
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(question.contains(name));
    QCOMPARE(f.rows(), 1);

    answerNextMessageBox(u"acceptButton"_s, &asked);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_COMPARE(f.rows(), 0);
    QTRY_COMPARE(f.secrets.size(), 0); // its keychain entry went too
    QVERIFY(f.workspace->apps().list().isEmpty());
    QTRY_VERIFY(child<QWidget>(f.window.get(), u"appsEmptyState"_s)->isVisible());
}

void TestMainWindow::filterAsYouType()
{
    Fixture f;
    for (const QString &name : {u"Alpha"_s, u"Beta"_s, u"Alphabet"_s}) {
        OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
        draft.name = name;
        draft.contactEmail = u"qa@example.com"_s;
        draft.contactName = u"QA"_s;
        f.apps->create(draft, {});
    }
    QTRY_COMPARE(f.rows(), 3);
    QTest::keySequence(f.window.get(), QKeySequence::Find);
    auto *filter = child<QLineEdit>(f.window.get(), u"appFilter"_s);
    QTRY_VERIFY(filter->hasFocus());
    typeText(filter, u"alp"_s);
    QCOMPARE(f.rows(), 2);
    typeText(filter, u"habet"_s);
    QCOMPARE(f.rows(), 1);
    filter->clear();
    QCOMPARE(f.rows(), 3);
    // Not a pattern: brackets and stars are just characters, and Esc brings every app back.
    typeText(filter, u"[(*"_s);
    QCOMPARE(f.rows(), 0);
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(f.rows(), 3);
}

void TestMainWindow::columnsFitLongNames()
{
    Fixture f;
    auto *table = child<QTableView>(f.window.get(), u"appTable"_s);
    // The whole name fits in its column (text width plus some margin).
    const auto nameFits = [table](const QString &name) {
        return table->columnWidth(AppTableModel::NameColumn)
            > table->fontMetrics().horizontalAdvance(name);
    };
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"A"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    f.apps->create(draft, {});
    QTRY_COMPARE(f.rows(), 1);
    QVERIFY(nameFits(draft.name));
    const int narrow = table->columnWidth(AppTableModel::NameColumn);
    // A longer name added later widens the column to show it whole.
    draft.name = u"ร้านค้าออนไลน์ของคุณสมชาย — Production checkout"_s;
    f.apps->create(draft, {});
    QTRY_COMPARE(f.rows(), 2);
    QVERIFY(nameFits(draft.name));
    QVERIFY(table->columnWidth(AppTableModel::NameColumn) > narrow);
}

void TestMainWindow::revealHidesItselfAgain()
{
    Fixture f;
    f.page()->createDemoApp();
    QTRY_COMPARE(f.secrets.size(), 1);
    auto *details = child<AppDetailsPane>(f.window.get(), u"appDetails"_s);
    auto *secret = child<QLineEdit>(details, u"detailsSecret"_s);
    const QString masked = secret->text();
    QTest::mouseClick(child<QPushButton>(details, u"detailsRevealSecret"_s), Qt::LeftButton);
    QTRY_COMPARE(secret->text().size(), 32); // read from the (memory) keychain
    QVERIFY(details->isSecretRevealed());
    // It hides itself after 30 s; the timer is the product's, so wait for it for real.
    auto *timer = details->findChild<QTimer *>();
    QVERIFY(timer && timer->isActive());
    QCOMPARE(timer->interval(), AppDetailsPane::RevealMilliseconds);
    QMetaObject::invokeMethod(timer, "timeout");
    QTRY_COMPARE(secret->text(), masked);
}

void TestMainWindow::sidebarAndShortcutsSwitchPages()
{
    Fixture f;
    auto *sidebar = child<QListWidget>(f.window.get(), u"sidebar"_s);
    QCOMPARE(sidebar->count(), 6);
    sidebar->setCurrentRow(3);
    QCOMPARE(f.window->currentPage(), MainWindow::Page::ErrorCodes);
    QTest::keyClick(f.window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(f.window->currentPage(), MainWindow::Page::Reports);
    QTest::keyClick(f.window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(f.window->currentPage(), MainWindow::Page::Settings);
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(f.window->currentPage(), MainWindow::Page::Apps);
    // New app (Ctrl+N) opens the form.
    QTest::keySequence(f.window.get(), QKeySequence::New);
    QTRY_VERIFY(f.page()->openEditor());
    f.page()->openEditor()->reject();
}

// The sidebar, the page stack and the View menu are all made from the window's one table of
// pages: each page of the table has a sidebar row, a View action with its Ctrl+N shortcut that
// shows it, and the same name in both, translated in English and Thai.
void TestMainWindow::everyPageHasSidebarEntryViewActionAndName()
{
    Fixture f;
    const QList<MainWindow::Page> pages = MainWindow::pages();
    QVERIFY(!pages.isEmpty());
    QCOMPARE(QSet<MainWindow::Page>(pages.cbegin(), pages.cend()).size(), pages.size());
    auto *sidebar = child<QListWidget>(f.window.get(), u"sidebar"_s);
    QCOMPARE(sidebar->count(), pages.size());
    QCOMPARE(child<QStackedWidget>(f.window.get(), u"pageStack"_s)->count(), pages.size());

    // The action of a shortcut in the menu bar's menus, and the menu's title.
    const auto actionFor = [&f](const QKeySequence &shortcut) -> std::pair<QAction *, QString> {
        for (QAction *menu : f.window->menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->shortcut() == shortcut)
                    return {action, menu->text()};
            }
        }
        return {nullptr, QString()};
    };

    QStringList englishNames;
    for (const Language language : {Language::English, Language::Thai}) {
        f.translations.install(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (int i = 0; i < pages.size(); ++i) {
            const MainWindow::Page page = pages.at(i);
            const QString name = MainWindow::pageName(page);
            QVERIFY(!name.isEmpty());
            if (language == Language::English)
                englishNames << name;
            else
                QVERIFY2(name != englishNames.at(i), qPrintable(name)); // translated
            QCOMPARE(sidebar->item(i)->text(), name);

            const QKeySequence shortcut(Qt::CTRL | Qt::Key(Qt::Key_1 + i));
            const auto [action, menu] = actionFor(shortcut);
            QVERIFY2(action, qPrintable(shortcut.toString()));
            QCOMPARE(menu, QCoreApplication::translate("MainWindow", "&View"));
            QCOMPARE(action->text(), name);
            sidebar->setCurrentRow((i + 1) % pages.size());
            QTest::keyClick(f.window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(f.window->currentPage(), page);
            QCOMPARE(sidebar->currentRow(), i);
        }
    }
    f.translations.install(Language::English);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void TestMainWindow::sandboxStatusInStatusBar()
{
    Fixture f;
    QCOMPARE(f.window->sandboxStatusText(), u"Sandbox stopped"_s);
    f.window->startSandbox();
    QVERIFY(f.sandbox.isRunning());
    QVERIFY(f.window->sandboxStatusText().startsWith(u"Sandbox running at http://127.0.0.1:"_s));
    f.window->stopSandbox();
    QCOMPARE(f.window->sandboxStatusText(), u"Sandbox stopped"_s);

    // A port in use: the status bar says why the sandbox did not start.
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost));
    f.settings->setSandboxPort(blocker.serverPort());
    f.window->startSandbox();
    QVERIFY(!f.sandbox.isRunning());
    QVERIFY(f.window->sandboxStatusText().startsWith(u"Sandbox could not start"_s));
    QVERIFY(f.window->sandboxStatusText().contains(QString::number(blocker.serverPort())));
}

void TestMainWindow::portOverrideIsNotSaved()
{
    Fixture f;
    f.settings->setSandboxPort(8765);
    f.window->setSandboxPortOverride(0); // otp-manager --sandbox-port 0
    f.window->startSandbox();
    QVERIFY(f.sandbox.isRunning());
    QVERIFY(f.sandbox.url().port() != 8765);
    QCOMPARE(f.settings->sandboxPort(), 8765);
}

void TestMainWindow::sessionOnlyBanner()
{
    Fixture f;
    // The memory store is not persistent: the banner says secrets are forgotten on exit.
    auto *banner = child<QWidget>(f.window.get(), u"keychainBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(child<QLabel>(banner, u"keychainBannerText"_s)->text().contains(u"forgotten"_s));
    QCOMPARE(f.window->keychainStatusText(), u"Keychain: session-only"_s);
}

void TestMainWindow::geometryIsRemembered()
{
    Fixture f;
    f.window->resize(1000, 700);
    f.window->close();
    f.openWindow();
    QCOMPARE(f.window->size(), QSize(1000, 700));
}

void TestMainWindow::versionRunsOffscreen()
{
    QProcess process;
    process.start(QStringLiteral(OTP_MANAGER_PATH), {u"--version"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                .contains(QStringLiteral(OTP_VERSION_STRING)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

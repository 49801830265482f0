#include "AppsFileActions.h"
#include "MainWindowFixture.h"
#include "dialogs/AppEditorDialog.h"
#include "dialogs/CredentialsDialog.h"
#include "dialogs/ImportSecretsDialog.h"
#include "widgets/InboxRowActions.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; empty: none.
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Mnemonic letter -> the texts that use it, for what a user can reach with Alt in a window:
// its menu bar titles and its visible buttons, group boxes, tabs and labels with a buddy.
using Uses = QMultiMap<QString, QString>;

void add(Uses &uses, const QString &text)
{
    if (const QString letter = mnemonicOf(text); !letter.isEmpty())
        uses.insert(letter, text);
}

Uses mnemonicsIn(QWidget *window)
{
    Uses uses;
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window))
        for (const QAction *action : mainWindow->menuBar()->actions())
            add(uses, action->text());
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || qobject_cast<QMenu *>(widget))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(uses, button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(uses, label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(uses, group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                add(uses, tabs->tabText(i));
    }
    return uses;
}

QString duplicates(const Uses &uses)
{
    QStringList found;
    for (const QString &letter : uses.uniqueKeys())
        if (uses.count(letter) > 1)
            found << u"Alt+%1: %2"_s.arg(letter.toUpper(), uses.values(letter).join(u" | "_s));
    return found.join(u"; "_s);
}

// The clashes in a dialog as it shows now, prefixed with what it is; empty when none.
QString clashesIn(QWidget *dialog, const QString &what)
{
    if (!dialog)
        return what + u": did not open"_s;
    QCoreApplication::processEvents();
    const QString clash = duplicates(mnemonicsIn(dialog));
    return clash.isEmpty() ? QString() : what + u": "_s + clash;
}

template<typename Dialog> Dialog *waitForModal()
{
    QDeadlineTimer deadline(5000);
    while (!qobject_cast<Dialog *>(QApplication::activeModalWidget()) && !deadline.hasExpired())
        QTest::qWait(10);
    return qobject_cast<Dialog *>(QApplication::activeModalWidget());
}

// For a box shown with exec(): checks it once it is up, then closes it as Cancel would, so a
// failure never leaves the test waiting on it.
void checkNextExecBox(const QString &what, QStringList *clashes)
{
    QTimer::singleShot(0, [what, clashes] {
        QDialog *box = waitForModal<QDialog>();
        *clashes << clashesIn(box, what);
        if (box)
            box->reject();
    });
}

void writeLiveAppsFile(const QString &path)
{
    const QJsonObject app{
        {u"name"_s, u"Live Shop"_s},   {u"contactEmail"_s, u"qa@example.com"_s},
        {u"contactName"_s, u"QA"_s},   {u"template"_s, u"Code {otp} for {app} (Ref {ref})"_s},
        {u"environment"_s, u"live"_s}, {u"key"_s, u"1234567890123456"_s}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the apps file");
    file.write(QJsonDocument(QJsonObject{{u"format"_s, u"otp-manager-apps"_s},
                                         {u"version"_s, 1},
                                         {u"apps"_s, QJsonArray{app}}})
                   .toJson());
}

// The app form in each environment: each shows fields of its own.
void checkEditor(AppEditorDialog *editor, const QString &what, QStringList *clashes)
{
    if (!editor) {
        *clashes << what + u": did not open"_s;
        return;
    }
    auto *environment = editor->findChild<QComboBox *>(u"environmentCombo"_s);
    for (int i = 0; environment && i < environment->count(); ++i) {
        if (environment->isEnabled())
            environment->setCurrentIndex(i);
        *clashes << clashesIn(editor, what + u" ("_s + environment->currentText() + u')');
    }
}
} // namespace

// Issue 16, item 8: one Alt+letter per window, so Alt+V opens View and nothing else. Walks
// every page of the main window, every menu, in English and Thai.
class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void noDuplicateWithinAWindow_data();
    void noDuplicateWithinAWindow();
    void noDuplicateWithinADialog_data();
    void noDuplicateWithinADialog();

private:
    void checkAppDialogs(Fixture &fixture, QStringList *clashes);
    void checkOtherDialogs(Fixture &fixture, QStringList *clashes);
};

void TestMnemonics::noDuplicateWithinAWindow_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("English") << Language::English;
    QTest::newRow("Thai") << Language::Thai;
}

void TestMnemonics::noDuplicateWithinAWindow()
{
    QFETCH(Language, language);
    Fixture fixture;
    fixture.translations.install(language);
    MainWindow *window = fixture.window.get();
    for (const MainWindow::Page page : MainWindow::pages()) {
        window->showPage(page);
        QCoreApplication::processEvents();
        const QString clash = duplicates(mnemonicsIn(window));
        QVERIFY2(clash.isEmpty(), qPrintable(MainWindow::pageName(page) + u" page: "_s + clash));
    }
    for (const QAction *action : window->menuBar()->actions()) {
        if (!action->menu())
            continue;
        Uses uses;
        for (const QAction *item : action->menu()->actions())
            add(uses, item->text());
        const QString clash = duplicates(uses);
        QVERIFY2(clash.isEmpty(), qPrintable(action->text() + u" menu: "_s + clash));
    }
}

void TestMnemonics::noDuplicateWithinADialog_data()
{
    noDuplicateWithinAWindow_data();
}

// Every dialog a user meets, opened as a user would, in English and Thai.
void TestMnemonics::noDuplicateWithinADialog()
{
    QFETCH(Language, language);
    Fixture fixture;
    fixture.translations.install(language);
    QStringList clashes;
    checkAppDialogs(fixture, &clashes);
    checkOtherDialogs(fixture, &clashes);
    clashes.removeAll(QString());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

// The app's own dialogs: credentials (secret hidden and revealed), the app form to create and
// to edit, the confirmations to discard changes and to delete.
void TestMnemonics::checkAppDialogs(Fixture &fixture, QStringList *clashes)
{
    AppsPage *apps = fixture.page();
    apps->newApp();
    QTRY_VERIFY(apps->openEditor());
    AppEditorDialog *editor = apps->openEditor();
    checkEditor(editor, u"Add OTP App"_s, clashes);
    GuiTest::child<QComboBox>(editor, u"environmentCombo"_s)->setCurrentIndex(0); // Sandbox
    GuiTest::typeText(GuiTest::child<QLineEdit>(editor, u"nameEdit"_s), u"Shop"_s);
    checkNextExecBox(u"Discard changes?"_s, clashes); // Keep editing
    editor->reject();
    QCOMPARE(apps->openEditor(), editor);

    // Created: the sandbox credentials are shown, the secret hidden, then revealed.
    GuiTest::typeText(GuiTest::child<QLineEdit>(editor, u"contactEmailEdit"_s),
                      u"qa@example.com"_s);
    GuiTest::typeText(GuiTest::child<QLineEdit>(editor, u"contactNameEdit"_s), u"QA"_s);
    auto *save = GuiTest::child<QAbstractButton>(editor, u"saveButton"_s);
    QTRY_VERIFY(save->isEnabled());
    save->click();
    auto *credentials = waitForModal<CredentialsDialog>();
    *clashes << clashesIn(credentials, u"App Key and App Secret"_s);
    if (credentials) {
        GuiTest::child<QAbstractButton>(credentials, u"revealSecretButton"_s)->click();
        *clashes << clashesIn(credentials, u"App Key and App Secret, revealed"_s);
        credentials->accept();
    }
    QTRY_VERIFY(!QApplication::activeModalWidget());

    fixture.table()->selectRow(0);
    apps->editSelected();
    QTRY_VERIFY(apps->openEditor());
    *clashes << clashesIn(apps->openEditor(), u"Edit OTP App"_s);
    apps->openEditor()->done(QDialog::Rejected);
    QTRY_VERIFY(!apps->openEditor());

    checkNextExecBox(u"Delete confirmation"_s, clashes);
    apps->deleteSelected();
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

// Import (the secrets it asks for), the sandbox clock's minutes, keyboard shortcuts, About.
void TestMnemonics::checkOtherDialogs(Fixture &fixture, QStringList *clashes)
{
    MainWindow *window = fixture.window.get();
    const QString path = fixture.dir.filePath(u"apps.json"_s);
    writeLiveAppsFile(path);
    GuiTest::child<AppsFileActions>(window, u"appsFileActions"_s)->importFile(path);
    auto *secrets = waitForModal<ImportSecretsDialog>();
    *clashes << clashesIn(secrets, u"App Secrets for the Import"_s);
    if (secrets)
        secrets->reject();
    QTRY_VERIFY(!QApplication::activeModalWidget());

    window->showPage(MainWindow::Page::Inbox);
    window->findChild<InboxRowActions *>()->askClockAdvance();
    auto *minutes = waitForModal<QInputDialog>();
    *clashes << clashesIn(minutes, u"Advance the sandbox clock"_s);
    if (minutes)
        minutes->reject();
    QTRY_VERIFY(!QApplication::activeModalWidget());

    // Help: Keyboard Shortcuts, About.
    const QList<QAction *> help = window->menuBar()->actions().last()->menu()->actions();
    QAction *about = nullptr;
    for (QAction *item : help)
        if (item->text().contains(u"OTP Manager"_s))
            about = item;
    QVERIFY(about);
    help.first()->trigger();
    auto *shortcuts = waitForModal<QDialog>();
    *clashes << clashesIn(shortcuts, u"Keyboard Shortcuts"_s);
    if (shortcuts)
        shortcuts->reject();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    about->trigger();
    auto *box = waitForModal<QDialog>();
    *clashes << clashesIn(box, u"About OTP Manager"_s);
    if (box)
        box->reject();
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"

#include "MainWindowFixture.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
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
} // namespace

// Issue 16, item 8: one Alt+letter per window, so Alt+V opens View and nothing else. Walks
// every page of the main window, every menu, in English and Thai.
class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void noDuplicateWithinAWindow_data();
    void noDuplicateWithinAWindow();
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

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"

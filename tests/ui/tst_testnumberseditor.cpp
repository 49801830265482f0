#include "dialogs/AppEditorDialog.h"
#include "widgets/FieldMessage.h"
#include "widgets/TestNumbersEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

#include "GuiTestHelpers.h"

using GuiTest::child;
using GuiTest::typeText;

namespace {

OtpAppDraft sandboxDraft()
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    return draft;
}

// Edits one cell like a user: the cell's editor opens (or is open already, after Add), the
// text is typed, Enter commits it.
void editCell(QTableWidget *table, int row, int column, const QString &text)
{
    const auto openEditor = [table] {
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        return editor && editor->parentWidget() == table->viewport() ? editor : nullptr;
    };
    if (!openEditor() || table->currentRow() != row || table->currentColumn() != column) {
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
    }
    QLineEdit *editor = openEditor();
    QVERIFY(editor);
    editor->selectAll();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text); // the delegate commits queued
}

} // namespace

// The test numbers table of the app form, driven through its widgets: add and fill a row,
// an invalid row's message and the disabled Save button, the digits rule, remove, and that it
// is there for sandbox apps only.
class TestTestNumbersEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addAndFillARow();
    void invalidRowShowsItsMessageAndBlocksSave();
    void changingDigitsFlagsFixedCodesOfTheOldLength();
    void removeSelectedRow();
    void onlySandboxAppsShowIt();
    void duplicateKeepsThem();

private:
    void open(AppEditorDialog &dialog);
};

void TestTestNumbersEditor::init()
{
    setCurrentLanguage(Language::English);
}

void TestTestNumbersEditor::open(AppEditorDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    QTRY_VERIFY(dialog.isActiveWindow());
}

void TestTestNumbersEditor::addAndFillARow()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, sandboxDraft(), {});
    open(dialog);
    auto *save = child<QPushButton>(&dialog, u"saveButton"_s);
    auto *table = child<QTableWidget>(&dialog, u"testNumbersTable"_s);
    auto *message = child<FieldMessage>(&dialog, u"testNumbersMessage"_s);
    QVERIFY(save->isEnabled());
    QCOMPARE(table->rowCount(), 0);

    QTest::mouseClick(child<QPushButton>(&dialog, u"addTestNumberButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!save->isEnabled()); // an empty row is not a test number yet
    QVERIFY(save->toolTip().contains(u"Test number 1"_s));

    editCell(table, 0, TestNumbersEditor::NumberColumn, u"0800000001"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"Test number 1"_s), qPrintable(message->text()));
    QVERIFY(!save->isEnabled());

    editCell(table, 0, TestNumbersEditor::CodeColumn, u"123456"_s);
    QTRY_VERIFY(save->isEnabled());
    QVERIFY(!message->showsError());
    QCOMPARE(dialog.draft().testNumbers,
             (QList<TestNumber>{TestNumber{u"0800000001"_s, u"123456"_s, {}}}));
    QVERIFY(dialog.isModified());
}

void TestTestNumbersEditor::invalidRowShowsItsMessageAndBlocksSave()
{
    OtpAppDraft draft = sandboxDraft();
    draft.testNumbers = {TestNumber{u"+66800000001"_s, u"123456"_s, {}},
                         TestNumber{u"+66800000002"_s, {}, u"drop"_s}};
    AppEditorDialog dialog(AppEditorDialog::Mode::Edit, draft, {});
    open(dialog);
    auto *save = child<QPushButton>(&dialog, u"saveButton"_s);
    auto *table = child<QTableWidget>(&dialog, u"testNumbersTable"_s);
    auto *message = child<FieldMessage>(&dialog, u"testNumbersMessage"_s);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(save->isEnabled());

    editCell(table, 1, TestNumbersEditor::FailColumn, u"ERROR_NOPE"_s);
    QTRY_VERIFY(message->showsError());
    QVERIFY2(message->text().contains(u"Test number 2"_s)
                 && message->text().contains(u"ERROR_NOPE"_s),
             qPrintable(message->text()));
    QVERIFY(!save->isEnabled());

    editCell(table, 1, TestNumbersEditor::FailColumn, u"116"_s); // a status code
    QTRY_VERIFY(save->isEnabled());
    QVERIFY(!message->showsError());
}

void TestTestNumbersEditor::changingDigitsFlagsFixedCodesOfTheOldLength()
{
    OtpAppDraft draft = sandboxDraft();
    draft.testNumbers = {TestNumber{u"+66800000001"_s, u"123456"_s, {}}};
    AppEditorDialog dialog(AppEditorDialog::Mode::Edit, draft, {});
    open(dialog);
    auto *save = child<QPushButton>(&dialog, u"saveButton"_s);
    auto *message = child<FieldMessage>(&dialog, u"testNumbersMessage"_s);
    auto *digits = child<QSpinBox>(&dialog, u"digitsSpin"_s);
    QVERIFY(save->isEnabled());

    digits->setValue(4);
    QTRY_VERIFY(message->showsError());
    QVERIFY2(message->text().contains(u"123456"_s) && message->text().contains(u"4 digits"_s),
             qPrintable(message->text()));
    QVERIFY(!save->isEnabled());
    digits->setValue(6);
    QTRY_VERIFY(save->isEnabled());
    QVERIFY(!message->showsError());
}

void TestTestNumbersEditor::removeSelectedRow()
{
    OtpAppDraft draft = sandboxDraft();
    draft.testNumbers = {TestNumber{u"+66800000001"_s, u"123456"_s, {}},
                         TestNumber{u"+66800000002"_s, {}, u"drop"_s}};
    AppEditorDialog dialog(AppEditorDialog::Mode::Edit, draft, {});
    open(dialog);
    auto *table = child<QTableWidget>(&dialog, u"testNumbersTable"_s);
    auto *remove = child<QPushButton>(&dialog, u"removeTestNumberButton"_s);
    QVERIFY(!remove->isEnabled()); // nothing selected
    table->selectRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(dialog.draft().testNumbers, (QList<TestNumber>{draft.testNumbers.at(1)}));
    QVERIFY(dialog.isModified());
}

void TestTestNumbersEditor::onlySandboxAppsShowIt()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, sandboxDraft(), {});
    open(dialog);
    auto *editor = child<TestNumbersEditor>(&dialog, u"testNumbersEditor"_s);
    QVERIFY(editor->isVisible());
    auto *environment = child<QComboBox>(&dialog, u"environmentCombo"_s);
    environment->setCurrentIndex(environment->findData(int(Environment::Live)));
    QVERIFY(!editor->isVisible());
    environment->setCurrentIndex(environment->findData(int(Environment::Sandbox)));
    QVERIFY(editor->isVisible());
    QVERIFY(!editor->table()->accessibleName().isEmpty());
}

void TestTestNumbersEditor::duplicateKeepsThem()
{
    OtpAppDraft draft = sandboxDraft();
    draft.testNumbers = {TestNumber{u"+66800000001"_s, u"123456"_s, {}}};
    AppEditorDialog dialog(AppEditorDialog::Mode::Duplicate, draft, {u"Shop"_s});
    open(dialog);
    QCOMPARE(child<QTableWidget>(&dialog, u"testNumbersTable"_s)->rowCount(), 1);
    QCOMPARE(dialog.draft().testNumbers, draft.testNumbers);
}

QTEST_MAIN(TestTestNumbersEditor)
#include "tst_testnumberseditor.moc"

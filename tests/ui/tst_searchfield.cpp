// The filter boxes of the Apps, Test console and Error codes pages: typing filters, the clear
// button shows only while there is text, and clicking it or pressing Esc empties the field.
#include "GuiTestHelpers.h"
#include "widgets/SearchField.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

class TestSearchField : public QObject
{
    Q_OBJECT

private slots:
    void clearButtonFollowsTheText();
    void escapeEmptiesTheField();
    void iconsAreDrawn();
};

namespace {

QAction *clearAction(SearchField &field)
{
    return field.findChild<QAction *>(u"clearSearchAction"_s);
}

// The tool button QLineEdit shows for an action.
QToolButton *buttonFor(SearchField &field, QAction *action)
{
    for (QToolButton *button : field.findChildren<QToolButton *>()) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

} // namespace

void TestSearchField::clearButtonFollowsTheText()
{
    SearchField field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QAction *clear = clearAction(field);
    QVERIFY(clear);
    QVERIFY(!clear->isVisible());

    QSignalSpy changed(&field, &QLineEdit::textChanged);
    QTest::keyClicks(&field, u"shop"_s);
    QCOMPARE(changed.size(), 4);
    QVERIFY(clear->isVisible());
    QToolButton *button = buttonFor(field, clear);
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(field.text(), QString());
    QVERIFY(!clear->isVisible());
    QVERIFY(field.hasFocus());
}

void TestSearchField::escapeEmptiesTheField()
{
    SearchField field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    GuiTest::typeText(&field, u"ร้าน"_s);
    QCOMPARE(field.text(), u"ร้าน"_s);
    QTest::keyClick(&field, Qt::Key_Escape);
    QCOMPARE(field.text(), QString());
    // With nothing to clear, Esc goes on to the parent (a dialog closes, say).
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&field, &escape);
    QVERIFY(!escape.isAccepted());
}

void TestSearchField::iconsAreDrawn()
{
    SearchField field;
    for (QAction *action : field.actions())
        QVERIFY2(!action->icon().pixmap(16, 16).isNull(), qPrintable(action->objectName()));
    QVERIFY(!clearAction(field)->toolTip().isEmpty());
}

QTEST_MAIN(TestSearchField)
#include "tst_searchfield.moc"

#include "GuiTestHelpers.h"
#include "MainWindowFixture.h"
#include "pages/ErrorCodesPage.h"
#include "pages/TestConsolePage.h"
#include "widgets/ExchangeViewer.h"
#include "widgets/TextFindBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyleOptionComboBox>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;
using GuiTest::typeText;

// The Test console as it sits in the window (issue 16): what a user types never changes the
// window's size (item 1); the panes can be resized and keep their sizes; the body viewer has
// pretty and raw, and find (Ctrl+F).
class TestConsoleLayout : public QObject
{
    Q_OBJECT

private slots:
    void hintsNeverResizeTheWindow_data();
    void hintsNeverResizeTheWindow();
    void panesResizeAndRemember();
    void bodyPrettyOrRawAndFind();
    void errorCodesShowWholeTexts();
};

void TestConsoleLayout::hintsNeverResizeTheWindow_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("phone");
    QTest::newRow("English, not a mobile number") << Language::English << u"021234567"_s;
    QTest::newRow("English, valid") << Language::English << u"0812345678"_s;
    QTest::newRow("English, long garbage")
        << Language::English << u"0212345670212345670212345670212345670212345670"_s;
    QTest::newRow("Thai, not a mobile number") << Language::Thai << u"021234567"_s;
}

void TestConsoleLayout::hintsNeverResizeTheWindow()
{
    QFETCH(Language, language);
    QFETCH(QString, phone);
    Fixture f;
    f.translations.install(language);
    f.window->resize(1180, 760);
    f.window->showPage(MainWindow::Page::TestConsole);
    TestConsolePage *page = f.window->consolePage();
    QTest::qWait(50);
    const QSize before = f.window->size();
    const QSize minimumBefore = f.window->minimumSizeHint();

    auto *edit = child<QLineEdit>(page, u"consolePhone"_s);
    auto *hint = child<QLabel>(page, u"consolePhoneHint"_s);
    const int hintTop = hint->y();
    edit->setFocus();
    typeText(edit, phone);
    QTest::qWait(50);
    QCOMPARE(f.window->size(), before);
    QVERIFY2(f.window->minimumSizeHint().width() <= minimumBefore.width(),
             qPrintable(
                 u"%1 > %2"_s.arg(f.window->minimumSizeHint().width()).arg(minimumBefore.width())));
    // The whole message shows, wrapped inside the form, and the fields below do not move.
    QVERIFY(hint->x() + hint->width() <= hint->parentWidget()->width());
    QVERIFY(hint->height() >= hint->heightForWidth(hint->width()));
    QCOMPARE(hint->y(), hintTop);

    // Fixing the number leaves it as it was too.
    edit->clear();
    typeText(edit, u"0812345678"_s);
    QTest::qWait(50);
    QCOMPARE(f.window->size(), before);
}

// Drags a splitter's handle by dy pixels, as a user does.
static void dragHandle(QSplitter *splitter, int index, int dy)
{
    QSplitterHandle *handle = splitter->handle(index);
    const QPoint middle = handle->rect().center();
    const QPoint target = middle + QPoint(0, dy);
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QMouseEvent move(QEvent::MouseMove, QPointF(target), handle->mapToGlobal(QPointF(target)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(handle, &move);
    QTest::mouseRelease(handle, Qt::LeftButton, {}, target);
}

void TestConsoleLayout::panesResizeAndRemember()
{
    Fixture f;
    f.window->resize(1180, 760);
    f.window->showPage(MainWindow::Page::TestConsole);
    QTRY_VERIFY(f.window->consolePage()->isVisible());
    auto *splitter = child<QSplitter>(f.window->consolePage(), u"consoleSplitter"_s);
    QCOMPARE(splitter->count(), 3); // the form and card, the raw exchange, the history
    const QList<int> before = splitter->sizes();
    // The raw exchange takes room from the history, down to its search field and a few rows.
    dragHandle(splitter, 2, 60);
    const QList<int> after = splitter->sizes();
    QVERIFY2(after.at(1) >= before.at(1) + 50,
             qPrintable(u"%1 -> %2"_s.arg(before.at(1)).arg(after.at(1))));

    // The next window (the next start) has the same sizes.
    f.openWindow();
    f.window->resize(1180, 760);
    f.window->showPage(MainWindow::Page::TestConsole);
    QTRY_VERIFY(f.window->consolePage()->isVisible());
    QCOMPARE(child<QSplitter>(f.window->consolePage(), u"consoleSplitter"_s)->sizes(), after);
}

void TestConsoleLayout::bodyPrettyOrRawAndFind()
{
    ExchangeViewer viewer;
    viewer.resize(700, 400);
    viewer.show();
    ExchangeRecord record;
    record.method = "POST";
    record.url = QUrl(u"http://127.0.0.1:8765/v2/otp/request"_s);
    record.requestBody = R"({"key":"k","msisdn":"+66812345678"})";
    record.hasResponse = true;
    record.status = 200;
    record.responseBody = R"({"data":{"status":"success","token":"abc"}})";
    viewer.setRecord(record);
    // Pretty by default: indented; raw: byte for byte as it travelled.
    QVERIFY(viewer.responseText().contains(u"\n    \"data\": {"_s));
    child<QCheckBox>(&viewer, u"prettyBody"_s)->setChecked(false);
    QVERIFY(viewer.responseText().contains(QString::fromUtf8(record.responseBody)));
    QVERIFY(viewer.requestText().contains(QString::fromUtf8(record.requestBody)));

    // Find: every match highlighted, Enter moves to the next one, Esc closes.
    viewer.showFindBar();
    auto *bar = child<TextFindBar>(&viewer, u"exchangeFindBar"_s);
    auto *field = child<QLineEdit>(bar, u"findField"_s);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(field->hasFocus());
    typeText(field, u"66812"_s);
    auto *request = child<QPlainTextEdit>(&viewer, u"exchangeRequest"_s);
    QCOMPARE(bar->matchCount(), 1);
    QCOMPARE(request->extraSelections().size(), 1);
    QCOMPARE(request->textCursor().selectedText(), u"66812"_s);
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(request->extraSelections().isEmpty());
}

// Error codes page, switched to Thai after it was built in English: the HTTP filter box fits
// its longest text ("สถานะ HTTP ทั้งหมด" lost its last letter) and the Name column every name.
void TestConsoleLayout::errorCodesShowWholeTexts()
{
    Fixture f;
    f.window->resize(1180, 760);
    f.window->showPage(MainWindow::Page::ErrorCodes);
    ErrorCodesPage *page = f.window->errorCodesPage();
    QTRY_VERIFY(page->isVisible());
    f.translations.install(Language::Thai);
    QTest::qWait(50);
    auto *combo = child<QComboBox>(page, u"httpClassFilter"_s);
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, combo);
    for (int i = 0; i < combo->count(); ++i) {
        const int text = combo->fontMetrics().horizontalAdvance(combo->itemText(i));
        QVERIFY2(text <= field.width(),
                 qPrintable(
                     u"%1: %2 px in %3 px"_s.arg(combo->itemText(i)).arg(text).arg(field.width())));
    }
    auto *table = child<QTableView>(page, u"errorTable"_s);
    const int nameWidth = table->columnWidth(2);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString name = table->model()->index(row, 2).data().toString();
        QVERIFY2(table->fontMetrics().horizontalAdvance(name) < nameWidth, qPrintable(name));
    }
}

QTEST_MAIN(TestConsoleLayout)
#include "tst_consolelayout.moc"

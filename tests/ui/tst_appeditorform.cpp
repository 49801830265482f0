#include "dialogs/AppEditorDialog.h"
#include "i18n/Translations.h"
#include "widgets/FieldMessage.h"
#include "widgets/SmsBubbleView.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

#include "GuiTestHelpers.h"

using GuiTest::child;
using GuiTest::typeText;

// The app form's messages as a user meets them (issue 16): when they appear, where, how many,
// and that they never move the fields below or freeze the form.
class TestAppEditorForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void digitsOutOfRangeAreExplainedAndBlockCreate_data();
    void digitsOutOfRangeAreExplainedAndBlockCreate();
    void longNameIsBlamedUnderTheName();
    void messagesAppearWhenTheFieldIsLeft();
    void aOneLineMessageDoesNotMoveTheFieldsBelow_data();
    void aOneLineMessageDoesNotMoveTheFieldsBelow();
    void pastedLogGivesAFewLinesAndStaysResponsive_data();
    void pastedLogGivesAFewLinesAndStaysResponsive();
    void environmentNoteSaysWhatSavingDoes();

private:
    static void open(AppEditorDialog &dialog);
    static OtpAppDraft filledDraft();
};

void TestAppEditorForm::init()
{
    setCurrentLanguage(Language::English);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // as the app does
}

void TestAppEditorForm::open(AppEditorDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    QTRY_VERIFY(dialog.isActiveWindow());
}

OtpAppDraft TestAppEditorForm::filledDraft()
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA team"_s;
    return draft;
}

void TestAppEditorForm::digitsOutOfRangeAreExplainedAndBlockCreate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("9") << u"9"_s;
    QTest::newRow("3") << u"3"_s;
}

void TestAppEditorForm::digitsOutOfRangeAreExplainedAndBlockCreate()
{
    QFETCH(QString, typed);
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, filledDraft(), {});
    open(dialog);
    auto *save = child<QPushButton>(&dialog, u"saveButton"_s);
    auto *digits = child<QSpinBox>(&dialog, u"digitsSpin"_s);
    auto *message = child<FieldMessage>(&dialog, u"digitsMessage"_s);
    QVERIFY(save->isEnabled());

    digits->setFocus();
    QTRY_VERIFY(digits->hasFocus());
    digits->selectAll();
    QTest::keyClicks(digits, typed);
    // Not dropped: the field holds what was typed, and Create is off at once.
    QCOMPARE(digits->value(), typed.toInt());
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(u"between 4 and 8 digits"_s));

    // Leaving the field keeps the value and says why, like every other rule.
    QTest::keyClick(digits, Qt::Key_Tab);
    QCOMPARE(digits->value(), typed.toInt());
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->showsError());
    QVERIFY2(message->text().contains(u"between 4 and 8 digits"_s), qPrintable(message->text()));
    QVERIFY(!save->isEnabled());

    // Fixed: the message goes and Create comes back.
    digits->setFocus();
    digits->selectAll();
    QTest::keyClicks(digits, u"6"_s);
    QTRY_VERIFY(message->isHidden());
    QVERIFY(save->isEnabled());
}

void TestAppEditorForm::longNameIsBlamedUnderTheName()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Edit, filledDraft(), {});
    open(dialog);
    auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
    auto *nameMessage = child<FieldMessage>(&dialog, u"nameMessage"_s);
    auto *templateMessage = child<FieldMessage>(&dialog, u"templateMessage"_s);

    // A long Thai name turns the English template into a 4-part UCS-2 SMS.
    name->setFocus();
    name->selectAll();
    typeText(name, QString(u"ร้าน"_s).repeated(50));
    QTest::keyClick(name, Qt::Key_Tab);
    QTRY_VERIFY(nameMessage->isVisible());
    QVERIFY2(nameMessage->text().contains(u"This name makes the SMS too long"_s),
             qPrintable(nameMessage->text()));
    QVERIFY(templateMessage->isVisible());
    QVERIFY2(templateMessage->text().contains(u"because of the app name"_s),
             qPrintable(templateMessage->text()));
    QVERIFY(!templateMessage->text().contains(u"Shorten the template"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"saveButton"_s)->isEnabled());
}

void TestAppEditorForm::messagesAppearWhenTheFieldIsLeft()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, filledDraft(), {});
    open(dialog);
    auto *expiry = child<QLineEdit>(&dialog, u"expiryEdit"_s);
    auto *message = child<FieldMessage>(&dialog, u"expiryMessage"_s);
    auto *save = child<QPushButton>(&dialog, u"saveButton"_s);

    // First visit: nothing while typing, the message when the field is left.
    expiry->setFocus();
    QTRY_VERIFY(expiry->hasFocus());
    expiry->selectAll();
    QTest::keyClicks(expiry, u"00:04"_s);
    QTest::qWait(50);
    QVERIFY(message->isHidden());
    QVERIFY(!save->isEnabled());
    QTest::keyClick(expiry, Qt::Key_Tab);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"ERROR_TTL"_s));
    const QString rangeMessage = message->text();

    // Second visit, the same rule: a new problem waits until the field is left again...
    expiry->setFocus();
    QTRY_VERIFY(expiry->hasFocus());
    expiry->selectAll();
    QTest::keyClicks(expiry, u"5"_s);
    QTest::qWait(50);
    QCOMPARE(message->text(), rangeMessage);
    QTest::keyClick(expiry, Qt::Key_Tab);
    QTRY_VERIFY(message->text().contains(u"ERROR_TTL_FORMAT"_s));

    // ...and a fixed one goes at once, while still typing.
    expiry->setFocus();
    QTRY_VERIFY(expiry->hasFocus());
    expiry->selectAll();
    QTest::keyClicks(expiry, u"00:10"_s);
    QTRY_VERIFY(message->isHidden());
    QVERIFY(expiry->hasFocus());
    QVERIFY(save->isEnabled());
}

void TestAppEditorForm::aOneLineMessageDoesNotMoveTheFieldsBelow_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("English") << Language::English;
    // Thai lines are taller than the UI font's own line (a fallback font draws them).
    QTest::newRow("Thai") << Language::Thai;
}

void TestAppEditorForm::aOneLineMessageDoesNotMoveTheFieldsBelow()
{
    QFETCH(Language, language);
    Translations translations;
    translations.install(language);
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, filledDraft(), {});
    open(dialog);
    auto *contactName = child<QLineEdit>(&dialog, u"contactNameEdit"_s);
    auto *message = child<FieldMessage>(&dialog, u"contactNameMessage"_s);
    auto *digits = child<QSpinBox>(&dialog, u"digitsSpin"_s);
    QCoreApplication::processEvents();
    const int digitsTop = digits->mapTo(&dialog, QPoint()).y();

    contactName->setFocus();
    QTRY_VERIFY(contactName->hasFocus());
    contactName->selectAll();
    QTest::keyClick(contactName, Qt::Key_Delete);
    QTest::keyClick(contactName, Qt::Key_Tab);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text().count(u'\n'), 0);
    QCoreApplication::processEvents();
    QCOMPARE(digits->mapTo(&dialog, QPoint()).y(), digitsTop);
}

void TestAppEditorForm::pastedLogGivesAFewLinesAndStaysResponsive_data()
{
    QTest::addColumn<QString>("editorName");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("messageName");
    QTest::addColumn<QString>("mention");

    // About 400 KB each: 9,000 {otp}; 3,412 lines of a web server log after one address.
    QTest::newRow("template")
        << u"templateEdit"_s
        << QString(u"Your code is {otp}, padded to be longer and longer. "_s).repeated(9000)
        << u"templateMessage"_s << u"{otp} appears 9,000 times"_s;
    QString log = u"203.0.113.7\n"_s;
    for (int i = 0; i < 3412; ++i)
        log += u"198.51.100.7 - - [10/Oct/2024:13:55:36] \"GET /otp/%1 HTTP/1.1\" 200 512 \"-\" "
               u"\"Mozilla/5.0\"\n"_s.arg(i);
    QTest::newRow("trusted IP range") << u"ipRangesEdit"_s << log << u"ipRangesMessage"_s
                                      << u"3,412 entries are not IP addresses"_s;
}

void TestAppEditorForm::pastedLogGivesAFewLinesAndStaysResponsive()
{
    QFETCH(QString, editorName);
    QFETCH(QString, pasted);
    QFETCH(QString, messageName);
    QFETCH(QString, mention);
    QVERIFY(pasted.size() > 300 * 1024);

    AppEditorDialog dialog(AppEditorDialog::Mode::Create, filledDraft(), {});
    open(dialog);
    auto *editor = child<QPlainTextEdit>(&dialog, editorName);
    auto *message = child<FieldMessage>(&dialog, messageName);
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    editor->selectAll();
    QApplication::clipboard()->setText(pasted);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText().size(), pasted.size());
    QTest::keyClick(editor, Qt::Key_Tab);
    QTRY_VERIFY(message->isVisible());

    // A few grouped lines, not one per problem.
    QVERIFY2(message->text().contains(mention), qPrintable(message->text().left(500)));
    QVERIFY2(message->text().count(u'\n') < FieldMessage::MaxShownIssues + 1,
             qPrintable(message->text().left(500)));
    QVERIFY(message->text().size() < 1000);
    // The preview draws what fits on its screen, not 400 KB.
    QVERIFY(child<SmsBubbleView>(&dialog, u"smsBubble"_s)->drawnText().size()
            <= SmsBubbleView::MaxDrawnCharacters);

    // Typing goes on in the pasted text, and the form is checked again on the edit (how fast is
    // bench/bench_formvalidation's to measure; timing goals are not pass/fail tests).
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    editor->moveCursor(QTextCursor::Start);
    QTest::keyClick(editor, Qt::Key_X);
    QCOMPARE(editor->toPlainText().size(), pasted.size() + 1);
    QVERIFY(editor->toPlainText().startsWith(u'x', Qt::CaseInsensitive));
    QTest::keyClick(editor, Qt::Key_Tab);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().count(u'\n') < FieldMessage::MaxShownIssues + 1);
}

void TestAppEditorForm::environmentNoteSaysWhatSavingDoes()
{
    {
        AppEditorDialog dialog(AppEditorDialog::Mode::Create, filledDraft(), {});
        open(dialog);
        QVERIFY(child<QLabel>(&dialog, u"environmentNote"_s)
                    ->text()
                    .contains(u"gets a generated App Key and App Secret"_s));
    }
    OtpAppDraft draft = filledDraft();
    draft.id = QUuid::createUuid();
    draft.appKey = u"1234567890123456"_s;
    AppEditorDialog dialog(AppEditorDialog::Mode::Edit, draft, {});
    open(dialog);
    auto *note = child<QLabel>(&dialog, u"environmentNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"keeps its App Key and App Secret"_s),
             qPrintable(note->text()));
    QVERIFY(!note->text().contains(u"generated"_s));
}

QTEST_MAIN(TestAppEditorForm)
#include "tst_appeditorform.moc"

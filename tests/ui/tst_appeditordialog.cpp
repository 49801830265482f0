#include "dialogs/AppEditorDialog.h"
#include "widgets/FieldMessage.h"
#include "widgets/SmsPreviewPanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

#include "GuiTestHelpers.h"

using GuiTest::answerNextMessageBox;
using GuiTest::child;
using GuiTest::typeText;

namespace {

// Types into a field like a user, then leaves it with Tab (which is when messages appear).
void typeInto(QWidget *editor, const QString &text)
{
    editor->setFocus();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Tab);
}

void clearAndType(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

} // namespace

class TestAppEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newFormStartsQuietWithSaveDisabled();
    void invalidFieldShowsMessageAfterLeavingIt();
    void fillingEveryFieldEnablesSave();
    void previewFollowsEveryKeystroke();
    void thaiTemplateSwitchesToUcs2();
    void placeholderButtonsInsertAtCursor();
    void liveAppNeedsKeyAndSecret();
    void secretIsMaskedUntilShown();
    void editModeShowsIssuesAtOnceAndKeepsStoredSecret();
    void cancelOnChangedFormAsksFirst();
    void escapeOnUntouchedFormClosesAtOnce();
    void anyEditCountsAsAChange_data();
    void anyEditCountsAsAChange();
    void keyboardOnlyTabOrderFollowsTheForm();
    void wheelScrollsTheFormNotTheDigits();
};

void TestAppEditorDialog::init()
{
    setCurrentLanguage(Language::English);
}

void TestAppEditorDialog::newFormStartsQuietWithSaveDisabled()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, OtpAppDraft::forNewApp(Language::English),
                           {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = child<QPushButton>(&dialog, u"saveButton"_s);
    QVERIFY(!save->isEnabled());
    // Hovering the disabled button says why.
    QVERIFY(save->toolTip().contains(u"app name"_s, Qt::CaseInsensitive));
    for (FieldMessage *message : dialog.findChildren<FieldMessage *>())
        QVERIFY2(message->isHidden(), qPrintable(message->objectName()));
    QCOMPARE(child<QPlainTextEdit>(&dialog, u"templateEdit"_s)->toPlainText(),
             u"Your {app} code is {otp} (Ref: {ref}). Valid for {minutes} minutes."_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"expiryEdit"_s)->text(), u"00:05"_s);
    QCOMPARE(child<QSpinBox>(&dialog, u"digitsSpin"_s)->value(), 6);
}

void TestAppEditorDialog::invalidFieldShowsMessageAfterLeavingIt()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, OtpAppDraft::forNewApp(Language::English),
                           {u"Taken"_s});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *email = child<QLineEdit>(&dialog, u"contactEmailEdit"_s);
    auto *emailMessage = child<FieldMessage>(&dialog, u"contactEmailMessage"_s);
    email->setFocus();
    QTest::keyClicks(email, u"qa@example"_s);
    QVERIFY(emailMessage->isHidden()); // still typing
    QTest::keyClick(email, Qt::Key_Tab);
    QTRY_VERIFY(emailMessage->isVisible());
    QVERIFY(emailMessage->showsError());
    QVERIFY(emailMessage->text().contains(u"qa@example"_s));
    // Fixing it clears the message while typing.
    email->setFocus();
    QTest::keyClicks(email, u".com"_s);
    QTRY_VERIFY(emailMessage->isHidden());

    auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
    auto *nameMessage = child<FieldMessage>(&dialog, u"nameMessage"_s);
    typeInto(name, u"taken"_s);
    QTRY_VERIFY(nameMessage->isVisible());
    QVERIFY(nameMessage->text().contains(u"Taken"_s));

    auto *expiry = child<QLineEdit>(&dialog, u"expiryEdit"_s);
    clearAndType(expiry, u"00:04"_s);
    auto *expiryMessage = child<FieldMessage>(&dialog, u"expiryMessage"_s);
    QTRY_VERIFY(expiryMessage->isVisible());
    QVERIFY(expiryMessage->text().contains(u"ERROR_TTL"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"saveButton"_s)->isEnabled());
}

void TestAppEditorDialog::fillingEveryFieldEnablesSave()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, OtpAppDraft::forNewApp(Language::English),
                           {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = child<QPushButton>(&dialog, u"saveButton"_s);

    typeInto(child<QLineEdit>(&dialog, u"nameEdit"_s), u"ร้านค้า Shop"_s);
    QVERIFY(!save->isEnabled());
    typeInto(child<QLineEdit>(&dialog, u"contactEmailEdit"_s), u"qa@example.com"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(u"contact"_s, Qt::CaseInsensitive));
    typeInto(child<QLineEdit>(&dialog, u"contactNameEdit"_s), u"QA team"_s);
    QTRY_VERIFY(save->isEnabled());
    QVERIFY(save->toolTip().isEmpty());

    // An invalid IP range blocks saving again; removing it unblocks.
    auto *ip = child<QPlainTextEdit>(&dialog, u"ipRangesEdit"_s);
    typeInto(ip, u"203.0.113.0/24\nlocalhost"_s);
    QTRY_VERIFY(!save->isEnabled());
    QVERIFY(child<FieldMessage>(&dialog, u"ipRangesMessage"_s)->text().contains(u"localhost"_s));
    ip->setFocus();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(ip, Qt::Key_Backspace);
    QTRY_VERIFY(save->isEnabled());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    const OtpAppDraft draft = dialog.draft();
    QCOMPARE(draft.name, u"ร้านค้า Shop"_s);
    QCOMPARE(draft.contactEmail, u"qa@example.com"_s);
    QCOMPARE(draft.ipRanges, u"203.0.113.0/24"_s);
    QCOMPARE(draft.environment, Environment::Sandbox);
    QVERIFY(dialog.secret().isEmpty());
}

void TestAppEditorDialog::previewFollowsEveryKeystroke()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, OtpAppDraft::forNewApp(Language::English),
                           {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *preview = child<SmsPreviewPanel>(&dialog, u"smsPreview"_s);
    auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);

    name->setFocus();
    QTest::keyClicks(name, u"S"_s);
    QCOMPARE(preview->preview().text,
             u"Your S code is 123456 (Ref: T3A57). Valid for 5 minutes."_s);
    const int before = preview->preview().count.characters;
    QTest::keyClicks(name, u"hop"_s);
    QCOMPARE(preview->preview().text,
             u"Your Shop code is 123456 (Ref: T3A57). Valid for 5 minutes."_s);
    QCOMPARE(preview->preview().count.characters, before + 3);
    QVERIFY(preview->countersText().contains(u"GSM-7"_s));
    QVERIFY(preview->countersText().contains(QString::number(before + 3)));

    auto *digits = child<QSpinBox>(&dialog, u"digitsSpin"_s);
    digits->setFocus();
    QTest::keyClick(digits, Qt::Key_Down);
    QVERIFY(preview->preview().text.contains(u"code is 12345 "_s));

    auto *expiry = child<QLineEdit>(&dialog, u"expiryEdit"_s);
    clearAndType(expiry, u"01:30"_s);
    QVERIFY(preview->preview().text.endsWith(u"Valid for 90 minutes."_s));
}

void TestAppEditorDialog::thaiTemplateSwitchesToUcs2()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, OtpAppDraft::forNewApp(Language::English),
                           {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *preview = child<SmsPreviewPanel>(&dialog, u"smsPreview"_s);
    auto *templateEdit = child<QPlainTextEdit>(&dialog, u"templateEdit"_s);
    templateEdit->setFocus();
    templateEdit->selectAll();
    QTest::keyClick(templateEdit, Qt::Key_Delete);
    typeText(templateEdit, u"รหัส {otp}"_s);
    QCOMPARE(preview->preview().count.encoding, SmsEncoding::Ucs2);
    QCOMPARE(preview->preview().count.unitsPerSegment, 70);
    QCOMPARE(preview->preview().count.remainingInSegment, 70 - 11);
    QVERIFY(preview->countersText().contains(u"UCS-2"_s));

    // Past 70 characters it becomes two 67-character parts, shown as a warning.
    typeText(templateEdit, QString(60, u'ก'));
    QCOMPARE(preview->preview().count.segments, 2);
    QCOMPARE(preview->preview().count.unitsPerSegment, 67);
    QVERIFY(preview->countersText().contains(u"credit"_s));
    QTest::keyClick(templateEdit, Qt::Key_Tab);
    auto *message = child<FieldMessage>(&dialog, u"templateMessage"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(!message->showsError()); // a warning: saving is still allowed
}

void TestAppEditorDialog::placeholderButtonsInsertAtCursor()
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.messageTemplate = u"Code: "_s;
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, draft, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *templateEdit = child<QPlainTextEdit>(&dialog, u"templateEdit"_s);
    templateEdit->moveCursor(QTextCursor::End);
    QTest::mouseClick(child<QToolButton>(&dialog, u"insertotp"_s), Qt::LeftButton);
    QTest::keyClicks(templateEdit, u" ref "_s);
    QTest::mouseClick(child<QToolButton>(&dialog, u"insertref"_s), Qt::LeftButton);
    QCOMPARE(templateEdit->toPlainText(), u"Code: {otp} ref {ref}"_s);
}

void TestAppEditorDialog::liveAppNeedsKeyAndSecret()
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, draft, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = child<QPushButton>(&dialog, u"saveButton"_s);
    QVERIFY(save->isEnabled());
    auto *key = child<QLineEdit>(&dialog, u"appKeyEdit"_s);
    QVERIFY(!key->isVisible());

    auto *environment = child<QComboBox>(&dialog, u"environmentCombo"_s);
    environment->setCurrentIndex(environment->findData(int(Environment::Live)));
    QVERIFY(key->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, u"baseUrlEdit"_s)->isVisible());
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(u"App Key"_s));
    QVERIFY(save->toolTip().contains(u"App Secret"_s));

    typeInto(key, u"1234567890123456"_s);
    typeInto(child<QLineEdit>(&dialog, u"appSecretEdit"_s), u"0123456789abcdef0123456789abcdef"_s);
    QTRY_VERIFY(save->isEnabled());
    QCOMPARE(dialog.secret(), u"0123456789abcdef0123456789abcdef"_s);

    environment->setCurrentIndex(environment->findData(int(Environment::Custom)));
    QVERIFY(!save->isEnabled());
    typeInto(child<QLineEdit>(&dialog, u"baseUrlEdit"_s), u"http://otp.example.com"_s);
    QTRY_VERIFY(child<FieldMessage>(&dialog, u"baseUrlMessage"_s)->isVisible());
    QVERIFY(!save->isEnabled());
}

void TestAppEditorDialog::secretIsMaskedUntilShown()
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.environment = Environment::Live;
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, draft, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *secret = child<QLineEdit>(&dialog, u"appSecretEdit"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    auto *show = child<QToolButton>(&dialog, u"showSecretButton"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

void TestAppEditorDialog::editModeShowsIssuesAtOnceAndKeepsStoredSecret()
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"Shop"_s;
    draft.contactEmail = u"bad address"_s;
    draft.contactName = u"QA"_s;
    draft.environment = Environment::Live;
    draft.appKey = u"1234567890123456"_s;
    AppEditorDialog dialog(AppEditorDialog::Mode::Edit, draft, {u"Other"_s}, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(child<FieldMessage>(&dialog, u"contactEmailMessage"_s)->isVisible());
    clearAndType(child<QLineEdit>(&dialog, u"contactEmailEdit"_s), u"qa@example.com"_s);
    // The secret stays in the keychain: an empty field means "keep it".
    QTRY_VERIFY(child<QPushButton>(&dialog, u"saveButton"_s)->isEnabled());
    QVERIFY(dialog.secret().isEmpty());
}

void TestAppEditorDialog::cancelOnChangedFormAsksFirst()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, OtpAppDraft::forNewApp(Language::English),
                           {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    typeInto(child<QLineEdit>(&dialog, u"nameEdit"_s), u"Half-typed"_s);

    bool asked = false;
    answerNextMessageBox(u"rejectButton"_s, &asked); // "Keep editing"
    QTest::mouseClick(child<QPushButton>(&dialog, u"cancelButton"_s), Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, u"nameEdit"_s)->text(), u"Half-typed"_s);

    asked = false;
    answerNextMessageBox(u"acceptButton"_s, &asked); // "Discard"
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(asked);
    QCOMPARE(rejected.count(), 1);
}

void TestAppEditorDialog::escapeOnUntouchedFormClosesAtOnce()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, OtpAppDraft::forNewApp(Language::English),
                           {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
}

void TestAppEditorDialog::anyEditCountsAsAChange_data()
{
    QTest::addColumn<QString>("input");
    // Every input of the form; the App Secret is not in the draft but a typed one counts too.
    for (const char *input : {"nameEdit", "contactEmailEdit", "contactNameEdit", "digitsSpin",
                              "templateEdit", "expiryEdit", "ipRangesEdit", "environmentCombo",
                              "baseUrlEdit", "appKeyEdit", "appSecretEdit"})
        QTest::newRow(input) << QString::fromLatin1(input);
}

void TestAppEditorDialog::anyEditCountsAsAChange()
{
    QFETCH(QString, input);
    // A Custom app shows every input.
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.id = QUuid::createUuid();
    draft.name = u"Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    draft.ipRanges = u"203.0.113.0/24\n198.51.100.7"_s;
    draft.environment = Environment::Custom;
    draft.baseUrl = u"https://otp.example.com"_s;
    draft.appKey = u"1234567890123456"_s;
    AppEditorDialog dialog(AppEditorDialog::Mode::Edit, draft, {}, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Every field comes back from its input as it went in: an opened form is not a change.
    QVERIFY(dialog.draft() == draft);
    QVERIFY(!dialog.isModified());

    QWidget *editor = child<QWidget>(&dialog, input);
    QVERIFY(editor->isVisible());
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex((combo->currentIndex() + 1) % combo->count());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Down);
    } else {
        editor->setFocus();
        typeText(editor, u"7"_s);
    }
    QVERIFY(dialog.isModified());
}

void TestAppEditorDialog::keyboardOnlyTabOrderFollowsTheForm()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, OtpAppDraft::forNewApp(Language::English),
                           {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    const QStringList expected{u"contactEmailEdit"_s, u"contactNameEdit"_s, u"digitsSpin"_s,
                               u"templateEdit"_s};
    for (const QString &next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        // A spin box focuses its inner line edit.
        while (focused && focused->objectName().isEmpty())
            focused = focused->parentWidget();
        QVERIFY(focused);
        QCOMPARE(focused->objectName(), next);
    }
    // Every input has an accessible name for screen readers.
    for (const QString &name :
         {u"nameEdit"_s, u"contactEmailEdit"_s, u"contactNameEdit"_s, u"templateEdit"_s,
          u"expiryEdit"_s, u"ipRangesEdit"_s, u"environmentCombo"_s, u"appKeyEdit"_s,
          u"appSecretEdit"_s, u"baseUrlEdit"_s})
        QVERIFY2(!dialog.findChild<QWidget *>(name)->accessibleName().isEmpty(), qPrintable(name));
}

void TestAppEditorDialog::wheelScrollsTheFormNotTheDigits()
{
    AppEditorDialog dialog(AppEditorDialog::Mode::Create, OtpAppDraft::forNewApp(Language::English),
                           {});
    dialog.resize(700, 320); // short enough for the form to scroll
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    auto *digits = child<QSpinBox>(&dialog, u"digitsSpin"_s);
    const int before = digits->value();
    QScrollArea *scroll = nullptr;
    for (QWidget *w = digits; w && !scroll; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea *>(w);
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    GuiTest::turnWheel(digits, -120);
    QCOMPARE(digits->value(), before);
    QVERIFY(scroll->verticalScrollBar()->value() > 0);
}

QTEST_MAIN(TestAppEditorDialog)
#include "tst_appeditordialog.moc"

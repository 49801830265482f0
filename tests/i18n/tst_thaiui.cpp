#include "GuiTestHelpers.h"
#include "MainWindowFixture.h"
#include "dialogs/AppEditorDialog.h"
#include "dialogs/CredentialsDialog.h"
#include "domain/MessageTemplate.h"
#include "pages/InboxPage.h"
#include "pages/ReportsPage.h"
#include "pages/TestConsolePage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;
using GuiTest::typeText;

namespace {

// Installing a translator posts LanguageChange to every widget: let them handle it.
void switchTo(Translations &translations, Language language)
{
    translations.install(language);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

// Every text a user can read on a widget tree, keyed by widget and property, so the same
// widgets can be compared before and after a language switch.
using Texts = QMap<QString, QString>;

QString key(const QObject *object, const QString &what)
{
    return QString::number(quintptr(object), 16) + u'/'
        + QString::fromLatin1(object->metaObject()->className()) + u'/' + object->objectName()
        + u'/' + what;
}

void collect(QWidget *root, Texts &texts)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        // Qt's own helper widgets (tab bar scroll buttons) carry Qt's texts, not ours.
        if (qobject_cast<QTabBar *>(w->parentWidget()))
            continue;
        if (!w->windowTitle().isEmpty() && w->isWindow())
            texts.insert(key(w, u"title"_s), w->windowTitle());
        if (!w->toolTip().isEmpty())
            texts.insert(key(w, u"tooltip"_s), w->toolTip());
        if (!w->accessibleName().isEmpty())
            texts.insert(key(w, u"accessible"_s), w->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            // Selectable labels show data (names, URLs, tokens), not interface text.
            if (!(label->textInteractionFlags() & Qt::TextSelectableByMouse))
                texts.insert(key(w, u"text"_s), label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            texts.insert(key(w, u"text"_s), button->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            texts.insert(key(w, u"title"_s), box->title());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            texts.insert(key(w, u"placeholder"_s), edit->placeholderText());
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            texts.insert(key(w, u"placeholder"_s), plain->placeholderText());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (!combo->isEditable())
                for (int i = 0; i < combo->count(); ++i) {
                    // An item keyed by an app's id is the app's name: the user's data.
                    if (!QUuid::fromString(combo->itemData(i).toString()).isNull())
                        continue;
                    texts.insert(key(w, u"item%1"_s.arg(i)), combo->itemText(i));
                }
        } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.insert(key(w, u"tab%1"_s.arg(i)), tabs->tabText(i));
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() == Qt::Horizontal && header->model())
                for (int i = 0; i < header->model()->columnCount(); ++i)
                    texts.insert(key(w, u"header%1"_s.arg(i)),
                                 header->model()->headerData(i, Qt::Horizontal).toString());
        }
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions()) {
            texts.insert(key(menu, u"menu"_s), menu->text());
            if (menu->menu())
                for (QAction *action : menu->menu()->actions())
                    if (!action->isSeparator())
                        texts.insert(key(action, u"action"_s), action->text());
        }
    }
}

// Texts that are the same in both languages on purpose: names of products, protocols and
// codes, placeholders, numbers, examples.
bool mayStayEnglish(const QString &text)
{
    static const QStringList allowed{
        u"OTP Manager"_s,
        u"App Key"_s,
        u"App Secret"_s,
        u"HTTP"_s,
        u"JSON"_s,
        u"GSM-7"_s,
        u"English"_s,
        u"ไทย (Thai)"_s,
        u"v1"_s,
        u"v2"_s,
        u"form"_s,
        u"Ref"_s,
        u"HH:mm"_s,
        u"https://"_s,
        u"https://otp.thaibulksms.com"_s,
        u"0812345678"_s,
        u"OTP SMS"_s,
        // Terms the vendor's Thai dashboard and Thai developers keep in English.
        u"Base URL"_s,
        u"Token"_s,
        u"PIN"_s,
        u"API"_s,
        u"JSON (application/json)"_s,
    };
    QString stripped = text;
    stripped.remove(u'&');
    if (stripped.endsWith(u':'))
        stripped.chop(1);
    if (allowed.contains(stripped))
        return true;
    // Placeholders, numbers, addresses and error names carry no words to translate.
    // A URL is an example of what to type, the same in every language.
    static const QRegularExpression noWords(
        u"^[^A-Za-z]*$|^\\{[a-z]+\\}$|^ERROR_[A-Z_]+$|^https?://\\S+$"_s);
    return noWords.match(stripped).hasMatch();
}

QStringList untranslated(const Texts &english, const Texts &thai)
{
    QStringList problems;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString now = thai.value(it.key());
        if (it.value().isEmpty() || now != it.value() || mayStayEnglish(now))
            continue;
        problems << it.key().section(u'/', 1) + u": "_s + now;
    }
    return problems;
}

} // namespace

class TestThaiUi : public QObject
{
    Q_OBJECT

private slots:
    void everyPageAndDialogIsThai();
    void switchingKeepsTypedContent();
    void untouchedDefaultTemplateFollowsTheLanguage();
};

void TestThaiUi::everyPageAndDialogIsThai()
{
    Fixture f;
    f.window->startSandbox();
    f.page()->createDemoApp();
    QTRY_VERIFY(f.window->findChild<CredentialsDialog *>() || f.apps->apps().size() == 1);
    QTRY_COMPARE(f.apps->apps().size(), 1);

    // Build every lazily made page, then open the dialogs.
    for (const MainWindow::Page page : MainWindow::pages())
        f.window->showPage(page);
    // The report's figures arrive from its worker thread: let them, before reading the texts.
    QTRY_VERIFY(!f.window->findChild<ReportsPage *>()->isBusy());
    f.window->showPage(MainWindow::Page::Apps);
    f.page()->newApp();
    QTRY_VERIFY(f.page()->openEditor());
    CredentialsDialog credentials(u"Shop"_s, u"1234567890123456"_s, u"secret"_s, f.window.get());
    credentials.show();

    Texts english;
    collect(f.window.get(), english);
    collect(&credentials, english);
    QVERIFY(english.size() > 150);

    switchTo(f.translations, Language::Thai);
    Texts thai;
    collect(f.window.get(), thai);
    collect(&credentials, thai);
    const QStringList problems = untranslated(english, thai);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // And back: English again everywhere.
    switchTo(f.translations, Language::English);
    Texts again;
    collect(f.window.get(), again);
    collect(&credentials, again);
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        QCOMPARE(again.value(it.key()), it.value());
    f.page()->openEditor()->done(QDialog::Rejected);
}

void TestThaiUi::switchingKeepsTypedContent()
{
    Fixture f;
    f.page()->newApp();
    QTRY_VERIFY(f.page()->openEditor());
    AppEditorDialog *editor = f.page()->openEditor();
    auto *name = child<QLineEdit>(editor, u"nameEdit"_s);
    auto *templateEdit = child<QPlainTextEdit>(editor, u"templateEdit"_s);
    name->setFocus();
    typeText(name, u"ร้าน Shop"_s);
    templateEdit->setPlainText(u"Code {otp}"_s);
    const QString saveBefore = child<QPushButton>(editor, u"saveButton"_s)->text();

    switchTo(f.translations, Language::Thai);
    QCOMPARE(name->text(), u"ร้าน Shop"_s);
    QCOMPARE(templateEdit->toPlainText(), u"Code {otp}"_s);
    QVERIFY(child<QPushButton>(editor, u"saveButton"_s)->text() != saveBefore);
    switchTo(f.translations, Language::English);
    QCOMPARE(name->text(), u"ร้าน Shop"_s);
    QCOMPARE(templateEdit->toPlainText(), u"Code {otp}"_s);
    QCOMPARE(child<QPushButton>(editor, u"saveButton"_s)->text(), saveBefore);
    editor->done(QDialog::Rejected);
}

void TestThaiUi::untouchedDefaultTemplateFollowsTheLanguage()
{
    Fixture f;
    f.page()->newApp();
    QTRY_VERIFY(f.page()->openEditor());
    AppEditorDialog *editor = f.page()->openEditor();
    auto *templateEdit = child<QPlainTextEdit>(editor, u"templateEdit"_s);
    QCOMPARE(templateEdit->toPlainText(), MessageTemplate::defaultTemplate(Language::English));
    switchTo(f.translations, Language::Thai);
    QCOMPARE(templateEdit->toPlainText(), MessageTemplate::defaultTemplate(Language::Thai));
    QVERIFY(!editor->isModified()); // switching is not an edit: Cancel does not ask
    switchTo(f.translations, Language::English);
    QCOMPARE(templateEdit->toPlainText(), MessageTemplate::defaultTemplate(Language::English));
    editor->done(QDialog::Rejected);
}

QTEST_MAIN(TestThaiUi)
#include "tst_thaiui.moc"

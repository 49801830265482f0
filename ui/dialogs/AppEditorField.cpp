#include "AppEditorField.h"

#include "dialogs/AppEditorDialog.h"
#include "dialogs/AppEditorForm.h"
#include "widgets/TestNumbersEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

// The texts keep the dialog's translation context (AppEditorDialog::tr): translators see the
// whole form together.

namespace {

bool credentialsNeeded(Environment environment)
{
    return environment != Environment::Sandbox;
}

QLabel *hintLabel(QWidget *parent)
{
    auto *hint = new QLabel(parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}

// A one-line input for a text of the draft.
AppEditorField textField(AppEditorForm *form, ValidationField id, QString (*label)(),
                         const QString &objectName, QString OtpAppDraft::*text)
{
    auto *edit = new QLineEdit(form);
    edit->setObjectName(objectName);
    QObject::connect(edit, &QLineEdit::textChanged, form, &AppEditorForm::edited);
    AppEditorField field;
    field.id = id;
    field.label = label;
    field.editor = field.row = edit;
    field.load = [edit, text](const OtpAppDraft &draft) { edit->setText(draft.*text); };
    field.store = [edit, text](OtpAppDraft &draft) { draft.*text = edit->text(); };
    return field;
}

// A multi-line input for a text of the draft; Tab leaves it.
AppEditorField multiLineField(AppEditorForm *form, ValidationField id, QString (*label)(),
                              const QString &objectName, QString OtpAppDraft::*text)
{
    auto *edit = new QPlainTextEdit(form);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    QObject::connect(edit, &QPlainTextEdit::textChanged, form, &AppEditorForm::edited);
    AppEditorField field;
    field.id = id;
    field.label = label;
    field.editor = field.row = edit;
    field.load = [edit, text](const OtpAppDraft &draft) { edit->setPlainText(draft.*text); };
    field.store = [edit, text](OtpAppDraft &draft) { draft.*text = edit->toPlainText(); };
    return field;
}

AppEditorField nameField(AppEditorForm *form)
{
    AppEditorField field = textField(
        form, ValidationField::Name, [] { return AppEditorDialog::tr("App &name"); }, u"nameEdit"_s,
        &OtpAppDraft::name);
    auto *edit = static_cast<QLineEdit *>(field.editor);
    edit->setMaxLength(200); // the rule is 50; let a paste arrive so the message can say so
    field.retranslate = [edit] {
        edit->setAccessibleName(AppEditorDialog::tr("App name"));
        edit->setPlaceholderText(AppEditorDialog::tr("e.g. My Shop"));
    };
    return field;
}

AppEditorField contactEmailField(AppEditorForm *form)
{
    AppEditorField field = textField(
        form, ValidationField::ContactEmail, [] { return AppEditorDialog::tr("Contact &email"); },
        u"contactEmailEdit"_s, &OtpAppDraft::contactEmail);
    auto *edit = static_cast<QLineEdit *>(field.editor);
    edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    field.retranslate = [edit] {
        edit->setAccessibleName(AppEditorDialog::tr("Contact email"));
        edit->setPlaceholderText(AppEditorDialog::tr("e.g. qa@example.com"));
    };
    return field;
}

AppEditorField contactNameField(AppEditorForm *form)
{
    AppEditorField field = textField(
        form, ValidationField::ContactName, [] { return AppEditorDialog::tr("Contact na&me"); },
        u"contactNameEdit"_s, &OtpAppDraft::contactName);
    QWidget *edit = field.editor;
    field.retranslate = [edit] { edit->setAccessibleName(AppEditorDialog::tr("Contact name")); };
    return field;
}

AppEditorField digitsField(AppEditorForm *form)
{
    auto *spin = new QSpinBox(form);
    spin->setObjectName(u"digitsSpin"_s);
    // Wider than the rule (4 to 8): a typed 3 or 9 stays as typed and the message under the
    // field says what is allowed, as every other rule does, instead of being dropped or
    // silently replaced when the field is left.
    spin->setRange(0, 99);
    spin->setValue(OtpAppConfig::DefaultDigits);
    spin->setMaximumWidth(90);
    QObject::connect(spin, &QSpinBox::valueChanged, form, &AppEditorForm::edited);
    AppEditorField field;
    field.id = ValidationField::Digits;
    field.label = [] { return AppEditorDialog::tr("&Digits"); };
    field.editor = field.row = spin;
    field.load = [spin](const OtpAppDraft &draft) { spin->setValue(draft.digits); };
    field.store = [spin](OtpAppDraft &draft) { draft.digits = spin->value(); };
    field.retranslate = [spin] {
        spin->setAccessibleName(AppEditorDialog::tr("Number of digits"));
        spin->setSuffix(AppEditorDialog::tr(" digits"));
    };
    return field;
}

// The template, with buttons under it that insert a placeholder at the cursor.
AppEditorField messageTemplateField(AppEditorForm *form)
{
    AppEditorField field = multiLineField(
        form, ValidationField::MessageTemplate,
        [] { return AppEditorDialog::tr("Message &template"); }, u"templateEdit"_s,
        &OtpAppDraft::messageTemplate);
    auto *edit = static_cast<QPlainTextEdit *>(field.editor);
    edit->setMinimumHeight(80);
    edit->setMaximumHeight(120);
    auto *tools = new QWidget(form);
    auto *layout = new QHBoxLayout(tools);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tools);
    layout->addWidget(hint);
    QList<QToolButton *> buttons;
    for (const QString &placeholder : {u"{otp}"_s, u"{ref}"_s, u"{app}"_s, u"{minutes}"_s}) {
        auto *button = new QToolButton(tools);
        button->setText(placeholder);
        button->setObjectName(u"insert"_s + placeholder.mid(1, placeholder.size() - 2));
        QObject::connect(button, &QToolButton::clicked, form, [form, edit, placeholder] {
            edit->insertPlainText(placeholder);
            edit->setFocus();
            form->touch(ValidationField::MessageTemplate);
        });
        layout->addWidget(button);
        buttons << button;
    }
    layout->addStretch();
    field.below = tools;
    field.retranslate = [edit, hint, buttons] {
        edit->setAccessibleName(AppEditorDialog::tr("Message template"));
        hint->setText(AppEditorDialog::tr("Insert:"));
        const QStringList help{AppEditorDialog::tr("The OTP code (required, exactly once)"),
                               AppEditorDialog::tr("The reference number, e.g. T3A57"),
                               AppEditorDialog::tr("The app name"),
                               AppEditorDialog::tr("The expiry period in minutes")};
        for (int i = 0; i < buttons.size(); ++i) {
            buttons.at(i)->setToolTip(help.value(i));
            buttons.at(i)->setAccessibleName(
                AppEditorDialog::tr("Insert %1").arg(buttons.at(i)->text()));
        }
    };
    return field;
}

AppEditorField expiryField(AppEditorForm *form)
{
    AppEditorField field = textField(
        form, ValidationField::Expiry, [] { return AppEditorDialog::tr("E&xpiry (HH:mm)"); },
        u"expiryEdit"_s, &OtpAppDraft::expiry);
    auto *edit = static_cast<QLineEdit *>(field.editor);
    edit->setPlaceholderText(u"HH:mm"_s);
    edit->setMaximumWidth(90);
    field.retranslate = [edit] {
        edit->setAccessibleName(AppEditorDialog::tr("Expiry period (HH:mm)"));
        edit->setToolTip(AppEditorDialog::tr("From 00:05 (5 minutes) to 11:00 (11 hours)"));
    };
    return field;
}

AppEditorField ipRangesField(AppEditorForm *form)
{
    AppEditorField field = multiLineField(
        form, ValidationField::IpRanges, [] { return AppEditorDialog::tr("Trusted &IP range"); },
        u"ipRangesEdit"_s, &OtpAppDraft::ipRanges);
    auto *edit = static_cast<QPlainTextEdit *>(field.editor);
    edit->setMaximumHeight(90);
    QLabel *hint = hintLabel(form);
    hint->setObjectName(u"ipRangesHint"_s);
    field.below = hint;
    field.retranslate = [edit, hint] {
        edit->setAccessibleName(AppEditorDialog::tr("Trusted IP range"));
        edit->setPlaceholderText(AppEditorDialog::tr("203.0.113.7\n203.0.113.0/24"));
        hint->setText(AppEditorDialog::tr("One address or CIDR block per line. Leave empty to "
                                          "allow any address."));
    };
    return field;
}

// Sandbox, Live or Custom; a note under it says what a sandbox app gets: new credentials, or
// (editing a sandbox app) the ones it has.
AppEditorField environmentField(AppEditorForm *form, bool keepsSandboxCredentials)
{
    auto *combo = new QComboBox(form);
    combo->setObjectName(u"environmentCombo"_s);
    for (const Environment environment :
         {Environment::Sandbox, Environment::Live, Environment::Custom})
        combo->addItem(QString(), int(environment));
    QLabel *note = hintLabel(form);
    note->setObjectName(u"environmentNote"_s);
    const auto chosen = [combo] { return Environment(combo->currentData().toInt()); };
    QObject::connect(combo, &QComboBox::currentIndexChanged, form, [form, note, chosen] {
        note->setVisible(chosen() == Environment::Sandbox);
        emit form->edited();
    });
    AppEditorField field;
    field.id = ValidationField::Environment;
    field.label = [] { return AppEditorDialog::tr("En&vironment"); };
    field.editor = field.row = combo;
    field.below = note;
    field.load = [combo](const OtpAppDraft &draft) {
        combo->setCurrentIndex(combo->findData(int(draft.environment)));
    };
    field.store = [chosen](OtpAppDraft &draft) { draft.environment = chosen(); };
    field.retranslate = [combo, note, keepsSandboxCredentials] {
        combo->setAccessibleName(AppEditorDialog::tr("Environment"));
        combo->setItemText(0, AppEditorDialog::tr("Sandbox (this computer, no SMS credit)"));
        combo->setItemText(1, AppEditorDialog::tr("Live (otp.thaibulksms.com)"));
        combo->setItemText(2, AppEditorDialog::tr("Custom URL"));
        note->setText(keepsSandboxCredentials
                          ? AppEditorDialog::tr("This app keeps its App Key and App Secret: "
                                                "saving changes only what is in this form.")
                          : AppEditorDialog::tr("A sandbox app gets a generated App Key and App "
                                                "Secret when it is saved."));
    };
    return field;
}

// Sandbox apps only: the table of test numbers. Its messages show once a cell is edited.
AppEditorField testNumbersField(AppEditorForm *form)
{
    auto *editor = new TestNumbersEditor(form);
    editor->setObjectName(u"testNumbersEditor"_s);
    QObject::connect(editor, &TestNumbersEditor::edited, form, &AppEditorForm::edited);
    QObject::connect(editor, &TestNumbersEditor::cellEdited, form,
                     [form] { form->touch(ValidationField::TestNumbers); });
    AppEditorField field;
    field.id = ValidationField::TestNumbers;
    field.label = [] { return AppEditorDialog::tr("Test n&umbers"); };
    field.editor = editor->table();
    field.row = editor;
    field.shownFor = [](Environment environment) { return environment == Environment::Sandbox; };
    field.load = [editor](const OtpAppDraft &draft) { editor->setNumbers(draft.testNumbers); };
    field.store = [editor](OtpAppDraft &draft) { draft.testNumbers = editor->numbers(); };
    field.retranslate = [editor] { editor->retranslateUi(); };
    return field;
}

AppEditorField baseUrlField(AppEditorForm *form)
{
    AppEditorField field = textField(
        form, ValidationField::BaseUrl, [] { return AppEditorDialog::tr("&Base URL"); },
        u"baseUrlEdit"_s, &OtpAppDraft::baseUrl);
    QWidget *edit = field.editor;
    static_cast<QLineEdit *>(edit)->setPlaceholderText(u"https://"_s);
    field.shownFor = [](Environment environment) { return environment == Environment::Custom; };
    field.retranslate = [edit] { edit->setAccessibleName(AppEditorDialog::tr("Base URL")); };
    return field;
}

AppEditorField appKeyField(AppEditorForm *form)
{
    AppEditorField field = textField(
        form, ValidationField::AppKey, [] { return AppEditorDialog::tr("App &Key"); },
        u"appKeyEdit"_s, &OtpAppDraft::appKey);
    auto *edit = static_cast<QLineEdit *>(field.editor);
    field.shownFor = credentialsNeeded;
    field.retranslate = [edit] {
        edit->setAccessibleName(AppEditorDialog::tr("App Key"));
        edit->setPlaceholderText(AppEditorDialog::tr("16 digits from the dashboard"));
    };
    return field;
}

// Masked, with a Show button beside it; not part of the draft (see AppEditorDialog::secret).
AppEditorField appSecretField(AppEditorForm *form, bool hasStoredSecret)
{
    auto *row = new QWidget(form);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(u"appSecretEdit"_s);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    auto *show = new QToolButton(row);
    show->setObjectName(u"showSecretButton"_s);
    show->setCheckable(true);
    layout->addWidget(edit, 1);
    layout->addWidget(show);
    QObject::connect(edit, &QLineEdit::textChanged, form, &AppEditorForm::edited);

    AppEditorField field;
    field.id = ValidationField::AppSecret;
    field.label = [] { return AppEditorDialog::tr("App &Secret"); };
    field.editor = edit;
    field.row = row;
    field.shownFor = credentialsNeeded;
    field.retranslate = [edit, show, hasStoredSecret] {
        edit->setAccessibleName(AppEditorDialog::tr("App Secret"));
        edit->setPlaceholderText(hasStoredSecret
                                     ? AppEditorDialog::tr("Leave empty to keep the saved secret")
                                     : AppEditorDialog::tr("32 characters from the dashboard"));
        show->setText(show->isChecked() ? AppEditorDialog::tr("Hide")
                                        : AppEditorDialog::tr("Show"));
        show->setAccessibleName(show->isChecked() ? AppEditorDialog::tr("Hide App Secret")
                                                  : AppEditorDialog::tr("Show App Secret"));
    };
    QObject::connect(show, &QToolButton::toggled, form,
                     [edit, retranslate = field.retranslate](bool shown) {
                         edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
                         retranslate();
                     });
    return field;
}

} // namespace

QList<AppEditorField> AppEditorField::all(AppEditorForm *form, Purpose purpose)
{
    return {nameField(form),
            contactEmailField(form),
            contactNameField(form),
            digitsField(form),
            messageTemplateField(form),
            expiryField(form),
            ipRangesField(form),
            environmentField(form, purpose.keepsSandboxCredentials),
            testNumbersField(form),
            baseUrlField(form),
            appKeyField(form),
            appSecretField(form, purpose.hasStoredSecret)};
}

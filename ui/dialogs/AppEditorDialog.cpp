#include "AppEditorDialog.h"

#include "api/ErrorLookup.h"
#include "dialogs/AppEditorForm.h"
#include "dialogs/Confirmation.h"
#include "domain/ExpiryPeriod.h"
#include "domain/MessageTemplate.h"
#include "domain/OtpAppValidator.h"
#include "domain/SmsPreview.h"
#include "widgets/PageTitle.h"
#include "widgets/SmsPreviewPanel.h"
#include "widgets/WheelGuard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

AppEditorDialog::AppEditorDialog(Mode mode, const OtpAppDraft &draft,
                                 const QStringList &otherAppNames, bool hasStoredSecret,
                                 QWidget *parent)
    : QDialog(parent), m_mode(mode), m_initial(draft), m_otherAppNames(otherAppNames),
      m_hasStoredSecret(hasStoredSecret)
{
    setObjectName(u"appEditorDialog"_s);
    buildUi();
    m_form->load(draft);
    // What the user brings from elsewhere is checked at once; a new form waits until a field
    // is first left, so it does not open full of complaints.
    if (mode != Mode::Create)
        m_form->touchAll();
    retranslateUi();
    m_form->showFieldsFor(draft.environment);
    revalidate();
    updatePreview();
}

void AppEditorDialog::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    m_heading = new PageTitle(this);
    outer->addWidget(m_heading);

    auto *columns = new QHBoxLayout;
    outer->addLayout(columns, 1);
    m_form = new AppEditorForm(
        {m_hasStoredSecret, m_mode == Mode::Edit && m_initial.environment == Environment::Sandbox});
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    WheelGuard::protect(m_form); // scrolling the form never changes the digits or the expiry
    columns->addWidget(scroll, 3);
    m_preview = new SmsPreviewPanel(this);
    m_preview->setObjectName(u"smsPreview"_s);
    m_preview->setMaximumWidth(380);
    columns->addWidget(m_preview, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);
    outer->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &AppEditorDialog::reject);
    // Every edit refreshes the preview and the messages at once.
    connect(m_form, &AppEditorForm::edited, this, &AppEditorDialog::refresh);
    connect(m_form, &AppEditorForm::touched, this, &AppEditorDialog::revalidate);

    // Tab follows the dashboard's order, then the buttons.
    const QList<QWidget *> order
        = m_form->focusOrder() + QList<QWidget *>{m_cancelButton, m_saveButton};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    resize(980, 720);
}

void AppEditorDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("Add OTP App"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit OTP App"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate OTP App"));
        break;
    }
    m_heading->setText(windowTitle());
    m_form->retranslateUi();
    m_cancelButton->setText(tr("Cancel"));
    m_saveButton->setText(m_mode == Mode::Edit ? tr("Save") : tr("Create"));
    revalidate();
}

AppEditorDialog::~AppEditorDialog()
{
    // ~QDialog hides the dialog, which moves the focus out of a field and makes the form emit
    // touched(): by then this is only a QDialog, and calling revalidate() on it is undefined
    // behaviour (UBSan, tst_appeditordialog). The form's signals must not reach it any more.
    disconnect(m_form, nullptr, this, nullptr);
}

OtpAppDraft AppEditorDialog::draft() const
{
    OtpAppDraft d = m_initial;
    m_form->store(d);
    return d;
}

QString AppEditorDialog::typedSecret() const
{
    return static_cast<QLineEdit *>(m_form->editor(ValidationField::AppSecret))->text();
}

QString AppEditorDialog::secret() const
{
    return draft().environment == Environment::Sandbox ? QString() : typedSecret().trimmed();
}

ValidationIssues AppEditorDialog::issues() const
{
    const OtpAppDraft d = draft();
    ValidationIssues all
        = OtpAppValidator::validate(d, m_otherAppNames, ErrorLookup::namesCatalogEntry);
    // A secret is needed for a new Live/Custom app, or when one switches to Live/Custom.
    const bool secretRequired = !m_hasStoredSecret || m_initial.environment == Environment::Sandbox;
    all += OtpAppValidator::validateAppSecret(d.environment, typedSecret(), secretRequired);
    return all;
}

bool AppEditorDialog::isModified() const
{
    // A typed secret is a change too: it is not part of the draft.
    return draft() != m_initial || !typedSecret().isEmpty();
}

void AppEditorDialog::refresh()
{
    m_form->showFieldsFor(draft().environment);
    revalidate();
    updatePreview();
}

void AppEditorDialog::revalidate()
{
    if (!m_saveButton)
        return;
    const ValidationIssues all = issues();
    m_form->showIssues(all);
    const bool blocked = hasErrors(all);
    m_saveButton->setEnabled(!blocked);
    // Hovering the disabled button says why, in the form's order.
    m_saveButton->setToolTip(blocked ? tr("Fix these first:") + u'\n'
                                     + m_form->describeErrors(all).join(u'\n')
                                     : QString());
}

void AppEditorDialog::updatePreview()
{
    const OtpAppDraft d = draft();
    const int minutes = ExpiryPeriod::parse(d.expiry).value_or(OtpAppConfig::DefaultExpiryMinutes);
    m_preview->setPreview(
        SmsPreview::build(d.messageTemplate, d.name.trimmed(), d.digits, minutes));
}

void AppEditorDialog::reject()
{
    if (isModified()
        && !Confirmation::ask(this, tr("Discard changes?"),
                              tr("The changes to this app have not been saved."), tr("Discard"),
                              Confirmation::Kind::Destructive, tr("Keep editing")))
        return;
    QDialog::reject();
}

// A template the user has not touched is the default of the old language: it follows the
// switch. Anything typed stays as it is.
void AppEditorDialog::followLanguageOfDefaultTemplate()
{
    OtpAppDraft d = draft();
    for (const Language language : {Language::English, Language::Thai}) {
        if (language == currentLanguage()
            || d.messageTemplate != MessageTemplate::defaultTemplate(language))
            continue;
        const QString translated = MessageTemplate::defaultTemplate(currentLanguage());
        if (m_initial.messageTemplate == d.messageTemplate)
            m_initial.messageTemplate = translated;
        d.messageTemplate = translated;
        m_form->load(ValidationField::MessageTemplate, d);
        break;
    }
}

void AppEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        followLanguageOfDefaultTemplate();
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

#include "AppEditorDialog.h"

#include "dialogs/Confirmation.h"
#include "domain/ExpiryPeriod.h"
#include "domain/MessageTemplate.h"
#include "domain/OtpAppValidator.h"
#include "domain/SmsPreview.h"
#include "widgets/FieldMessage.h"
#include "widgets/PageTitle.h"
#include "widgets/SmsPreviewPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// The order the dashboard shows its fields in; also the order of the Save tooltip.
const QList<ValidationField> FieldOrder{
    ValidationField::Name,     ValidationField::ContactEmail,    ValidationField::ContactName,
    ValidationField::Digits,   ValidationField::MessageTemplate, ValidationField::Expiry,
    ValidationField::IpRanges, ValidationField::Environment,     ValidationField::BaseUrl,
    ValidationField::AppKey,   ValidationField::AppSecret,
};

} // namespace

AppEditorDialog::AppEditorDialog(Mode mode, const OtpAppDraft &draft,
                                 const QStringList &otherAppNames, bool hasStoredSecret,
                                 QWidget *parent)
    : QDialog(parent), m_mode(mode), m_initial(draft), m_otherAppNames(otherAppNames),
      m_hasStoredSecret(hasStoredSecret)
{
    setObjectName(u"appEditorDialog"_s);
    buildUi();

    m_name->setText(draft.name);
    m_contactEmail->setText(draft.contactEmail);
    m_contactName->setText(draft.contactName);
    m_digits->setValue(draft.digits);
    m_template->setPlainText(draft.messageTemplate);
    m_expiry->setText(draft.expiry);
    m_ipRanges->setPlainText(draft.ipRanges);
    m_environment->setCurrentIndex(m_environment->findData(int(draft.environment)));
    m_baseUrl->setText(draft.baseUrl);
    m_appKey->setText(draft.appKey);
    // What the user brings from elsewhere is checked at once; a new form waits until a field
    // is first left, so it does not open full of complaints.
    if (mode != Mode::Create) {
        for (ValidationField field : FieldOrder)
            m_touched.insert(field);
    }
    retranslateUi();
    updateEnvironmentFields();
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

    auto *formHost = new QWidget;
    auto *grid = new QGridLayout(formHost);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    int row = 0;
    const auto addField = [&](ValidationField field, QWidget *editor, QWidget *extra = nullptr) {
        auto *label = new QLabel(formHost);
        label->setBuddy(editor);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *message = new FieldMessage(formHost);
        message->setObjectName(enumId(field) + u"Message"_s);
        m_labels.insert(field, label);
        m_messages.insert(field, message);
        grid->addWidget(label, row, 0);
        grid->addWidget(editor, row++, 1);
        if (extra)
            grid->addWidget(extra, row++, 1);
        grid->addWidget(message, row++, 1);
        editor->installEventFilter(this);
    };

    m_name = new QLineEdit(formHost);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setMaxLength(200); // the rule is 50; let a paste arrive so the message can say so
    addField(ValidationField::Name, m_name);

    m_contactEmail = new QLineEdit(formHost);
    m_contactEmail->setObjectName(u"contactEmailEdit"_s);
    m_contactEmail->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    addField(ValidationField::ContactEmail, m_contactEmail);

    m_contactName = new QLineEdit(formHost);
    m_contactName->setObjectName(u"contactNameEdit"_s);
    addField(ValidationField::ContactName, m_contactName);

    m_digits = new QSpinBox(formHost);
    m_digits->setObjectName(u"digitsSpin"_s);
    m_digits->setRange(OtpAppConfig::MinDigits, OtpAppConfig::MaxDigits);
    m_digits->setValue(OtpAppConfig::DefaultDigits);
    m_digits->setMaximumWidth(90);
    addField(ValidationField::Digits, m_digits);

    m_template = new QPlainTextEdit(formHost);
    m_template->setObjectName(u"templateEdit"_s);
    m_template->setTabChangesFocus(true);
    m_template->setMinimumHeight(80);
    m_template->setMaximumHeight(120);
    auto *placeholderRow = new QWidget(formHost);
    auto *placeholderLayout = new QHBoxLayout(placeholderRow);
    placeholderLayout->setContentsMargins(0, 0, 0, 0);
    m_placeholderHint = new QLabel(placeholderRow);
    placeholderLayout->addWidget(m_placeholderHint);
    for (const QString &placeholder : {u"{otp}"_s, u"{ref}"_s, u"{app}"_s, u"{minutes}"_s}) {
        auto *button = new QToolButton(placeholderRow);
        button->setText(placeholder);
        button->setObjectName(u"insert"_s + placeholder.mid(1, placeholder.size() - 2));
        connect(button, &QToolButton::clicked, this,
                [this, placeholder] { insertPlaceholder(placeholder); });
        placeholderLayout->addWidget(button);
        m_placeholderButtons.append(button);
    }
    placeholderLayout->addStretch();
    addField(ValidationField::MessageTemplate, m_template, placeholderRow);

    m_expiry = new QLineEdit(formHost);
    m_expiry->setObjectName(u"expiryEdit"_s);
    m_expiry->setPlaceholderText(u"HH:mm"_s);
    m_expiry->setMaximumWidth(90);
    addField(ValidationField::Expiry, m_expiry);

    m_ipRanges = new QPlainTextEdit(formHost);
    m_ipRanges->setObjectName(u"ipRangesEdit"_s);
    m_ipRanges->setTabChangesFocus(true);
    m_ipRanges->setMaximumHeight(90);
    m_ipRangesHint = new QLabel(formHost);
    m_ipRangesHint->setWordWrap(true);
    m_ipRangesHint->setForegroundRole(QPalette::PlaceholderText);
    addField(ValidationField::IpRanges, m_ipRanges, m_ipRangesHint);

    m_environment = new QComboBox(formHost);
    m_environment->setObjectName(u"environmentCombo"_s);
    m_environment->addItem(QString(), int(Environment::Sandbox));
    m_environment->addItem(QString(), int(Environment::Live));
    m_environment->addItem(QString(), int(Environment::Custom));
    m_sandboxNote = new QLabel(formHost);
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->setForegroundRole(QPalette::PlaceholderText);
    addField(ValidationField::Environment, m_environment, m_sandboxNote);

    m_baseUrl = new QLineEdit(formHost);
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_baseUrl->setPlaceholderText(u"https://"_s);
    addField(ValidationField::BaseUrl, m_baseUrl);

    m_appKey = new QLineEdit(formHost);
    m_appKey->setObjectName(u"appKeyEdit"_s);
    addField(ValidationField::AppKey, m_appKey);

    auto *secretRow = new QWidget(formHost);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    m_appSecret = new QLineEdit(secretRow);
    m_appSecret->setObjectName(u"appSecretEdit"_s);
    m_appSecret->setEchoMode(QLineEdit::Password);
    m_appSecret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                     | Qt::ImhSensitiveData);
    m_showSecret = new QToolButton(secretRow);
    m_showSecret->setObjectName(u"showSecretButton"_s);
    m_showSecret->setCheckable(true);
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_appSecret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslateUi();
    });
    secretLayout->addWidget(m_appSecret, 1);
    secretLayout->addWidget(m_showSecret);
    addField(ValidationField::AppSecret, secretRow);
    m_appSecret->installEventFilter(this);
    m_labels.value(ValidationField::AppSecret)->setBuddy(m_appSecret);

    grid->setRowStretch(row, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    const auto refresh = [this] {
        revalidate();
        updatePreview();
    };
    for (QLineEdit *edit :
         {m_name, m_contactEmail, m_contactName, m_expiry, m_baseUrl, m_appKey, m_appSecret})
        connect(edit, &QLineEdit::textChanged, this, refresh);
    connect(m_template, &QPlainTextEdit::textChanged, this, refresh);
    connect(m_ipRanges, &QPlainTextEdit::textChanged, this, refresh);
    connect(m_digits, &QSpinBox::valueChanged, this, refresh);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this, refresh] {
        updateEnvironmentFields();
        refresh();
    });

    // Tab follows the dashboard's order, then the buttons.
    QWidget *previous = m_name;
    for (QWidget *next : std::initializer_list<QWidget *>{
             m_contactEmail, m_contactName, m_digits, m_template, m_placeholderButtons.value(0),
             m_placeholderButtons.value(1), m_placeholderButtons.value(2),
             m_placeholderButtons.value(3), m_expiry, m_ipRanges, m_environment, m_baseUrl,
             m_appKey, m_appSecret, m_showSecret, m_cancelButton, m_saveButton}) {
        setTabOrder(previous, next);
        previous = next;
    }
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

    for (ValidationField field : FieldOrder) {
        if (QLabel *label = m_labels.value(field))
            label->setText(fieldLabel(field));
    }
    m_name->setAccessibleName(tr("App name"));
    m_name->setPlaceholderText(tr("e.g. My Shop"));
    m_contactEmail->setAccessibleName(tr("Contact email"));
    m_contactEmail->setPlaceholderText(tr("e.g. qa@example.com"));
    m_contactName->setAccessibleName(tr("Contact name"));
    m_digits->setAccessibleName(tr("Number of digits"));
    m_digits->setSuffix(tr(" digits"));
    m_template->setAccessibleName(tr("Message template"));
    m_placeholderHint->setText(tr("Insert:"));
    const QStringList placeholderHelp{tr("The OTP code (required, exactly once)"),
                                      tr("The reference number, e.g. T3A57"), tr("The app name"),
                                      tr("The expiry period in minutes")};
    for (int i = 0; i < m_placeholderButtons.size(); ++i) {
        m_placeholderButtons.at(i)->setToolTip(placeholderHelp.value(i));
        m_placeholderButtons.at(i)->setAccessibleName(
            tr("Insert %1").arg(m_placeholderButtons.at(i)->text()));
    }
    m_expiry->setAccessibleName(tr("Expiry period (HH:mm)"));
    m_expiry->setToolTip(tr("From 00:05 (5 minutes) to 11:00 (11 hours)"));
    m_ipRanges->setAccessibleName(tr("Trusted IP range"));
    m_ipRanges->setPlaceholderText(tr("203.0.113.7\n203.0.113.0/24"));
    m_ipRangesHint->setText(tr("One address or CIDR block per line. Leave empty to allow any "
                               "address."));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->setItemText(0, tr("Sandbox (this computer, no SMS credit)"));
    m_environment->setItemText(1, tr("Live (otp.thaibulksms.com)"));
    m_environment->setItemText(2, tr("Custom URL"));
    m_sandboxNote->setText(tr("A sandbox app gets a generated App Key and App Secret when it "
                              "is saved."));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_appKey->setAccessibleName(tr("App Key"));
    m_appKey->setPlaceholderText(tr("16 digits from the dashboard"));
    m_appSecret->setAccessibleName(tr("App Secret"));
    m_appSecret->setPlaceholderText(m_hasStoredSecret ? tr("Leave empty to keep the saved secret")
                                                      : tr("32 characters from the dashboard"));
    m_showSecret->setText(m_showSecret->isChecked() ? tr("Hide") : tr("Show"));
    m_showSecret->setAccessibleName(m_showSecret->isChecked() ? tr("Hide App Secret")
                                                              : tr("Show App Secret"));
    m_cancelButton->setText(tr("Cancel"));
    m_saveButton->setText(m_mode == Mode::Edit ? tr("Save") : tr("Create"));
    revalidate();
}

QString AppEditorDialog::fieldLabel(ValidationField field) const
{
    switch (field) {
    case ValidationField::Name:
        return tr("App &name");
    case ValidationField::ContactEmail:
        return tr("Contact &email");
    case ValidationField::ContactName:
        return tr("Contact na&me");
    case ValidationField::Digits:
        return tr("&Digits");
    case ValidationField::MessageTemplate:
        return tr("Message &template");
    case ValidationField::Expiry:
        return tr("E&xpiry (HH:mm)");
    case ValidationField::IpRanges:
        return tr("Trusted &IP range");
    case ValidationField::Environment:
        return tr("En&vironment");
    case ValidationField::BaseUrl:
        return tr("&Base URL");
    case ValidationField::AppKey:
        return tr("App &Key");
    case ValidationField::AppSecret:
        return tr("App &Secret");
    case ValidationField::Msisdn:
        break;
    }
    return {};
}

OtpAppDraft AppEditorDialog::draft() const
{
    OtpAppDraft d = m_initial;
    d.name = m_name->text();
    d.contactEmail = m_contactEmail->text();
    d.contactName = m_contactName->text();
    d.digits = m_digits->value();
    d.messageTemplate = m_template->toPlainText();
    d.expiry = m_expiry->text();
    d.ipRanges = m_ipRanges->toPlainText();
    d.environment = Environment(m_environment->currentData().toInt());
    d.baseUrl = m_baseUrl->text();
    d.appKey = m_appKey->text();
    return d;
}

QString AppEditorDialog::secret() const
{
    return draft().environment == Environment::Sandbox ? QString() : m_appSecret->text().trimmed();
}

ValidationIssues AppEditorDialog::issues() const
{
    const OtpAppDraft d = draft();
    ValidationIssues all = OtpAppValidator::validate(d, m_otherAppNames);
    // A secret is needed for a new Live/Custom app, or when one switches to Live/Custom.
    const bool secretRequired = !m_hasStoredSecret || m_initial.environment == Environment::Sandbox;
    all += OtpAppValidator::validateAppSecret(d.environment, m_appSecret->text(), secretRequired);
    return all;
}

bool AppEditorDialog::isModified() const
{
    const OtpAppDraft d = draft();
    return d.name != m_initial.name || d.contactEmail != m_initial.contactEmail
        || d.contactName != m_initial.contactName || d.digits != m_initial.digits
        || d.messageTemplate != m_initial.messageTemplate || d.expiry != m_initial.expiry
        || d.ipRanges != m_initial.ipRanges || d.environment != m_initial.environment
        || d.baseUrl != m_initial.baseUrl || d.appKey != m_initial.appKey
        || !m_appSecret->text().isEmpty();
}

void AppEditorDialog::revalidate()
{
    if (!m_saveButton)
        return;
    const ValidationIssues all = issues();
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        if (m_touched.contains(it.key()))
            it.value()->setIssues(issuesFor(all, it.key()));
        else
            it.value()->clearIssues();
    }

    const bool blocked = hasErrors(all);
    m_saveButton->setEnabled(!blocked);
    if (!blocked) {
        m_saveButton->setToolTip(QString());
        return;
    }
    // Hovering the disabled button says why, in the form's order.
    QStringList reasons;
    for (ValidationField field : FieldOrder) {
        for (const ValidationIssue &issue : issuesFor(all, field)) {
            if (issue.isError())
                reasons << u"• "_s + QString(fieldLabel(field)).remove(u'&') + u": "_s
                        + issue.message;
        }
    }
    m_saveButton->setToolTip(tr("Fix these first:") + u'\n' + reasons.join(u'\n'));
}

void AppEditorDialog::updatePreview()
{
    const OtpAppDraft d = draft();
    const int minutes = ExpiryPeriod::parse(d.expiry).value_or(OtpAppConfig::DefaultExpiryMinutes);
    m_preview->setPreview(
        SmsPreview::build(d.messageTemplate, d.name.trimmed(), d.digits, minutes));
}

void AppEditorDialog::updateEnvironmentFields()
{
    const auto environment = Environment(m_environment->currentData().toInt());
    const bool custom = environment == Environment::Custom;
    const bool credentials = environment != Environment::Sandbox;
    const auto show = [this](ValidationField field, QWidget *editor, bool visible) {
        m_labels.value(field)->setVisible(visible);
        editor->setVisible(visible);
        if (!visible)
            m_messages.value(field)->clearIssues();
    };
    show(ValidationField::BaseUrl, m_baseUrl, custom);
    show(ValidationField::AppKey, m_appKey, credentials);
    show(ValidationField::AppSecret, m_appSecret->parentWidget(), credentials);
    m_sandboxNote->setVisible(!credentials);
}

void AppEditorDialog::insertPlaceholder(const QString &placeholder)
{
    m_template->insertPlainText(placeholder);
    m_template->setFocus();
    m_touched.insert(ValidationField::MessageTemplate);
    revalidate();
}

QWidget *AppEditorDialog::editorFor(ValidationField field) const
{
    switch (field) {
    case ValidationField::Name:
        return m_name;
    case ValidationField::ContactEmail:
        return m_contactEmail;
    case ValidationField::ContactName:
        return m_contactName;
    case ValidationField::Digits:
        return m_digits;
    case ValidationField::MessageTemplate:
        return m_template;
    case ValidationField::Expiry:
        return m_expiry;
    case ValidationField::IpRanges:
        return m_ipRanges;
    case ValidationField::Environment:
        return m_environment;
    case ValidationField::BaseUrl:
        return m_baseUrl;
    case ValidationField::AppKey:
        return m_appKey;
    case ValidationField::AppSecret:
        return m_appSecret;
    case ValidationField::Msisdn:
        break;
    }
    return nullptr;
}

bool AppEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (ValidationField field : FieldOrder) {
            if (editorFor(field) == watched && !m_touched.contains(field)) {
                m_touched.insert(field);
                revalidate();
                break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
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

void AppEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // A template the user has not touched is the default of the old language: follow the
        // switch. Anything typed stays as it is.
        const QString current = m_template->toPlainText();
        for (const Language language : {Language::English, Language::Thai}) {
            if (language != currentLanguage()
                && current == MessageTemplate::defaultTemplate(language)) {
                if (m_initial.messageTemplate == current)
                    m_initial.messageTemplate = MessageTemplate::defaultTemplate(currentLanguage());
                m_template->setPlainText(MessageTemplate::defaultTemplate(currentLanguage()));
                break;
            }
        }
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

#include "ImportSecretsDialog.h"

#include "domain/OtpAppValidator.h"
#include "models/AppTableModel.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ImportSecretsDialog::ImportSecretsDialog(const QList<AppImport::SecretRequest> &requests,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"importSecretsDialog"_s);
    for (const AppImport::SecretRequest &request : requests)
        m_rows << Row{request, nullptr, nullptr, nullptr};
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QWidget *rows = buildRows();
    scroll->setWidget(rows);
    // Every row without scrolling up to about ten apps; beyond that the list scrolls.
    scroll->setMinimumHeight(std::min(rows->sizeHint().height() + 2, 360));
    layout->addWidget(scroll, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"importButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportSecretsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    resize(620, sizeHint().height());
}

// Name, environment and the secret's field with its message below, one row per app.
QWidget *ImportSecretsDialog::buildRows()
{
    auto *rows = new QWidget(this);
    auto *grid = new QGridLayout(rows);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    m_nameHeader = new QLabel(rows);
    m_environmentHeader = new QLabel(rows);
    m_secretHeader = new QLabel(rows);
    QFont bold = m_nameHeader->font();
    bold.setBold(true);
    for (QLabel *header : {m_nameHeader, m_environmentHeader, m_secretHeader})
        header->setFont(bold);
    grid->addWidget(m_nameHeader, 0, 0);
    grid->addWidget(m_environmentHeader, 0, 1);
    grid->addWidget(m_secretHeader, 0, 2);
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        auto *name = new QLabel(row.request.name, rows);
        name->setTextFormat(Qt::PlainText);
        row.environment = new QLabel(rows);
        row.secret = new QLineEdit(rows);
        row.secret->setObjectName(u"secretField%1"_s.arg(i));
        row.secret->setEchoMode(QLineEdit::Password);
        name->setBuddy(row.secret);
        row.message = new FieldMessage(rows);
        row.message->setObjectName(u"secretMessage%1"_s.arg(i));
        grid->addWidget(name, 2 * i + 1, 0);
        grid->addWidget(row.environment, 2 * i + 1, 1);
        grid->addWidget(row.secret, 2 * i + 1, 2);
        grid->addWidget(row.message, 2 * i + 2, 2);
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(2 * int(m_rows.size()) + 1, 1);
    return rows;
}

QStringList ImportSecretsDialog::secrets() const
{
    QStringList secrets;
    for (const Row &row : m_rows)
        secrets << row.secret->text().trimmed();
    return secrets;
}

void ImportSecretsDialog::accept()
{
    // The import checks every secret again; here the user can still correct one.
    QLineEdit *firstWrong = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        const ValidationIssues issues = OtpAppValidator::validateAppSecret(
            row.request.environment, row.secret->text(), false);
        row.message->setIssues(issues);
        if (hasErrors(issues) && !firstWrong)
            firstWrong = row.secret;
    }
    if (firstWrong) {
        firstWrong->setFocus();
        return;
    }
    QDialog::accept();
}

void ImportSecretsDialog::retranslateUi()
{
    setWindowTitle(tr("App Secrets for the Import"));
    m_intro->setText(tr("These apps need the App Secret shown on their page of the ThaiBulkSMS "
                        "OTP dashboard. Leave a field empty to import that app without its "
                        "secret; add it later by editing the app."));
    //: Column headings of the import's secrets dialog.
    m_nameHeader->setText(tr("App"));
    m_environmentHeader->setText(tr("Environment"));
    m_secretHeader->setText(tr("App Secret"));
    for (const Row &row : std::as_const(m_rows)) {
        row.environment->setText(AppTableModel::environmentName(row.request.environment));
        row.secret->setAccessibleName(tr("App Secret of “%1”").arg(row.request.name));
    }
    //: The button that imports the apps with the secrets entered.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ImportSecretsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

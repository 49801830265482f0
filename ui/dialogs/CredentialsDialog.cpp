#include "CredentialsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CredentialsDialog::CredentialsDialog(const QString &appName, const QString &appKey,
                                     const QString &appSecret, QWidget *parent)
    : QDialog(parent), m_appName(appName)
{
    setObjectName(u"credentialsDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *grid = new QGridLayout;
    m_keyLabel = new QLabel(this);
    m_key = new QLineEdit(appKey, this);
    m_key->setObjectName(u"appKeyField"_s);
    m_key->setReadOnly(true);
    m_copyKey = new QPushButton(this);
    m_copyKey->setObjectName(u"copyKeyButton"_s);
    m_secretLabel = new QLabel(this);
    m_secret = new QLineEdit(appSecret, this);
    m_secret->setObjectName(u"appSecretField"_s);
    m_secret->setReadOnly(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_revealSecret = new QPushButton(this);
    m_revealSecret->setObjectName(u"revealSecretButton"_s);
    m_revealSecret->setCheckable(true);
    m_copySecret = new QPushButton(this);
    m_copySecret->setObjectName(u"copySecretButton"_s);
    m_keyLabel->setBuddy(m_key);
    m_secretLabel->setBuddy(m_secret);
    grid->addWidget(m_keyLabel, 0, 0);
    grid->addWidget(m_key, 0, 1);
    grid->addWidget(m_copyKey, 0, 3);
    grid->addWidget(m_secretLabel, 1, 0);
    grid->addWidget(m_secret, 1, 1);
    grid->addWidget(m_revealSecret, 1, 2);
    grid->addWidget(m_copySecret, 1, 3);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_close = new QPushButton(this);
    m_close->setObjectName(u"closeButton"_s);
    m_close->setDefault(true);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_copyKey, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_key->text()); });
    connect(m_copySecret, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_secret->text()); });
    connect(m_revealSecret, &QPushButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslateUi();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    resize(560, sizeHint().height());
}

void CredentialsDialog::retranslateUi()
{
    setWindowTitle(tr("App Key and App Secret"));
    m_intro->setText(tr("“%1” is ready. Use this App Key and App Secret with the sandbox API. "
                        "The secret is kept in your system keychain; you can reveal it again "
                        "from the app's details.")
                         .arg(m_appName));
    m_keyLabel->setText(tr("App &Key"));
    m_secretLabel->setText(tr("App &Secret"));
    m_key->setAccessibleName(tr("App Key"));
    m_secret->setAccessibleName(tr("App Secret"));
    m_copyKey->setText(tr("Copy"));
    m_copyKey->setAccessibleName(tr("Copy App Key"));
    m_copySecret->setText(tr("Copy"));
    m_copySecret->setAccessibleName(tr("Copy App Secret"));
    m_revealSecret->setText(m_revealSecret->isChecked() ? tr("Hide") : tr("Reveal"));
    m_close->setText(tr("Done"));
}

void CredentialsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

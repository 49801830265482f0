#include "AppDetailsPane.h"

#include "SecretClipboard.h"
#include "StatusColors.h"
#include "domain/ExpiryPeriod.h"
#include "models/AppTableModel.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString MaskedSecret = QString(12, QChar(0x2022));

enum Field {
    Environment_,
    BaseUrl,
    Email,
    Contact,
    Digits,
    Expiry,
    Template,
    IpRanges,
    TestNumbers,
    Count
};

// A key or secret in a fixed-pitch font (1 and l, 0 and O differ), wide enough for 32
// characters.
void fitCredential(QLineEdit *field)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    field->setFont(mono);
    const int text = QFontMetrics(mono).horizontalAdvance(QString(32, u'M'));
    field->setMinimumWidth(text + 4 * field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth)
                           + 2 * field->textMargins().left() + 8);
}
} // namespace

AppDetailsPane::AppDetailsPane(OtpAppService &apps, QWidget *parent) : QWidget(parent), m_apps(apps)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"detailsTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse); // the app's name: data
    layout->addWidget(m_title);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    m_details = new QWidget(this);
    m_form = new QFormLayout(m_details);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    buildSettingRows();
    buildKeyRow();
    buildSecretRows();
    layout->addWidget(m_details);
    layout->addStretch();

    m_clipboard = new SecretClipboard(this);
    connect(m_clipboard, &SecretClipboard::cleared, this,
            [this] { emit message(tr("The App Secret was cleared from the clipboard.")); });
    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(RevealMilliseconds);
    connect(m_hideTimer, &QTimer::timeout, this, &AppDetailsPane::hideSecret);
    retranslateUi();
}

// One read-only row per setting of the app.
void AppDetailsPane::buildSettingRows()
{
    for (int i = 0; i < Count; ++i) {
        auto *label = new QLabel(m_details);
        auto *value = new QLabel(m_details);
        // Only long values wrap: every word-wrapped label makes the layout ask for
        // heightForWidth again, which showed up as a third of the start-up time.
        value->setWordWrap(i == Template || i == IpRanges || i == BaseUrl || i == TestNumbers);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setTextFormat(Qt::PlainText);
        m_fieldLabels << label;
        m_values << value;
        m_form->addRow(label, value);
    }
    m_values.at(Template)->setObjectName(u"detailsTemplate"_s);
}

void AppDetailsPane::buildKeyRow()
{
    auto *keyRow = new QHBoxLayout;
    m_key = new QLineEdit(m_details);
    m_key->setObjectName(u"detailsKey"_s);
    m_key->setReadOnly(true);
    m_copyKey = new QPushButton(m_details);
    m_copyKey->setObjectName(u"detailsCopyKey"_s);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_copyKey);
    m_fieldLabels << new QLabel(m_details);
    m_form->addRow(m_fieldLabels.last(), keyRow);
    connect(m_copyKey, &QPushButton::clicked, this, [this] {
        if (!m_app)
            return;
        QApplication::clipboard()->setText(m_app->appKey);
        emit message(tr("Copied the App Key of “%1”.").arg(m_app->name));
    });
}

// The masked secret with Reveal and Copy, and a line for the keychain's answer when it fails.
void AppDetailsPane::buildSecretRows()
{
    auto *secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(MaskedSecret, m_details);
    m_secret->setObjectName(u"detailsSecret"_s);
    m_secret->setReadOnly(true);
    m_revealSecret = new QPushButton(m_details);
    m_revealSecret->setObjectName(u"detailsRevealSecret"_s);
    m_copySecret = new QPushButton(m_details);
    m_copySecret->setObjectName(u"detailsCopySecret"_s);
    // The field as wide as the key's, Reveal on a row of its own: a 32-character secret shows
    // whole in either language.
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copySecret);
    m_fieldLabels << new QLabel(m_details);
    m_form->addRow(m_fieldLabels.last(), secretRow);
    m_form->addRow(QString(), m_revealSecret);
    m_form->setAlignment(m_revealSecret, Qt::AlignLeft);
    for (QLineEdit *field : {m_key, m_secret})
        fitCredential(field);
    m_secretStatus = new QLabel(m_details);
    m_secretStatus->setObjectName(u"detailsSecretStatus"_s);
    m_secretStatus->setWordWrap(true);
    m_secretStatus->hide();
    m_form->addRow(QString(), m_secretStatus);
    connect(m_revealSecret, &QPushButton::clicked, this, [this] {
        if (isSecretRevealed()) {
            hideSecret();
            return;
        }
        withSecret([this](const QString &secret) {
            m_secret->setText(secret);
            m_hideTimer->start();
            updateRevealButton();
        });
    });
    connect(m_copySecret, &QPushButton::clicked, this, [this] {
        withSecret([this](const QString &secret) {
            m_clipboard->copy(secret);
            emit message(tr("Copied the App Secret of “%1”; it is cleared from the clipboard in "
                            "%n second(s).",
                            nullptr, SecretClipboard::ClearAfterMs / 1000)
                             .arg(m_app->name));
        });
    });
}

void AppDetailsPane::setApp(const std::optional<OtpAppConfig> &app)
{
    const bool sameApp = app && m_app && app->id == m_app->id;
    m_app = app;
    if (!sameApp)
        hideSecret();
    fill();
}

bool AppDetailsPane::isSecretRevealed() const
{
    return m_secret->text() != MaskedSecret;
}

void AppDetailsPane::hideSecret()
{
    m_hideTimer->stop();
    m_secret->setText(MaskedSecret);
    m_secretStatus->hide();
    updateRevealButton();
}

void AppDetailsPane::updateRevealButton()
{
    m_revealSecret->setText(isSecretRevealed() ? tr("Hide") : tr("Reveal"));
}

void AppDetailsPane::withSecret(std::function<void(const QString &)> use)
{
    if (!m_app)
        return;
    const QUuid id = m_app->id;
    m_revealSecret->setEnabled(false);
    m_copySecret->setEnabled(false);
    whenFinished(this, m_apps.secret(id), [this, id, use](const SecretResult &result) {
        m_revealSecret->setEnabled(true);
        m_copySecret->setEnabled(true);
        if (!m_app || m_app->id != id)
            return; // the selection moved on while the keychain answered
        if (!result.ok()) {
            m_secretStatus->setText(result.message);
            StatusColors::setTextTone(m_secretStatus, StatusColors::Tone::Error);
            m_secretStatus->show();
            return;
        }
        m_secretStatus->hide();
        use(result.secret);
    });
}

void AppDetailsPane::fill()
{
    m_details->setVisible(m_app.has_value());
    m_empty->setVisible(!m_app);
    if (!m_app) {
        m_title->clear();
        return;
    }
    const OtpAppConfig &app = *m_app;
    m_title->setText(app.name);
    m_values.at(Environment_)->setText(AppTableModel::environmentName(app.environment));
    m_values.at(BaseUrl)->setText(app.baseUrl.toString());
    m_fieldLabels.at(BaseUrl)->setVisible(app.environment == Environment::Custom);
    m_values.at(BaseUrl)->setVisible(app.environment == Environment::Custom);
    m_values.at(Email)->setText(app.contactEmail);
    m_values.at(Contact)->setText(app.contactName);
    m_values.at(Digits)->setText(QString::number(app.digits));
    m_values.at(Expiry)->setText(tr("%1 (%n minute(s))", nullptr, app.expiryMinutes)
                                     .arg(ExpiryPeriod::format(app.expiryMinutes)));
    m_values.at(Template)->setText(app.messageTemplate);
    m_values.at(IpRanges)->setText(app.ipRanges.isEmpty() ? tr("Any address")
                                                          : app.ipRanges.join(u'\n'));
    const bool hasTestNumbers = !app.testNumbers.isEmpty();
    m_fieldLabels.at(TestNumbers)->setVisible(hasTestNumbers);
    m_values.at(TestNumbers)->setVisible(hasTestNumbers);
    m_values.at(TestNumbers)->setText(testNumberLines(app.testNumbers).join(u'\n'));
    m_key->setText(app.appKey);
}

QStringList AppDetailsPane::testNumberLines(const QList<TestNumber> &numbers)
{
    QStringList lines;
    for (const TestNumber &number : numbers) {
        //: A test number and its fixed code: "+66800000001: code 123456".
        lines << (number.isFailure() ? tr("%1: fails with %2") : tr("%1: code %2"))
                     .arg(number.msisdn, number.isFailure() ? number.fail : number.code);
    }
    return lines;
}

void AppDetailsPane::retranslateUi()
{
    m_empty->setText(tr("Select an app to see its settings, App Key and App Secret."));
    const QStringList labels{tr("Environment:"),      tr("Base URL:"),         tr("Contact email:"),
                             tr("Contact name:"),     tr("Digits:"),           tr("Expiry:"),
                             tr("Message template:"), tr("Trusted IP range:"), tr("Test numbers:"),
                             tr("App Key:"),          tr("App Secret:")};
    for (int i = 0; i < m_fieldLabels.size(); ++i)
        m_fieldLabels.at(i)->setText(labels.value(i));
    m_key->setAccessibleName(tr("App Key"));
    m_secret->setAccessibleName(tr("App Secret"));
    m_copyKey->setText(tr("Copy"));
    m_copyKey->setAccessibleName(tr("Copy App Key"));
    updateRevealButton();
    m_revealSecret->setToolTip(tr("Shows the secret from the keychain for 30 seconds"));
    m_copySecret->setText(tr("Copy"));
    m_copySecret->setAccessibleName(tr("Copy App Secret"));
    fill();
}

void AppDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

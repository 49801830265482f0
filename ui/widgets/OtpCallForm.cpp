#include "OtpCallForm.h"

#include "OtpCallOptionsPanel.h"
#include "StatusColors.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

OtpCallForm::OtpCallForm(QWidget *parent) : QWidget(parent)
{
    createWidgets();
    setLayout(createLayout());
    connectInputs();
    onAppChanged();
    retranslateUi();
}

void OtpCallForm::createWidgets()
{
    m_appLabel = new QLabel(this);
    m_app = new QComboBox(this);
    m_app->setObjectName(u"consoleApp"_s);
    m_app->setEditable(true);
    m_app->setInsertPolicy(QComboBox::NoInsert);
    m_app->completer()->setFilterMode(Qt::MatchContains);
    m_app->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_appLabel->setBuddy(m_app);
    m_phoneLabel = new QLabel(this);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"consolePhone"_s);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel->setBuddy(m_phone);
    m_recentNumbers = new QStringListModel(this);
    auto *completer = new QCompleter(m_recentNumbers, m_phone);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_phone->setCompleter(completer);
    m_phoneHint = new QLabel(this);
    m_phoneHint->setObjectName(u"consolePhoneHint"_s);
    // Wrapped, two lines reserved: a long error neither widens the window nor pushes the
    // token and PIN rows down while the user types.
    m_phoneHint->setWordWrap(true);
    m_phoneHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_phoneHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_phoneHint->installEventFilter(this); // its height follows its width: fitPhoneHint()
    m_request = new QPushButton(this);
    m_request->setObjectName(u"requestButton"_s);
    m_request->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->hide();
    m_tokenLabel = new QLabel(this);
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"consoleToken"_s);
    m_tokenLabel->setBuddy(m_token);
    m_pinLabel = new QLabel(this);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(u"consolePin"_s);
    m_pin->setMaximumWidth(140);
    // One validator; its pattern follows the app (as many digits as its codes have).
    m_pinValidator = new QRegularExpressionValidator(m_pin);
    m_pin->setValidator(m_pinValidator);
    m_pinLabel->setBuddy(m_pin);
    m_fillPin = new QPushButton(this);
    m_fillPin->setObjectName(u"fillPinButton"_s);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(u"verifyButton"_s);
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(u"advancedToggle"_s);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advanced = new OtpCallOptionsPanel(this);
    m_advanced->hide();
}

QLayout *OtpCallForm::createLayout()
{
    auto *grid = new QGridLayout;
    grid->addWidget(m_appLabel, 0, 0);
    grid->addWidget(m_app, 0, 1, 1, 3);
    grid->addWidget(m_phoneLabel, 1, 0);
    grid->addWidget(m_phone, 1, 1);
    grid->addWidget(m_request, 1, 2);
    grid->addWidget(m_cancel, 1, 3);
    grid->addWidget(m_phoneHint, 2, 1, 1, 3);
    grid->addWidget(m_tokenLabel, 3, 0);
    grid->addWidget(m_token, 3, 1, 1, 3);
    grid->addWidget(m_pinLabel, 4, 0);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin);
    pinRow->addWidget(m_fillPin);
    pinRow->addStretch();
    grid->addLayout(pinRow, 4, 1);
    grid->addWidget(m_verify, 4, 2);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addStretch();
    return layout;
}

void OtpCallForm::connectInputs()
{
    connect(m_request, &QPushButton::clicked, this, &OtpCallForm::requestClicked);
    connect(m_verify, &QPushButton::clicked, this, &OtpCallForm::verifyClicked);
    connect(m_cancel, &QPushButton::clicked, this, &OtpCallForm::cancelClicked);
    connect(m_fillPin, &QPushButton::clicked, this, &OtpCallForm::fillPinClicked);
    connect(m_phone, &QLineEdit::textChanged, this, [this] {
        updatePhoneHint();
        updateButtons();
    });
    connect(m_pin, &QLineEdit::textChanged, this, &OtpCallForm::updateButtons);
    connect(m_phone, &QLineEdit::returnPressed, this, [this] {
        if (m_request->isEnabled())
            emit requestClicked();
    });
    for (QLineEdit *verifyField : {m_token, m_pin}) {
        connect(verifyField, &QLineEdit::returnPressed, this, [this] {
            if (m_verify->isEnabled())
                emit verifyClicked();
        });
    }
    connect(m_token, &QLineEdit::textChanged, this, &OtpCallForm::updateButtons);
    connect(m_app, &QComboBox::currentIndexChanged, this, &OtpCallForm::onAppChanged);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
}

void OtpCallForm::setApps(const QList<OtpAppConfig> &apps)
{
    const QUuid selected = selectedAppId();
    m_apps = apps;
    QSignalBlocker blocker(m_app);
    m_app->clear();
    for (const OtpAppConfig &app : apps)
        m_app->addItem(app.name, app.id);
    const int index = m_app->findData(selected);
    m_app->setCurrentIndex(index >= 0 ? index : (m_app->count() > 0 ? 0 : -1));
    blocker.unblock();
    onAppChanged();
}

void OtpCallForm::selectApp(const QUuid &id)
{
    const int index = m_app->findData(id);
    if (index >= 0)
        m_app->setCurrentIndex(index);
}

void OtpCallForm::focusPhoneNumber()
{
    m_phone->setFocus(Qt::OtherFocusReason);
    m_phone->selectAll();
}

QUuid OtpCallForm::selectedAppId() const
{
    return m_app->currentData().toUuid();
}

std::optional<OtpAppConfig> OtpCallForm::selectedApp() const
{
    const QUuid id = selectedAppId();
    for (const OtpAppConfig &app : m_apps) {
        if (app.id == id)
            return app;
    }
    return std::nullopt;
}

std::optional<Msisdn> OtpCallForm::msisdn() const
{
    return Msisdn::parse(m_phone->text());
}

void OtpCallForm::setPhone(const QString &text)
{
    m_phone->setText(text);
}

void OtpCallForm::setRecentNumbers(const QStringList &numbers)
{
    m_recentNumbers->setStringList(numbers);
}

QStringList OtpCallForm::recentNumbers() const
{
    return m_recentNumbers->stringList();
}

QString OtpCallForm::token() const
{
    return m_token->text().trimmed();
}

void OtpCallForm::setToken(const QString &token)
{
    m_token->setText(token);
}

QString OtpCallForm::pin() const
{
    return m_pin->text();
}

void OtpCallForm::setPin(const QString &pin)
{
    m_pin->setText(pin);
}

void OtpCallForm::expectPinFor(const QString &token)
{
    m_token->setText(token);
    m_pin->clear();
    m_pin->setFocus();
}

OtpCallOptions OtpCallForm::callOptions() const
{
    return m_advanced->options();
}

void OtpCallForm::setCallOptions(const OtpCallOptions &options)
{
    m_advanced->setOptions(options);
}

void OtpCallForm::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void OtpCallForm::sendFromKeyboard()
{
    const bool verifyRow
        = m_token->hasFocus() || m_pin->hasFocus() || m_verify->hasFocus() || m_fillPin->hasFocus();
    if (verifyRow && m_verify->isEnabled())
        emit verifyClicked();
    else if (!verifyRow && m_request->isEnabled())
        emit requestClicked();
}

void OtpCallForm::onAppChanged()
{
    const std::optional<OtpAppConfig> app = selectedApp();
    const int digits = app ? app->digits : OtpAppConfig::MaxDigits;
    m_pinValidator->setRegularExpression(QRegularExpression(u"[0-9]{0,%1}"_s.arg(digits)));
    m_pin->setMaxLength(digits);
    updateButtons();
    emit appSelected(selectedAppId());
}

void OtpCallForm::updatePhoneHint()
{
    const QString text = m_phone->text();
    const bool empty = text.trimmed().isEmpty();
    const std::optional<Msisdn> msisdn = Msisdn::parse(text);
    if (empty)
        m_phoneHint->setText(tr("Accepted: 0812345678, 66812345678 or +66812345678."));
    else if (msisdn)
        m_phoneHint->setText(tr("Sent as %1").arg(msisdn->international()));
    else
        m_phoneHint->setText(Msisdn::validate(text).value(0).message);
    // The example in the hint's grey, the number as sent in the text colour, a problem in red:
    // each from the theme in use, also after a switch.
    m_phoneHint->setForegroundRole(empty ? QPalette::PlaceholderText : QPalette::WindowText);
    StatusColors::setTextTone(
        m_phoneHint, empty || msisdn ? std::nullopt : std::optional(StatusColors::Tone::Error));
    fitPhoneHint();
}

// Two lines are kept for the hint whatever it says (measured with Thai text, whose lines are
// taller than the Latin font's line spacing), more only when a message needs more at this
// width. Its minimum height tells the splitter above it: the rows below never overlap it.
void OtpCallForm::fitPhoneHint()
{
    const int twoLines
        = m_phoneHint->fontMetrics()
              .boundingRect(QRect(0, 0, 1000, 1000), Qt::TextWordWrap, u"Ag ก้ำ\nAg ก้ำ"_s)
              .height();
    const int needed = m_phoneHint->heightForWidth(qMax(1, m_phoneHint->width()));
    const int height = qMax(twoLines, needed);
    if (m_phoneHint->minimumHeight() != height)
        m_phoneHint->setMinimumHeight(height);
}

bool OtpCallForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_phoneHint && event->type() == QEvent::Resize)
        fitPhoneHint();
    return QWidget::eventFilter(watched, event);
}

void OtpCallForm::updateButtons()
{
    const std::optional<OtpAppConfig> app = selectedApp();
    const bool hasToken = !token().isEmpty();
    m_request->setEnabled(app && msisdn().has_value());
    m_verify->setEnabled(app && hasToken && m_pin->text().size() == app->digits);
    m_fillPin->setVisible(app && app->environment == Environment::Sandbox);
    m_fillPin->setEnabled(hasToken);
    m_cancel->setVisible(m_busy);
}

void OtpCallForm::retranslateUi()
{
    m_appLabel->setText(tr("&App:"));
    m_app->setAccessibleName(tr("App to test"));
    m_phoneLabel->setText(tr("&Phone number:"));
    m_phone->setPlaceholderText(u"0812345678"_s);
    m_phone->setAccessibleName(tr("Phone number"));
    m_request->setText(tr("&Request OTP"));
    const auto keys
        = [](const QString &keys) { return QKeySequence(keys).toString(QKeySequence::NativeText); };
    m_request->setToolTip(tr("Sends an OTP to the number (%1 in the phone number field, or %2)")
                              .arg(keys(u"Return"_s), keys(u"Ctrl+Return"_s)));
    m_cancel->setText(tr("Cancel"));
    m_tokenLabel->setText(tr("&Token:"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setPlaceholderText(tr("Filled in by a successful request"));
    m_pinLabel->setText(tr("P&IN:"));
    m_pin->setAccessibleName(tr("PIN from the SMS"));
    m_fillPin->setText(tr("Fill PIN from inbox"));
    m_verify->setText(tr("Verif&y"));
    m_verify->setToolTip(tr("Checks the PIN against the token (%1 in the PIN field, or %2 there)")
                             .arg(keys(u"Return"_s), keys(u"Ctrl+Return"_s)));
    m_advancedToggle->setText(tr("Advanced"));
    updatePhoneHint();
}

void OtpCallForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

#include "TestConsolePage.h"

#include "api/CurlExporter.h"
#include "api/ExchangeHistory.h"
#include "api/HarExporter.h"
#include "api/OtpCall.h"
#include "api/OtpClient.h"
#include "dialogs/Confirmation.h"
#include "domain/Msisdn.h"
#include "models/HistoryModel.h"
#include "sandbox/SandboxServer.h"
#include "services/AppSettings.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"
#include "services/Workspace.h"
#include "storage/ExchangeRepository.h"
#include "storage/InboxRepository.h"
#include "util/AtomicFile.h"
#include "widgets/ExchangeViewer.h"
#include "widgets/PageTitle.h"
#include "widgets/ResultCard.h"
#include "widgets/SearchField.h"
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// The fields a recorded request body carried (form or JSON): for re-running a past call.
QHash<QString, QString> bodyFields(const ExchangeRecord &record)
{
    QHash<QString, QString> fields;
    const QJsonDocument json = QJsonDocument::fromJson(record.requestBody);
    if (json.isObject()) {
        const QJsonObject object = json.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            fields.insert(it.key(), it.value().toVariant().toString());
        return fields;
    }
    const QUrlQuery query(QString::fromUtf8(record.requestBody));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        fields.insert(name, value);
    return fields;
}

bool saveFile(QWidget *parent, const QString &path, const QByteArray &bytes)
{
    const Result<void> written = AtomicFile::write(path, bytes);
    if (!written)
        QMessageBox::warning(parent, TestConsolePage::tr("Not saved"), written.error);
    return written.ok();
}

} // namespace

TestConsolePage::TestConsolePage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_client = new OtpClient(this);
    auto *layout = new QVBoxLayout(this);
    m_title = new PageTitle(this);
    layout->addWidget(m_title);

    auto *form = new QGridLayout;
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
    m_phoneHint = new QLabel(this);
    m_phoneHint->setObjectName(u"consolePhoneHint"_s);
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
    m_pinLabel->setBuddy(m_pin);
    m_fillPin = new QPushButton(this);
    m_fillPin->setObjectName(u"fillPinButton"_s);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(u"verifyButton"_s);

    form->addWidget(m_appLabel, 0, 0);
    form->addWidget(m_app, 0, 1, 1, 3);
    form->addWidget(m_phoneLabel, 1, 0);
    form->addWidget(m_phone, 1, 1);
    form->addWidget(m_request, 1, 2);
    form->addWidget(m_cancel, 1, 3);
    form->addWidget(m_phoneHint, 2, 1, 1, 3);
    form->addWidget(m_tokenLabel, 3, 0);
    form->addWidget(m_token, 3, 1, 1, 3);
    form->addWidget(m_pinLabel, 4, 0);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin);
    pinRow->addWidget(m_fillPin);
    pinRow->addStretch();
    form->addLayout(pinRow, 4, 1);
    form->addWidget(m_verify, 4, 2);
    form->setColumnStretch(1, 1);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(u"advancedToggle"_s);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advanced = new QWidget(this);
    auto *advanced = new QHBoxLayout(m_advanced);
    advanced->setContentsMargins(0, 0, 0, 0);
    m_versionLabel = new QLabel(m_advanced);
    m_version = new QComboBox(m_advanced);
    m_version->setObjectName(u"consoleApiVersion"_s);
    m_version->addItem(u"v2"_s, int(ApiVersion::V2));
    m_version->addItem(u"v1"_s, int(ApiVersion::V1));
    m_formatLabel = new QLabel(m_advanced);
    m_format = new QComboBox(m_advanced);
    m_format->setObjectName(u"consoleBodyFormat"_s);
    m_format->addItem(u"form"_s, int(BodyFormat::Form));
    m_format->addItem(u"JSON"_s, int(BodyFormat::Json));
    m_timeoutLabel = new QLabel(m_advanced);
    m_timeout = new QSpinBox(m_advanced);
    m_timeout->setObjectName(u"consoleTimeout"_s);
    m_timeout->setRange(1, 600);
    m_versionLabel->setBuddy(m_version);
    m_formatLabel->setBuddy(m_format);
    m_timeoutLabel->setBuddy(m_timeout);
    for (QWidget *w : std::initializer_list<QWidget *>{m_versionLabel, m_version, m_formatLabel,
                                                       m_format, m_timeoutLabel, m_timeout})
        advanced->addWidget(w);
    advanced->addStretch();
    m_advanced->hide();
    m_version->setCurrentIndex(m_context.settings.apiVersion() == ApiVersion::V1 ? 1 : 0);
    m_format->setCurrentIndex(m_context.settings.bodyFormat() == BodyFormat::Json ? 1 : 0);
    m_timeout->setValue(m_context.settings.callTimeoutSeconds());

    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    left->addWidget(m_advanced);
    left->addStretch();
    top->addLayout(left, 3);
    m_card = new ResultCard(this);
    top->addWidget(m_card, 2);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_exchangeBox = new QGroupBox(splitter);
    auto *exchangeLayout = new QVBoxLayout(m_exchangeBox);
    m_viewer = new ExchangeViewer(m_exchangeBox);
    m_viewer->setObjectName(u"exchangeViewer"_s);
    exchangeLayout->addWidget(m_viewer);
    m_historyBox = new QGroupBox(splitter);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    m_historyFilter = new SearchField(m_historyBox);
    m_historyFilter->setObjectName(u"historyFilter"_s);
    m_history = new HistoryModel(this);
    m_historyProxy = new QSortFilterProxyModel(this);
    m_historyProxy->setSourceModel(m_history);
    m_historyProxy->setFilterRole(HistoryModel::SearchRole);
    m_historyProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_historyTable = new QTableView(m_historyBox);
    m_historyTable->setObjectName(u"historyTable"_s);
    m_historyTable->setModel(m_historyProxy);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setAlternatingRowColors(true);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *historyButtons = new QHBoxLayout;
    m_rerun = new QPushButton(m_historyBox);
    m_rerun->setObjectName(u"rerunButton"_s);
    m_clearHistory = new QPushButton(m_historyBox);
    m_clearHistory->setObjectName(u"clearHistoryButton"_s);
    m_exportCsv = new QPushButton(m_historyBox);
    m_exportCsv->setObjectName(u"exportCsvButton"_s);
    m_exportHar = new QPushButton(m_historyBox);
    m_exportHar->setObjectName(u"exportHarButton"_s);
    historyButtons->addWidget(m_historyFilter, 1);
    historyButtons->addWidget(m_rerun);
    historyButtons->addWidget(m_exportCsv);
    historyButtons->addWidget(m_exportHar);
    historyButtons->addWidget(m_clearHistory);
    historyLayout->addLayout(historyButtons);
    historyLayout->addWidget(m_historyTable);
    splitter->addWidget(m_exchangeBox);
    splitter->addWidget(m_historyBox);
    layout->addWidget(splitter, 1);

    connect(m_request, &QPushButton::clicked, this, &TestConsolePage::requestOtp);
    connect(m_verify, &QPushButton::clicked, this, &TestConsolePage::verifyPin);
    connect(m_cancel, &QPushButton::clicked, this, &TestConsolePage::cancelCalls);
    connect(m_fillPin, &QPushButton::clicked, this, &TestConsolePage::fillPinFromInbox);
    connect(m_phone, &QLineEdit::textChanged, this, [this] {
        updatePhoneHint();
        updateButtons();
    });
    connect(m_pin, &QLineEdit::textChanged, this, &TestConsolePage::updateButtons);
    connect(m_token, &QLineEdit::textChanged, this, &TestConsolePage::updateButtons);
    connect(m_app, &QComboBox::currentIndexChanged, this, &TestConsolePage::onAppChanged);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_viewer, &ExchangeViewer::copyWithSecretRequested, this,
            &TestConsolePage::copyCurlWithSecret);
    connect(m_historyFilter, &QLineEdit::textChanged, m_historyProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_historyTable->selectionModel()->selectedRows();
        m_rerun->setEnabled(!rows.isEmpty());
        if (rows.isEmpty())
            return;
        if (const std::optional<StoredExchange> exchange
            = m_history->exchange(rows.first().data(HistoryModel::ExchangeIdRole).toLongLong()))
            openExchange(*exchange);
    });
    connect(m_rerun, &QPushButton::clicked, this, &TestConsolePage::rerunSelected);
    connect(m_clearHistory, &QPushButton::clicked, this, &TestConsolePage::clearHistory);
    connect(m_exportCsv, &QPushButton::clicked, this, &TestConsolePage::exportCsv);
    connect(m_exportHar, &QPushButton::clicked, this, &TestConsolePage::exportHar);
    connect(&m_context.apps, &OtpAppService::appsChanged, this, &TestConsolePage::reloadApps);
    connect(&m_context.sandbox, &SandboxServer::started, this, &TestConsolePage::updateSandboxUrl);
    connect(&m_context.sandbox, &SandboxServer::stopped, this, &TestConsolePage::updateSandboxUrl);
    connect(&m_context.settings, &AppSettings::changed, this,
            [this] { m_client->setLiveBaseUrl(QUrl(m_context.settings.liveBaseUrl())); });
    m_client->setLiveBaseUrl(QUrl(m_context.settings.liveBaseUrl()));
    updateSandboxUrl();
    reloadApps();
    retranslateUi();
    reloadHistory();
}

void TestConsolePage::updateSandboxUrl()
{
    m_client->setSandboxUrl(m_context.sandbox.isRunning() ? m_context.sandbox.url() : QUrl());
}

void TestConsolePage::reloadApps()
{
    const QUuid selected = selectedAppId();
    QSignalBlocker blocker(m_app);
    m_app->clear();
    for (const OtpAppConfig &app : m_context.apps.apps())
        m_app->addItem(app.name, app.id);
    const int index = m_app->findData(selected);
    m_app->setCurrentIndex(index >= 0 ? index : (m_app->count() > 0 ? 0 : -1));
    blocker.unblock();
    onAppChanged();
}

void TestConsolePage::onAppChanged()
{
    const std::optional<OtpAppConfig> app = m_context.apps.app(selectedAppId());
    const int digits = app ? app->digits : OtpAppConfig::MaxDigits;
    // The PIN field takes exactly as many digits as the app's codes have.
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,%1}"_s.arg(digits)), m_pin));
    m_pin->setMaxLength(digits);
    updateButtons();
}

void TestConsolePage::selectApp(const QUuid &id)
{
    const int index = m_app->findData(id);
    if (index >= 0)
        m_app->setCurrentIndex(index);
}

QUuid TestConsolePage::selectedAppId() const
{
    return m_app->currentData().toUuid();
}

OtpCallOptions TestConsolePage::callOptions() const
{
    OtpCallOptions options;
    options.version = ApiVersion(m_version->currentData().toInt());
    options.bodyFormat = BodyFormat(m_format->currentData().toInt());
    options.timeoutMs = m_timeout->value() * 1000;
    return options;
}

int TestConsolePage::callsInFlight() const
{
    return int(std::count_if(m_calls.cbegin(), m_calls.cend(),
                             [](const QPointer<OtpCall> &call) { return !call.isNull(); }));
}

void TestConsolePage::updatePhoneHint()
{
    const QString text = m_phone->text();
    QPalette p = m_phoneHint->palette();
    if (text.trimmed().isEmpty()) {
        m_phoneHint->setText(tr("Accepted: 0812345678, 66812345678 or +66812345678."));
        p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    } else if (const std::optional<Msisdn> msisdn = Msisdn::parse(text)) {
        m_phoneHint->setText(tr("Sent as %1").arg(msisdn->international()));
        p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    } else {
        m_phoneHint->setText(Msisdn::validate(text).value(0).message);
        p.setColor(QPalette::WindowText, StatusColors::error(palette()));
    }
    m_phoneHint->setPalette(p);
}

void TestConsolePage::updateButtons()
{
    const std::optional<OtpAppConfig> app = m_context.apps.app(selectedAppId());
    const bool busy = callsInFlight() > 0;
    m_request->setEnabled(app && Msisdn::parse(m_phone->text()).has_value());
    m_verify->setEnabled(app && !m_token->text().trimmed().isEmpty()
                         && m_pin->text().size() == app->digits);
    m_fillPin->setVisible(app && app->environment == Environment::Sandbox);
    m_fillPin->setEnabled(!m_token->text().trimmed().isEmpty());
    m_cancel->setVisible(busy);
}

void TestConsolePage::requestOtp()
{
    const std::optional<OtpAppConfig> app = m_context.apps.app(selectedAppId());
    const std::optional<Msisdn> msisdn = Msisdn::parse(m_phone->text());
    if (!app || !msisdn)
        return;
    startCall(OtpOperation::Request, *app, msisdn->international(), {}, {}, callOptions());
}

void TestConsolePage::verifyPin()
{
    const std::optional<OtpAppConfig> app = m_context.apps.app(selectedAppId());
    if (!app)
        return;
    const QString token = m_token->text().trimmed();
    startCall(OtpOperation::Verify, *app, m_msisdnByToken.value(token), token, m_pin->text(),
              callOptions());
}

void TestConsolePage::startCall(OtpOperation operation, const OtpAppConfig &app,
                                const QString &msisdn, const QString &token, const QString &pin,
                                const OtpCallOptions &options)
{
    m_card->setBusy(operation == OtpOperation::Request ? tr("Requesting an OTP…")
                                                       : tr("Verifying the PIN…"));
    m_cancel->show();
    // The secret comes from the keychain for this one call and is never kept.
    whenFinished(this, m_context.apps.secret(app.id), [=](const SecretResult &secret) {
        if (!secret.ok()) {
            m_card->setResult(std::nullopt);
            m_card->setBusy(tr("The App Secret could not be read"));
            QMessageBox::warning(this, tr("No App Secret"), secret.message);
            updateButtons();
            return;
        }
        OtpCall *call = operation == OtpOperation::Request
            ? m_client->request(app, secret.secret, msisdn, options)
            : m_client->verify(app, secret.secret, token, pin, options);
        m_calls.append(call);
        connect(call, &OtpCall::finished, this,
                [this, app, msisdn](const OtpResult &result) { finishCall(result, app, msisdn); });
        updateButtons();
    });
}

void TestConsolePage::finishCall(const OtpResult &result, const OtpAppConfig &app,
                                 const QString &msisdn)
{
    m_calls.removeIf(
        [](const QPointer<OtpCall> &call) { return call.isNull() || call->isFinished(); });
    m_card->setResult(result);
    m_viewedAppId = app.id;
    m_viewer->setRecord(result.record);
    if (result.operation == OtpOperation::Request && result.isSuccess()) {
        m_token->setText(result.token);
        m_msisdnByToken.insert(result.token, msisdn);
        m_pin->clear();
        m_pin->setFocus();
    }
    const Result<qint64> saved
        = ExchangeHistory::append(m_context.workspace.exchanges(), result, app, msisdn);
    if (!saved)
        QMessageBox::warning(this, tr("History not saved"), saved.error);
    reloadHistory();
    updateButtons();
    emit callFinished(result);
}

void TestConsolePage::cancelCalls()
{
    // cancel() finishes the call at once, and finishing edits m_calls: walk a copy.
    const QList<QPointer<OtpCall>> calls = m_calls;
    for (const QPointer<OtpCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void TestConsolePage::fillPinFromInbox()
{
    const QString token = m_token->text().trimmed();
    for (const OtpMessage &message : m_context.workspace.inbox().list(selectedAppId())) {
        if (message.token == token) {
            m_pin->setText(message.code);
            return;
        }
    }
    QMessageBox::information(this, tr("Not in the inbox"),
                             tr("The sandbox inbox has no SMS for this token. Request a new OTP "
                                "from a sandbox app first."));
}

void TestConsolePage::reloadHistory()
{
    ExchangeFilter filter;
    filter.limit = 1000;
    m_history->setExchanges(m_context.workspace.exchanges().list(filter));
    const bool any = m_history->rowCount() > 0;
    m_clearHistory->setEnabled(any);
    m_exportCsv->setEnabled(any);
    m_exportHar->setEnabled(any);
    m_rerun->setEnabled(m_historyTable->selectionModel()->hasSelection());
}

void TestConsolePage::openExchange(const StoredExchange &exchange)
{
    QString error;
    const std::optional<OtpResult> result = ExchangeHistory::resultOf(exchange, &error);
    m_viewedAppId = exchange.appId;
    m_viewer->setRecord(result ? std::optional<ExchangeRecord>(result->record) : std::nullopt);
    m_card->setResult(result);
}

void TestConsolePage::rerunSelected()
{
    const QModelIndexList rows = m_historyTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const std::optional<StoredExchange> exchange
        = m_history->exchange(rows.first().data(HistoryModel::ExchangeIdRole).toLongLong());
    if (!exchange)
        return;
    const std::optional<OtpResult> past = ExchangeHistory::resultOf(*exchange);
    const std::optional<OtpAppConfig> app = m_context.apps.app(exchange->appId);
    if (!past || !app) {
        QMessageBox::information(this, tr("Cannot re-run"),
                                 tr("The app of this call no longer exists."));
        return;
    }
    const QHash<QString, QString> fields = bodyFields(past->record);
    selectApp(app->id);
    if (past->operation == OtpOperation::Request) {
        m_phone->setText(fields.value(u"msisdn"_s, exchange->msisdn));
        startCall(OtpOperation::Request, *app, exchange->msisdn, {}, {}, past->options);
    } else {
        m_token->setText(fields.value(u"token"_s));
        m_pin->setText(fields.value(u"pin"_s));
        startCall(OtpOperation::Verify, *app, exchange->msisdn, fields.value(u"token"_s),
                  fields.value(u"pin"_s), past->options);
    }
}

void TestConsolePage::copyCurlWithSecret()
{
    const std::optional<ExchangeRecord> record = m_viewer->record();
    if (!record || m_viewedAppId.isNull())
        return;
    whenFinished(this, m_context.apps.secret(m_viewedAppId),
                 [this, record](const SecretResult &secret) {
                     if (!secret.ok()) {
                         QMessageBox::warning(this, tr("No App Secret"), secret.message);
                         return;
                     }
                     QApplication::clipboard()->setText(
                         CurlExporter::toCurlWithSecret(*record, secret.secret));
                 });
}

void TestConsolePage::clearHistory()
{
    if (!Confirmation::ask(this, tr("Clear the history?"),
                           tr("Remove all %n call(s) from the history? This cannot be undone.",
                              nullptr, m_history->rowCount()),
                           tr("Clear"), Confirmation::Kind::Destructive))
        return;
    const Result<int> cleared = m_context.workspace.exchanges().clear();
    if (!cleared)
        QMessageBox::warning(this, tr("History not cleared"), cleared.error);
    m_viewer->setRecord(std::nullopt);
    reloadHistory();
}

void TestConsolePage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history as CSV"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/otp-history.csv"_s,
        tr("CSV (*.csv)"));
    if (!path.isEmpty())
        saveFile(this, path, HistoryModel::toCsv(m_history->exchanges()));
}

void TestConsolePage::exportHar()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history as HAR"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/otp-history.har"_s,
        tr("HTTP Archive (*.har)"));
    if (path.isEmpty())
        return;
    QList<ExchangeRecord> records;
    for (const StoredExchange &exchange : m_history->exchanges()) {
        if (const std::optional<OtpResult> result = ExchangeHistory::resultOf(exchange))
            records << result->record;
    }
    saveFile(this, path, HarExporter::toDocument(records));
}

void TestConsolePage::retranslateUi()
{
    m_title->setText(tr("Test console"));
    m_appLabel->setText(tr("&App:"));
    m_app->setAccessibleName(tr("App to test"));
    m_phoneLabel->setText(tr("&Phone number:"));
    m_phone->setPlaceholderText(u"0812345678"_s);
    m_phone->setAccessibleName(tr("Phone number"));
    m_request->setText(tr("&Request OTP"));
    m_cancel->setText(tr("Cancel"));
    m_tokenLabel->setText(tr("&Token:"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setPlaceholderText(tr("Filled in by a successful request"));
    m_pinLabel->setText(tr("P&IN:"));
    m_pin->setAccessibleName(tr("PIN from the SMS"));
    m_fillPin->setText(tr("Fill PIN from inbox"));
    m_verify->setText(tr("&Verify"));
    m_advancedToggle->setText(tr("Advanced"));
    m_versionLabel->setText(tr("API:"));
    m_version->setAccessibleName(tr("API version"));
    m_formatLabel->setText(tr("Body:"));
    m_format->setAccessibleName(tr("Request body format"));
    m_timeoutLabel->setText(tr("Timeout:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_exchangeBox->setTitle(tr("Raw exchange"));
    m_historyBox->setTitle(tr("History"));
    m_historyFilter->setPlaceholderText(tr("Search the history"));
    m_historyFilter->setAccessibleName(tr("Search the history"));
    m_historyTable->setAccessibleName(tr("Call history"));
    m_rerun->setText(tr("Re-run"));
    m_clearHistory->setText(tr("Clear history…"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportHar->setText(tr("Export HAR…"));
    m_history->retranslate();
    updatePhoneHint();
    updateButtons();
}

void TestConsolePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

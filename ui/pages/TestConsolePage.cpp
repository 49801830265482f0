#include "TestConsolePage.h"

#include "api/CurlExporter.h"
#include "services/ExchangeHistory.h"
#include "api/HarExporter.h"
#include "dialogs/Confirmation.h"
#include "domain/Msisdn.h"
#include "models/HistoryModel.h"
#include "sandbox/SandboxServer.h"
#include "services/AppSettings.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"
#include "services/OtpCallSession.h"
#include "services/Workspace.h"
#include "storage/ExchangeRepository.h"
#include "storage/InboxRepository.h"
#include "util/AtomicFile.h"
#include "widgets/ExchangeViewer.h"
#include "widgets/OtpCallForm.h"
#include "widgets/PageTitle.h"
#include "widgets/ResultCard.h"
#include "widgets/SearchField.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
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
    auto *layout = new QVBoxLayout(this);
    buildCallArea(layout);

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

    connectCallArea();
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
    retranslateUi();
    reloadHistory();
}

void TestConsolePage::buildCallArea(QVBoxLayout *layout)
{
    m_session = new OtpCallSession(&m_context.apps, &m_context.workspace.exchanges(), this);
    m_title = new PageTitle(this);
    layout->addWidget(m_title);
    m_form = new OtpCallForm(this);
    m_form->setCallOptions(m_context.settings.callOptions());
    m_card = new ResultCard(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_form, 3);
    top->addWidget(m_card, 2);
    layout->addLayout(top);
}

// The form's buttons to the session, the session's reports to the card and the viewer, and
// where the session's calls go.
void TestConsolePage::connectCallArea()
{
    connect(m_form, &OtpCallForm::requestClicked, this, &TestConsolePage::requestOtp);
    connect(m_form, &OtpCallForm::verifyClicked, this, &TestConsolePage::verifyPin);
    connect(m_form, &OtpCallForm::cancelClicked, this, &TestConsolePage::cancelCalls);
    connect(m_form, &OtpCallForm::fillPinClicked, this, &TestConsolePage::fillPinFromInbox);
    connect(m_session, &OtpCallSession::callStarted, m_card, &ResultCard::showCallStarted);
    connect(m_session, &OtpCallSession::callStarted, this, &TestConsolePage::updateButtons);
    connect(
        m_session, &OtpCallSession::secretUnavailable, this,
        [this](const OtpAppConfig &, const QString &message) { showSecretUnavailable(message); });
    connect(m_session, &OtpCallSession::callAbandoned, this, &TestConsolePage::showAbandoned);
    connect(m_session, &OtpCallSession::callFinished, this,
            [this](const OtpResult &result, const std::optional<StoredExchange> &,
                   const QUuid &appId) { finishCall(result, appId); });
    connect(m_session, &OtpCallSession::historyFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("History not saved"), message);
    });
    connect(m_viewer, &ExchangeViewer::copyWithSecretRequested, this,
            &TestConsolePage::copyCurlWithSecret);
    connect(&m_context.apps, &OtpAppService::appsChanged, this, &TestConsolePage::reloadApps);
    connect(&m_context.sandbox, &SandboxServer::started, this, &TestConsolePage::updateSandboxUrl);
    connect(&m_context.sandbox, &SandboxServer::stopped, this, &TestConsolePage::updateSandboxUrl);
    connect(&m_context.settings, &AppSettings::changed, this,
            [this] { m_session->setLiveBaseUrl(QUrl(m_context.settings.liveBaseUrl())); });
    m_session->setLiveBaseUrl(QUrl(m_context.settings.liveBaseUrl()));
    updateSandboxUrl();
    reloadApps();
}

void TestConsolePage::updateSandboxUrl()
{
    m_session->setSandboxUrl(m_context.sandbox.isRunning() ? m_context.sandbox.url() : QUrl());
}

void TestConsolePage::reloadApps()
{
    m_form->setApps(m_context.apps.apps());
}

void TestConsolePage::requestOtp()
{
    const std::optional<OtpAppConfig> app = m_context.apps.app(selectedAppId());
    const std::optional<Msisdn> msisdn = m_form->msisdn();
    if (!app || !msisdn)
        return;
    startCall(OtpOperation::Request, *app, msisdn->international(), {}, {}, callOptions());
}

void TestConsolePage::verifyPin()
{
    const std::optional<OtpAppConfig> app = m_context.apps.app(selectedAppId());
    if (!app)
        return;
    // No number: the session knows which one it requested the token for.
    startCall(OtpOperation::Verify, *app, {}, m_form->token(), m_form->pin(), callOptions());
}

// msisdn of a verify: the number for its history row (empty: the session's memory of it).
void TestConsolePage::startCall(OtpOperation operation, const OtpAppConfig &app,
                                const QString &msisdn, const QString &token, const QString &pin,
                                const OtpCallOptions &options)
{
    if (operation == OtpOperation::Request)
        m_session->request(app, msisdn, options);
    else
        m_session->verify(app, token, pin, options, msisdn);
}

void TestConsolePage::showSecretUnavailable(const QString &message)
{
    m_card->setResult(std::nullopt);
    m_card->setBusy(tr("The App Secret could not be read"));
    updateButtons();
    QMessageBox::warning(this, tr("No App Secret"), message);
}

void TestConsolePage::showAbandoned()
{
    m_card->setResult(std::nullopt);
    //: The result card's title after Cancel stopped a call before it went out
    m_card->setBusy(tr("Cancelled before it was sent"));
    updateButtons();
}

void TestConsolePage::finishCall(const OtpResult &result, const QUuid &appId)
{
    m_card->setResult(result);
    m_viewedAppId = appId;
    m_viewer->setRecord(result.record);
    if (result.operation == OtpOperation::Request && result.isSuccess())
        m_form->expectPinFor(result.token);
    reloadHistory();
    updateButtons();
    emit callFinished(result);
}

void TestConsolePage::fillPinFromInbox()
{
    const QString token = m_form->token();
    for (const OtpMessage &message : m_context.workspace.inbox().list(selectedAppId())) {
        if (message.token == token) {
            m_form->setPin(message.code);
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
    const std::optional<OtpResult> result = ExchangeHistory::resultOf(exchange);
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
        m_form->setPhone(fields.value(u"msisdn"_s, exchange->msisdn));
        startCall(OtpOperation::Request, *app, exchange->msisdn, {}, {}, past->options);
    } else {
        m_form->setToken(fields.value(u"token"_s));
        m_form->setPin(fields.value(u"pin"_s));
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
}

void TestConsolePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

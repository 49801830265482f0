#include "TestConsolePage.h"

#include "api/CurlExporter.h"
#include "domain/Msisdn.h"
#include "sandbox/SandboxServer.h"
#include "services/AppSettings.h"
#include "services/ExchangeHistory.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"
#include "services/OtpCallSession.h"
#include "services/Workspace.h"
#include "storage/ExchangeRepository.h"
#include "storage/InboxRepository.h"
#include "widgets/ExchangeViewer.h"
#include "widgets/HistoryPanel.h"
#include "widgets/OtpCallForm.h"
#include "widgets/PageTitle.h"
#include "widgets/ResultCard.h"
#include "widgets/SandboxStoppedBanner.h"
#include "widgets/SecretClipboard.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
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

} // namespace

TestConsolePage::TestConsolePage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_session = new OtpCallSession(&m_context.apps, &m_context.workspace.exchanges(), this);
    m_clipboard = new SecretClipboard(this);
    auto *layout = new QVBoxLayout(this);
    m_title = new PageTitle(this);
    layout->addWidget(m_title);
    m_sandboxBanner = new SandboxStoppedBanner(m_context.sandbox, this);
    layout->addWidget(m_sandboxBanner);
    buildPanes(layout);
    connectCallArea();
    connectPanes();
    auto *send = new QShortcut(this);
    send->setKeys({QKeySequence(u"Ctrl+Return"_s), QKeySequence(u"Ctrl+Enter"_s)});
    send->setContext(Qt::WidgetWithChildrenShortcut);
    connect(send, &QShortcut::activated, m_form, &OtpCallForm::sendFromKeyboard);
    retranslateUi();
}

// Form and result card side by side, over the raw exchange, over the history: splitters the
// user can drag, remembered for the next start. The card scrolls rather than grow the window.
void TestConsolePage::buildPanes(QVBoxLayout *layout)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"consoleSplitter"_s);
    splitter->addWidget(buildCallArea());
    m_exchangeBox = new QGroupBox(splitter);
    auto *exchangeLayout = new QVBoxLayout(m_exchangeBox);
    m_viewer = new ExchangeViewer(m_exchangeBox);
    m_viewer->setObjectName(u"exchangeViewer"_s);
    exchangeLayout->addWidget(m_viewer);
    m_history = new HistoryPanel(m_context.workspace.exchanges(), splitter);
    splitter->addWidget(m_exchangeBox);
    splitter->addWidget(m_history);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);
    rememberSplitter(splitter, u"console"_s);
    layout->addWidget(splitter, 1);
}

QWidget *TestConsolePage::buildCallArea()
{
    auto *top = new QSplitter(Qt::Horizontal);
    top->setObjectName(u"consoleTopSplitter"_s);
    m_form = new OtpCallForm(top);
    m_form->setCallOptions(m_context.settings.callOptions());
    auto *cardScroll = new QScrollArea(top);
    cardScroll->setFrameShape(QFrame::NoFrame);
    cardScroll->setWidgetResizable(true);
    m_card = new ResultCard(cardScroll);
    cardScroll->setWidget(m_card);
    top->addWidget(m_form);
    top->addWidget(cardScroll);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);
    rememberSplitter(top, u"consoleTop"_s);
    return top;
}

void TestConsolePage::rememberSplitter(QSplitter *splitter, const QString &name)
{
    splitter->restoreState(m_context.settings.splitterState(name));
    connect(splitter, &QSplitter::splitterMoved, this, [this, splitter, name] {
        m_context.settings.setSplitterState(name, splitter->saveState());
    });
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
    connect(m_session, &OtpCallSession::callFinished, this, &TestConsolePage::finishCall);
    connect(m_session, &OtpCallSession::historyFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("History not saved"), message);
    });
    connect(&m_context.apps, &OtpAppService::appsChanged, this, &TestConsolePage::reloadApps);
    connect(&m_context.sandbox, &SandboxServer::started, this, &TestConsolePage::updateSandboxUrl);
    connect(&m_context.sandbox, &SandboxServer::stopped, this, &TestConsolePage::updateSandboxUrl);
    connect(&m_context.settings, &AppSettings::changed, this,
            [this] { m_session->setLiveBaseUrl(QUrl(m_context.settings.liveBaseUrl())); });
    m_session->setLiveBaseUrl(QUrl(m_context.settings.liveBaseUrl()));
    connect(m_form, &OtpCallForm::appSelected, this, &TestConsolePage::showRecentNumbers);
    connect(m_sandboxBanner, &SandboxStoppedBanner::startRequested, this,
            &TestConsolePage::startSandboxRequested);
    updateSandboxUrl();
    reloadApps();
}

// The raw exchange and the history: what they open, and what their copies and exports say.
void TestConsolePage::connectPanes()
{
    connect(m_history, &HistoryPanel::exchangeSelected, this, &TestConsolePage::openExchange);
    connect(m_history, &HistoryPanel::rerunRequested, this, &TestConsolePage::rerun);
    connect(m_history, &HistoryPanel::cleared, this, [this] { m_viewer->setRecord(std::nullopt); });
    connect(m_history, &HistoryPanel::message, this, &TestConsolePage::message);
    connect(m_viewer, &ExchangeViewer::message, this, &TestConsolePage::message);
    connect(m_viewer, &ExchangeViewer::copyWithSecretRequested, this,
            &TestConsolePage::copyCurlWithSecret);
    connect(m_clipboard, &SecretClipboard::cleared, this, [this] {
        emit message(tr("The cURL command with the App Secret was cleared from the clipboard."));
    });
}

void TestConsolePage::showRecentNumbers(const QUuid &appId)
{
    m_form->setRecentNumbers(m_context.settings.recentNumbers(appId));
}

void TestConsolePage::findInExchange()
{
    m_viewer->showFindBar();
}

// A Sandbox app is answered by the embedded sandbox: while it is stopped nothing is sent (the
// call would have no URL), and the banner offers to start it.
bool TestConsolePage::refuseWhileSandboxStopped(const OtpAppConfig &app)
{
    if (app.environment != Environment::Sandbox || m_context.sandbox.isRunning())
        return false;
    m_card->setResult(std::nullopt);
    //: The result card's title when a sandbox app was called while the sandbox is stopped
    m_card->setBusy(tr("Not sent: the sandbox is stopped"));
    m_sandboxBanner->showStopped();
    return true;
}

void TestConsolePage::updateSandboxUrl()
{
    QUrl url = m_context.sandbox.isRunning() ? m_context.sandbox.url() : QUrl();
    // Listening on every address ("Allow other machines"): this computer calls it on loopback,
    // the one plain-http address a secret may travel to.
    if (QHostAddress(url.host()).isEqual(QHostAddress::AnyIPv4))
        url.setHost(u"127.0.0.1"_s);
    m_session->setSandboxUrl(url);
}

void TestConsolePage::reloadApps()
{
    const QList<OtpAppConfig> apps = m_context.apps.apps();
    QList<QUuid> ids;
    for (const OtpAppConfig &app : apps)
        ids << app.id;
    m_context.settings.keepRecentNumbersOf(ids);
    m_form->setApps(apps);
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
    if (refuseWhileSandboxStopped(app))
        return;
    m_sandboxBanner->hide();
    if (operation == OtpOperation::Verify) {
        m_session->verify(app, token, pin, options, msisdn);
        return;
    }
    m_session->request(app, msisdn, options);
    if (const std::optional<Msisdn> number = Msisdn::parse(msisdn)) {
        m_context.settings.addRecentNumber(app.id, number->domestic());
        if (app.id == selectedAppId())
            showRecentNumbers(app.id);
    }
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

// stored: the history row the session wrote (none when writing failed: historyFailed says so).
void TestConsolePage::finishCall(const OtpResult &result,
                                 const std::optional<StoredExchange> &stored, const QUuid &appId)
{
    m_card->setResult(result);
    m_viewedAppId = appId;
    m_viewer->setRecord(result.record);
    if (result.operation == OtpOperation::Request && result.isSuccess())
        m_form->expectPinFor(result.token);
    if (stored)
        m_history->addCall(*stored);
    updateButtons();
    emit callFinished(result);
}

void TestConsolePage::fillPinFromInbox()
{
    const std::optional<OtpMessage> message
        = m_context.workspace.inbox().findByToken(m_form->token());
    if (message && message->appId == selectedAppId()) {
        m_form->setPin(message->code);
        return;
    }
    QMessageBox::information(this, tr("Not in the inbox"),
                             tr("The sandbox inbox has no SMS for this token. Request a new OTP "
                                "from a sandbox app first."));
}

void TestConsolePage::openExchange(const StoredExchange &exchange)
{
    const std::optional<OtpResult> result = ExchangeHistory::resultOf(exchange);
    m_viewedAppId = exchange.appId;
    m_viewer->setRecord(result ? std::optional<ExchangeRecord>(result->record) : std::nullopt);
    m_card->setResult(result);
}

void TestConsolePage::showExchange(qint64 historyId)
{
    if (const std::optional<StoredExchange> exchange
        = m_context.workspace.exchanges().find(historyId))
        openExchange(*exchange);
}

void TestConsolePage::rerun(const StoredExchange &exchange)
{
    const std::optional<OtpResult> past = ExchangeHistory::resultOf(exchange);
    const std::optional<OtpAppConfig> app = m_context.apps.app(exchange.appId);
    if (!past || !app) {
        QMessageBox::information(this, tr("Cannot re-run"),
                                 tr("The app of this call no longer exists."));
        return;
    }
    const QHash<QString, QString> fields = bodyFields(past->record);
    selectApp(app->id);
    if (past->operation == OtpOperation::Request) {
        m_form->setPhone(fields.value(u"msisdn"_s, exchange.msisdn));
        startCall(OtpOperation::Request, *app, exchange.msisdn, {}, {}, past->options);
    } else {
        m_form->setToken(fields.value(u"token"_s));
        m_form->setPin(fields.value(u"pin"_s));
        startCall(OtpOperation::Verify, *app, exchange.msisdn, fields.value(u"token"_s),
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
                     m_clipboard->copy(CurlExporter::toCurlWithSecret(*record, secret.secret,
                                                                      CurlExporter::nativeShell()));
                     emit message(tr("Copied the request as cURL with the App Secret; it is "
                                     "cleared from the clipboard in %n second(s).",
                                     nullptr, SecretClipboard::ClearAfterMs / 1000));
                 });
}

void TestConsolePage::retranslateUi()
{
    m_title->setText(tr("Test console"));
    m_exchangeBox->setTitle(tr("Raw exchange"));
}

void TestConsolePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TestConsolePage::focusPhoneNumber()
{
    m_form->focusPhoneNumber();
}

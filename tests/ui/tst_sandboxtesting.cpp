#include "GuiTestHelpers.h"
#include "MainWindowFixture.h"
#include "SandboxTray.h"
#include "api/ErrorCatalog.h"
#include "models/InboxModel.h"
#include "pages/InboxPage.h"
#include "services/SmsNotifier.h"
#include "storage/InboxRepository.h"
#include "widgets/InboxRowActions.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using GuiTest::child;

// The sandbox for the person testing by hand (issue 14, section 4) and the GUI's side of the
// control API: notifications and the tray, Inbox row actions, the status bar's note, the live
// follow of API changes, message ids, and "Allow other machines".
class TestSandboxTesting : public QObject
{
    Q_OBJECT

private slots:
    void notificationWhileTheWindowIsBehind();
    void trayMenuActions();
    void expireNowFromTheRow();
    void clockAdvanceShowsInTheStatusBar();
    void faultsSetThroughTheApiAreFollowed();
    void deletedThroughTheApiLeaveTheInbox();
    void allowOtherMachinesRequiresTheToken();

private:
    struct Reply {
        int status = 0;
        QJsonObject body;
        QByteArray faultHeader;
    };
    Reply call(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
               const QString &token = {});
    QString requestOtp(Fixture &f, const QString &msisdn = u"0812345678"_s);
    void createSandboxApp(Fixture &f);
    QNetworkAccessManager m_network;
    OtpAppService::SaveResult m_app = OtpAppService::SaveResult::failure(u"none"_s);
};

TestSandboxTesting::Reply TestSandboxTesting::call(const QByteArray &verb, const QUrl &url,
                                                   const QByteArray &body, const QString &token)
{
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          body.startsWith('{') ? u"application/json"_s
                                               : u"application/x-www-form-urlencoded"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object(),
            reply->rawHeader("X-Otp-Sandbox-Fault")};
}

void TestSandboxTesting::createSandboxApp(Fixture &f)
{
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    std::optional<OtpAppService::SaveResult> saved;
    f.apps->create(draft, {}).then(&f.sandbox,
                                   [&saved](const OtpAppService::SaveResult &r) { saved = r; });
    if (!QTest::qWaitFor([&] { return saved && saved->ok() && f.sandbox.apps().size() == 1; },
                         10000))
        qWarning("the sandbox app was not served");
    m_app = saved.value_or(OtpAppService::SaveResult::failure(u"not created"_s));
}

// Returns the token.
QString TestSandboxTesting::requestOtp(Fixture &f, const QString &msisdn)
{
    QUrlQuery form;
    form.addQueryItem(u"key"_s, m_app.value.app.appKey);
    form.addQueryItem(u"secret"_s, m_app.value.generatedSecret);
    form.addQueryItem(u"msisdn"_s, msisdn);
    const Reply reply = call("POST", f.sandbox.url().resolved(QUrl(u"/v2/otp/request"_s)),
                             form.toString(QUrl::FullyEncoded).toUtf8());
    return reply.body.value(u"token"_s).toString();
}

void TestSandboxTesting::notificationWhileTheWindowIsBehind()
{
    Fixture f;
    f.window->startSandbox();
    createSandboxApp(f);
    SandboxTray *tray = f.window->tray();
    tray->notifier().setAvailable(true); // offscreen has no tray; the decision is what counts
    QSignalSpy ready(&tray->notifier(), &SmsNotifier::notificationReady);

    // The window in front: the inbox is a glance away, no notification.
    QVERIFY(f.window->isActiveWindow());
    QVERIFY(!requestOtp(f).isEmpty());
    QTRY_COMPARE(f.workspace->inbox().count(), 1);
    QCOMPARE(ready.size(), 0);

    QWidget other;
    other.show();
    QApplication::setActiveWindow(&other);
    QTRY_VERIFY(!f.window->isActiveWindow());
    f.window->showPage(MainWindow::Page::Apps);
    QVERIFY(!requestOtp(f, u"0898765432"_s).isEmpty());
    QTRY_COMPARE(ready.size(), 1);
    const auto notification = ready.at(0).at(0).value<SmsNotification>();
    const OtpMessage stored = *f.workspace->inbox().find(notification.messageId);
    QCOMPARE(stored.msisdn, u"+66898765432"_s);
    QCOMPARE(notification.title, u"Shop: sandbox SMS"_s);
    QCOMPARE(notification.text,
             u"Code %1 for 089***5432 (ref %2)"_s.arg(stored.code, stored.refno));

    // Clicking it: the window comes up on the Inbox with that message selected.
    tray->openLastNotification();
    QCOMPARE(f.window->currentPage(), MainWindow::Page::Inbox);
    auto *table = child<QTableView>(f.window->inboxPage(), u"inboxTable"_s);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(InboxModel::MessageIdRole).toLongLong(), notification.messageId);

    // Turned off in the settings: no notification.
    f.settings->setSmsNotifications(false);
    QApplication::setActiveWindow(&other);
    QTRY_VERIFY(!f.window->isActiveWindow());
    QVERIFY(!requestOtp(f).isEmpty());
    QTRY_COMPARE(f.workspace->inbox().count(), 3);
    QCOMPARE(ready.size(), 1);
}

void TestSandboxTesting::trayMenuActions()
{
    Fixture f;
    SandboxTray *tray = f.window->tray();
    QCOMPARE(tray->isAvailable(), QSystemTrayIcon::isSystemTrayAvailable());
    const QList<QAction *> actions = tray->menu()->actions();
    const auto named = [&actions](const QString &text) -> QAction * {
        for (QAction *action : actions) {
            if (action->text() == text)
                return action;
        }
        qWarning("no tray action %s", qPrintable(text));
        return nullptr;
    };
    QVERIFY(named(u"Start sandbox"_s));
    named(u"Start sandbox"_s)->trigger();
    QVERIFY(f.sandbox.isRunning());
    QVERIFY(named(u"Stop sandbox"_s));
    createSandboxApp(f);
    const QString token = requestOtp(f);
    QTRY_COMPARE(f.workspace->inbox().count(), 1);
    QApplication::clipboard()->clear();
    named(u"Copy latest code"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), f.workspace->inbox().findByToken(token)->code);
    named(u"Stop sandbox"_s)->trigger();
    QVERIFY(!f.sandbox.isRunning());
    QVERIFY(named(u"Show OTP Manager"_s));
    QVERIFY(named(u"Quit"_s));
}

void TestSandboxTesting::expireNowFromTheRow()
{
    Fixture f;
    f.window->startSandbox();
    createSandboxApp(f);
    f.window->showPage(MainWindow::Page::Inbox);
    InboxPage *page = f.window->inboxPage();
    auto *expire = child<QPushButton>(page, u"expireNowButton"_s);
    QVERIFY(!expire->isEnabled()); // nothing selected
    QVERIFY(!requestOtp(f).isEmpty());
    QTRY_COMPARE(page->model()->rowCount(), 1);
    auto *table = child<QTableView>(page, u"inboxTable"_s);
    table->selectRow(0);
    QVERIFY(expire->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, u"copyCodeButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             page->model()->index(0, 0).data(InboxModel::CodeRole).toString());
    QTest::mouseClick(expire, Qt::LeftButton);
    QTRY_COMPARE(page->model()->index(0, InboxModel::StateColumn).data().toString(), u"Expired"_s);
    QCOMPARE(f.workspace->inbox().list().first().state, OtpMessage::State::Expired);
    QVERIFY(!expire->isEnabled()); // no longer pending
    QVERIFY(table->selectionModel()->isRowSelected(0));
}

void TestSandboxTesting::clockAdvanceShowsInTheStatusBar()
{
    Fixture f;
    f.window->showPage(MainWindow::Page::Inbox);
    InboxPage *page = f.window->inboxPage();
    auto *clock = child<QAbstractButton>(page, u"advanceClockButton"_s);
    auto *note = child<QLabel>(f.window->statusBar(), u"sandboxModeStatus"_s);
    QVERIFY(!clock->isEnabled()); // the sandbox is stopped
    QVERIFY(note->isHidden());
    f.window->startSandbox();
    QVERIFY(clock->isEnabled());
    createSandboxApp(f);
    QVERIFY(!requestOtp(f).isEmpty());
    QTRY_COMPARE(page->model()->rowCount(), 1);

    const QList<QAction *> menu = page->rowActions()->clockMenu()->actions();
    menu.at(1)->trigger(); // by 5 minutes
    QCOMPARE(f.sandbox.clockOffsetSeconds(), 300);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Sandbox clock +5 min"_s);
    menu.at(0)->trigger(); // by 1 minute: past the 5-minute expiry
    QCOMPARE(note->text(), u"Sandbox clock +6 min"_s);
    QTRY_COMPARE(page->model()->index(0, InboxModel::StateColumn).data().toString(), u"Expired"_s);
    menu.last()->trigger(); // reset to real time
    QCOMPARE(f.sandbox.clockOffsetSeconds(), 0);
    QVERIFY(note->isHidden());
}

void TestSandboxTesting::faultsSetThroughTheApiAreFollowed()
{
    Fixture f;
    f.window->startSandbox();
    createSandboxApp(f);
    f.window->showPage(MainWindow::Page::Inbox);
    InboxPage *page = f.window->inboxPage();
    auto *note = child<QLabel>(f.window->statusBar(), u"sandboxModeStatus"_s);
    const QUrl faults = f.sandbox.url().resolved(QUrl(u"/sandbox/v1/faults"_s));
    const Reply put
        = call("PUT", faults, R"({"latencyMs":100,"fail":"ERROR_INSUFFICIENT_CREDIT","next":2})");
    QCOMPARE(put.status, 200);
    auto *action = child<QComboBox>(page, u"faultAction"_s);
    QTRY_COMPARE(action->currentData().value<SandboxFaults::Action>(),
                 SandboxFaults::Action::Error);
    QCOMPARE(child<QComboBox>(page, u"faultError"_s)->currentData().toInt(),
             ErrorCatalog::byName(u"ERROR_INSUFFICIENT_CREDIT"_s)->row);
    QCOMPARE(child<QComboBox>(page, u"faultScope"_s)->currentData().value<SandboxFaults::Scope>(),
             SandboxFaults::Scope::NextRequests);
    QCOMPARE(child<QSpinBox>(page, u"faultCount"_s)->value(), 2);
    QCOMPARE(child<QSpinBox>(page, u"faultLatency"_s)->value(), 100);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(u"Fault injection on: latency 100 ms, error "_s),
             qPrintable(note->text()));
    // Following did not write the faults back (the count would restart).
    QCOMPARE(f.sandbox.faults().count, 2);

    // The injected answer says it was injected; the SMS API's own answers never do.
    QUrlQuery form;
    form.addQueryItem(u"key"_s, m_app.value.app.appKey);
    form.addQueryItem(u"secret"_s, m_app.value.generatedSecret);
    form.addQueryItem(u"msisdn"_s, u"0812345678"_s);
    const QUrl request = f.sandbox.url().resolved(QUrl(u"/v2/otp/request"_s));
    const Reply injected = call("POST", request, form.toString(QUrl::FullyEncoded).toUtf8());
    QCOMPARE(injected.status, 423);
    QCOMPARE(injected.faultHeader, "injected"_ba);

    QCOMPARE(call("DELETE", faults).status, 200);
    QTRY_COMPARE(action->currentData().value<SandboxFaults::Action>(), SandboxFaults::Action::None);
    QTRY_VERIFY(note->isHidden());
    const Reply normal = call("POST", request, form.toString(QUrl::FullyEncoded).toUtf8());
    QCOMPARE(normal.status, 200);
    QVERIFY(normal.faultHeader.isEmpty());
}

void TestSandboxTesting::deletedThroughTheApiLeaveTheInbox()
{
    Fixture f;
    // A message stored before: the sandbox's ids start after it, so the two agree.
    OtpMessage old;
    old.appName = u"Old"_s;
    old.msisdn = u"+66811111111"_s;
    old.token = u"old"_s;
    old.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    old.expiresAt = old.createdAt;
    QCOMPARE(f.workspace->inbox().append(old).value, 1);
    f.window->startSandbox();
    createSandboxApp(f);
    f.window->showPage(MainWindow::Page::Inbox);
    InboxModel *model = f.window->inboxPage()->model();
    QVERIFY(!requestOtp(f, u"0812345678"_s).isEmpty());
    QVERIFY(!requestOtp(f, u"0898765432"_s).isEmpty());
    QVERIFY(!requestOtp(f, u"0812345678"_s).isEmpty());
    QTRY_COMPARE(model->rowCount(), 4);

    // messages/{id} of the API is the inbox row of that id.
    const qint64 newest = model->index(0, 0).data(InboxModel::MessageIdRole).toLongLong();
    QCOMPARE(newest, 4);
    const Reply one
        = call("GET", f.sandbox.url().resolved(QUrl(u"/sandbox/v1/messages/%1"_s.arg(newest))));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.body.value(u"code"_s).toString(),
             model->index(0, 0).data(InboxModel::CodeRole).toString());

    auto *table = child<QTableView>(f.window->inboxPage(), u"inboxTable"_s);
    table->selectRow(1); // the 0898765432 message: stays, and stays selected
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const Reply deleted = call(
        "DELETE", f.sandbox.url().resolved(QUrl(u"/sandbox/v1/messages?msisdn=0812345678"_s)));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.body.value(u"deleted"_s).toInt(), 2);
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model->index(0, InboxModel::PhoneColumn).data().toString(), u"0898765432"_s);
    QVERIFY(table->selectionModel()->isRowSelected(0));
    QCOMPARE(f.workspace->inbox().count(), 2);
    // A new window reads the table: the deleted ones are gone from it too.
    f.openWindow();
    QCOMPARE(f.window->inboxPage()->model()->rowCount(), 2);
}

void TestSandboxTesting::allowOtherMachinesRequiresTheToken()
{
    Fixture f;
    f.window->startSandbox();
    const QString path = u"/sandbox/v1/info"_s;
    QCOMPARE(call("GET", f.sandbox.url().resolved(QUrl(path))).status, 200); // open on loopback
    f.window->showPage(MainWindow::Page::Settings);
    QWidget *settings
        = f.window->findChild<QWidget *>(u"sandboxAllowRemoteCheck"_s)->parentWidget();
    auto *allow = child<QCheckBox>(settings, u"sandboxAllowRemoteCheck"_s);
    auto *token = child<QLineEdit>(settings, u"sandboxApiToken"_s);
    QVERIFY(!allow->isChecked()); // off by default
    QVERIFY(token->isHidden());
    allow->click();
    QVERIFY(f.settings->sandboxAllowsRemote());
    QVERIFY(f.sandbox.isRunning());
    QCOMPARE(f.sandbox.url().host(), u"0.0.0.0"_s);
    QVERIFY(!token->isHidden());
    const QString first = token->text();
    QCOMPARE(first.size(), 32);
    QUrl url = f.sandbox.url().resolved(QUrl(path));
    url.setHost(u"127.0.0.1"_s);
    QCOMPARE(call("GET", url).status, 401);
    QCOMPARE(call("GET", url, {}, first).status, 200);
    QTest::mouseClick(child<QPushButton>(settings, u"copyApiTokenButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), first);

    QTest::mouseClick(child<QPushButton>(settings, u"regenerateApiTokenButton"_s), Qt::LeftButton);
    QVERIFY(token->text() != first);
    url = f.sandbox.url().resolved(QUrl(path));
    url.setHost(u"127.0.0.1"_s);
    QCOMPARE(call("GET", url, {}, first).status, 401);
    QCOMPARE(call("GET", url, {}, token->text()).status, 200);

    allow->click(); // back to this computer only: open again
    QCOMPARE(f.sandbox.url().host(), u"127.0.0.1"_s);
    QCOMPARE(call("GET", f.sandbox.url().resolved(QUrl(path))).status, 200);
}

QTEST_MAIN(TestSandboxTesting)
#include "tst_sandboxtesting.moc"

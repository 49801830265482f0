#include "../services/FakeWebhook.h"
#include "MainWindowFixture.h"
#include "SandboxWebhooks.h"
#include "services/WebhookNotifier.h"
#include "widgets/WebhookSettingsBox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStatusBar>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Key = u"1234567890123456"_s;
const QString Secret = u"0123456789abcdef0123456789abcdef"_s;

SandboxApp shopApp()
{
    SandboxApp app;
    app.config.id = QUuid::createUuid();
    app.config.name = u"Shop"_s;
    app.config.contactEmail = u"qa@example.com"_s;
    app.config.contactName = u"QA"_s;
    app.config.digits = 6;
    app.config.messageTemplate = u"{app} code: {otp} (ref {ref})"_s;
    app.config.expiryMinutes = 5;
    app.config.environment = Environment::Sandbox;
    app.config.appKey = Key;
    app.secret = Secret;
    return app;
}

} // namespace

// The Settings page's webhook URLs, as a user adds and removes them, and what the running
// sandbox does with them: posts each SMS there, live, and notes a delivery given up in the
// status bar.
class TestWebhookSettings : public QObject
{
    Q_OBJECT

private slots:
    void addUrlAndTheRunningSandboxPostsToIt();
    void invalidUrlIsExplainedAndNotSaved_data();
    void invalidUrlIsExplainedAndNotSaved();
    void removedUrlGetsNothingMore();
    void failureIsNotedInTheStatusBar();

private:
    // Starts the window's sandbox with the Shop app and requests one OTP from it.
    static void requestOtp(Fixture &f);
    static void addUrl(Fixture &f, const QString &url);
};

void TestWebhookSettings::requestOtp(Fixture &f)
{
    if (!f.sandbox.isRunning()) {
        f.window->startSandbox();
        QVERIFY(f.sandbox.isRunning());
        f.sandbox.setApps({shopApp()});
    }
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(f.sandbox.url().resolved(QUrl(u"/v2/otp/request"_s)));
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    QUrlQuery form;
    form.addQueryItem(u"key"_s, Key);
    form.addQueryItem(u"secret"_s, Secret);
    form.addQueryItem(u"msisdn"_s, u"0812345678"_s);
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestWebhookSettings::addUrl(Fixture &f, const QString &url)
{
    f.window->showPage(MainWindow::Page::Settings);
    auto *edit = GuiTest::child<QLineEdit>(f.window.get(), u"webhookUrlEdit"_s);
    edit->clear();
    QTest::keyClicks(edit, url);
    QTest::mouseClick(GuiTest::child<QPushButton>(f.window.get(), u"webhookAddButton"_s),
                      Qt::LeftButton);
}

void TestWebhookSettings::addUrlAndTheRunningSandboxPostsToIt()
{
    Fixture f;
    FakeWebhook hook;
    requestOtp(f); // running before the URL exists: the setting applies live
    QTest::qWait(100);
    QCOMPARE(hook.received().size(), 0);

    addUrl(f, hook.url().toString());
    auto *list = GuiTest::child<QListWidget>(f.window.get(), u"webhookList"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), hook.url().toString());
    QVERIFY(GuiTest::child<QLineEdit>(f.window.get(), u"webhookUrlEdit"_s)->text().isEmpty());
    QVERIFY(GuiTest::child<QLabel>(f.window.get(), u"webhookProblem"_s)->isHidden());
    QCOMPARE(f.settings->sandboxWebhooks(), QStringList{hook.url().toString()});

    requestOtp(f);
    QTRY_COMPARE(hook.received().size(), 1);
    const FakeWebhook::Received &post = hook.received().first();
    QCOMPARE(FakeWebhook::header(post.head, "X-Otp-Sandbox-Event"), "sms");
    const QJsonObject message = QJsonDocument::fromJson(post.body).object();
    QCOMPARE(message.value(u"msisdn"_s).toString(), u"+66812345678"_s);
    QCOMPARE(message.value(u"code"_s).toString(), f.sandbox.latestMessage()->code);

    // The same URL twice is refused; the list survives a new window (stored).
    addUrl(f, hook.url().toString());
    QCOMPARE(list->count(), 1);
    QVERIFY(!GuiTest::child<QLabel>(f.window.get(), u"webhookProblem"_s)->isHidden());
    f.openWindow();
    f.window->showPage(MainWindow::Page::Settings);
    QCOMPARE(GuiTest::child<QListWidget>(f.window.get(), u"webhookList"_s)->count(), 1);
}

void TestWebhookSettings::invalidUrlIsExplainedAndNotSaved_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("ftp") << u"ftp://127.0.0.1/hook"_s;
    QTest::newRow("no scheme") << u"127.0.0.1:9000/hook"_s;
    QTest::newRow("no host") << u"http://"_s;
}

void TestWebhookSettings::invalidUrlIsExplainedAndNotSaved()
{
    QFETCH(QString, url);
    Fixture f;
    addUrl(f, url);
    auto *problem = GuiTest::child<QLabel>(f.window.get(), u"webhookProblem"_s);
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(u"http:// or https://"_s), qPrintable(problem->text()));
    QCOMPARE(GuiTest::child<QListWidget>(f.window.get(), u"webhookList"_s)->count(), 0);
    QVERIFY(f.settings->sandboxWebhooks().isEmpty());
    // Typing again clears the message.
    QTest::keyClick(GuiTest::child<QLineEdit>(f.window.get(), u"webhookUrlEdit"_s), Qt::Key_X);
    QVERIFY(problem->isHidden());
}

void TestWebhookSettings::removedUrlGetsNothingMore()
{
    Fixture f;
    FakeWebhook hook;
    addUrl(f, hook.url().toString());
    requestOtp(f);
    QTRY_COMPARE(hook.received().size(), 1);

    auto *list = GuiTest::child<QListWidget>(f.window.get(), u"webhookList"_s);
    list->setCurrentRow(0);
    QTest::mouseClick(GuiTest::child<QPushButton>(f.window.get(), u"webhookRemoveButton"_s),
                      Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(f.settings->sandboxWebhooks().isEmpty());
    requestOtp(f);
    QTest::qWait(300);
    QCOMPARE(hook.received().size(), 1);
}

void TestWebhookSettings::failureIsNotedInTheStatusBar()
{
    Fixture f;
    FakeWebhook hook(500);
    auto *webhooks = f.window->findChild<SandboxWebhooks *>();
    QVERIFY(webhooks);
    WebhookNotifier::Policy policy;
    policy.maxAttempts = 2;
    policy.firstRetryDelayMs = 50;
    webhooks->notifier().setPolicy(policy);
    addUrl(f, hook.url().toString());
    requestOtp(f);
    QTRY_VERIFY(!f.window->statusBar()->currentMessage().isEmpty());
    const QString note = f.window->statusBar()->currentMessage();
    QVERIFY2(note.startsWith(u"Webhook "_s + hook.url().toString() + u" failed for message "_s),
             qPrintable(note));
    QVERIFY(note.contains(u"HTTP 500"_s));
    QCOMPARE(hook.received().size(), 2);
}

QTEST_MAIN(TestWebhookSettings)
#include "tst_webhooksettings.moc"

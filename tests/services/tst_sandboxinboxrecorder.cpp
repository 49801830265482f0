#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "services/OtpAppService.h"
#include "services/SandboxAppSync.h"
#include "services/SandboxInboxRecorder.h"
#include "services/Workspace.h"
#include "storage/InboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// The GUI's wiring of the sandbox: the local store's sandbox apps are served with their
// keychain secrets, and every SMS (and its later state) lands in the inbox table.
class TestSandboxInboxRecorder : public QObject
{
    Q_OBJECT

private slots:
    void storeAppsAreServedAndSmsPersisted();
    void droppedMessageIsStoredAsEvictedNotBurned();

private:
    QJsonObject post(const QUrl &url, const QUrlQuery &form, int *status);
    QNetworkAccessManager m_network;
};

QJsonObject TestSandboxInboxRecorder::post(const QUrl &url, const QUrlQuery &form, int *status)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    std::unique_ptr<QNetworkReply> reply(
        m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TestSandboxInboxRecorder::storeAppsAreServedAndSmsPersisted()
{
    QTemporaryDir dir;
    Workspace::Opening opened = Workspace::open(dir.path(), true);
    QVERIFY(opened.workspace);
    MemorySecretStore secrets;
    OtpAppService apps(opened.workspace->apps(), &secrets);
    SandboxServer server;
    SandboxAppSync sync(apps, server);
    SandboxInboxRecorder recorder(server, opened.workspace->inbox());
    SandboxServerOptions options;
    options.port = 0;
    QVERIFY(server.start(options).ok());

    // A new sandbox app is served as soon as it is saved.
    QSignalSpy synced(&sync, &SandboxAppSync::synced);
    OtpAppDraft draft = OtpAppDraft::forNewApp(Language::English);
    draft.name = u"Shop"_s;
    draft.contactEmail = u"qa@example.com"_s;
    draft.contactName = u"QA"_s;
    draft.digits = 8;
    std::optional<OtpAppService::SaveResult> saved;
    apps.create(draft, {}).then(this, [&saved](const OtpAppService::SaveResult &r) { saved = r; });
    QTRY_VERIFY(saved && saved->ok());
    QTRY_VERIFY(!synced.isEmpty()
                && synced.last().first().value<QList<OtpAppConfig>>().size() == 1);
    QTRY_COMPARE(server.apps().size(), 1);

    QSignalSpy recorded(&recorder, &SandboxInboxRecorder::recorded);
    const QUrl base = server.url();
    QUrlQuery request;
    request.addQueryItem(u"key"_s, saved->value.app.appKey);
    request.addQueryItem(u"secret"_s, saved->value.generatedSecret);
    request.addQueryItem(u"msisdn"_s, u"0812345678"_s);
    int status = 0;
    const QJsonObject answer = post(base.resolved(QUrl(u"/v2/otp/request"_s)), request, &status);
    QCOMPARE(status, 200);
    QTRY_COMPARE(recorded.size(), 1);

    const QList<OtpMessage> inbox = opened.workspace->inbox().list();
    QCOMPARE(inbox.size(), 1);
    const OtpMessage &message = inbox.first();
    // The signal carries the message as stored: a live list needs no read of the table.
    QCOMPARE(recorded.first().first().value<OtpMessage>(), message);
    QCOMPARE(message.appId, saved->value.app.id);
    QCOMPARE(message.token, answer.value(u"token"_s).toString());
    QCOMPARE(message.code.size(), 8);
    QVERIFY(message.text.contains(message.code));
    QCOMPARE(message.state, OtpMessage::State::Pending);

    QUrlQuery verify;
    verify.addQueryItem(u"key"_s, saved->value.app.appKey);
    verify.addQueryItem(u"secret"_s, saved->value.generatedSecret);
    verify.addQueryItem(u"token"_s, message.token);
    verify.addQueryItem(u"pin"_s, message.code);
    post(base.resolved(QUrl(u"/v2/otp/verify"_s)), verify, &status);
    QCOMPARE(status, 200);
    QTRY_COMPARE(opened.workspace->inbox().list().first().state, OtpMessage::State::Verified);

    // Deleting the app stops serving it.
    apps.remove(saved->value.app.id);
    QTRY_COMPARE(server.apps().size(), 0);
}

void TestSandboxInboxRecorder::droppedMessageIsStoredAsEvictedNotBurned()
{
    // A token the sandbox drops to stay under its cap saw no wrong PIN: the inbox must not
    // say it was burned.
    QTemporaryDir dir;
    Workspace::Opening opened = Workspace::open(dir.path(), true);
    QVERIFY(opened.workspace);
    SandboxServer server;
    SandboxInboxRecorder recorder(server, opened.workspace->inbox());
    SandboxApp app;
    app.config.id = QUuid::createUuid();
    app.config.name = u"Shop"_s;
    app.config.digits = 6;
    app.config.messageTemplate = u"{app} code: {otp} (ref {ref})"_s;
    app.config.expiryMinutes = 5;
    app.config.environment = Environment::Sandbox;
    app.config.appKey = u"sandbox-key"_s;
    app.secret = u"sandbox-secret"_s;
    server.setApps({app});
    SandboxServerOptions options;
    options.port = 0;
    options.maxPendingTokens = 1;
    QVERIFY(server.start(options).ok());

    QSignalSpy recorded(&recorder, &SandboxInboxRecorder::recorded);
    QSignalSpy stateRecorded(&recorder, &SandboxInboxRecorder::stateRecorded);
    QUrlQuery request;
    request.addQueryItem(u"key"_s, app.config.appKey);
    request.addQueryItem(u"secret"_s, app.secret);
    request.addQueryItem(u"msisdn"_s, u"0812345678"_s);
    for (int i = 0; i < 2; ++i) {
        int status = 0;
        post(server.url().resolved(QUrl(u"/v2/otp/request"_s)), request, &status);
        QCOMPARE(status, 200);
    }
    QTRY_COMPARE(recorded.size(), 2);
    QTRY_COMPARE(stateRecorded.size(), 1);

    const qint64 first = recorded.first().first().value<OtpMessage>().id;
    QCOMPARE(stateRecorded.first().first().toLongLong(), first);
    QCOMPARE(stateRecorded.first().at(1).value<OtpMessage::State>(), OtpMessage::State::Evicted);
    QCOMPARE(opened.workspace->inbox().find(first)->state, OtpMessage::State::Evicted);
    QCOMPARE(opened.workspace->inbox().find(recorded.last().first().value<OtpMessage>().id)->state,
             OtpMessage::State::Pending);
}

QTEST_GUILESS_MAIN(TestSandboxInboxRecorder)
#include "tst_sandboxinboxrecorder.moc"

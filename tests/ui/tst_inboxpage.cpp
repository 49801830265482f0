#include "GuiTestHelpers.h"
#include "MainWindowFixture.h"
#include "api/ErrorCatalog.h"
#include "models/InboxModel.h"
#include "pages/InboxPage.h"
#include "storage/InboxRepository.h"

#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using GuiTest::answerNextMessageBox;
using GuiTest::child;

class TestInboxPage : public QObject
{
    Q_OBJECT

private slots:
    void smsArrivesLiveAndFollowsItsState();
    void everyStoredStateHasItsName();
    void faultInjectionFromThePage();
    void startStopFromThePage();
    void builtAfterTheSandboxStarted();
    void headersHaveRoomInThai();

private:
    struct Reply {
        int status = 0;
        QJsonObject body;
    };
    Reply post(const QUrl &url, std::initializer_list<std::pair<QString, QString>> fields);
    OtpAppService::SaveResult createSandboxApp(Fixture &f);
    QNetworkAccessManager m_network;
};

TestInboxPage::Reply TestInboxPage::post(const QUrl &url,
                                         std::initializer_list<std::pair<QString, QString>> fields)
{
    QUrlQuery form;
    for (const auto &[name, value] : fields)
        form.addQueryItem(name, value);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    std::unique_ptr<QNetworkReply> reply(
        m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

OtpAppService::SaveResult TestInboxPage::createSandboxApp(Fixture &f)
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
    return saved.value_or(OtpAppService::SaveResult::failure(u"not created"_s));
}

void TestInboxPage::smsArrivesLiveAndFollowsItsState()
{
    Fixture f;
    f.window->startSandbox();
    QVERIFY(f.sandbox.isRunning());
    const OtpAppService::SaveResult app = createSandboxApp(f);
    QVERIFY(app.ok());
    f.window->showPage(MainWindow::Page::Inbox);
    InboxPage *page = f.window->inboxPage();
    InboxModel *model = page->model();
    QCOMPARE(model->rowCount(), 0);
    // Live means in place: one inserted row per SMS, one changed row per state, no reset.
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    const QUrl base = f.sandbox.url();
    const Reply requested = post(base.resolved(QUrl(u"/v2/otp/request"_s)),
                                 {{u"key"_s, app.value.app.appKey},
                                  {u"secret"_s, app.value.generatedSecret},
                                  {u"msisdn"_s, u"0812345678"_s}});
    QCOMPARE(requested.status, 200);
    QTRY_COMPARE(model->rowCount(), 1);
    const QModelIndex row = model->index(0, 0);
    const QString code = row.data(InboxModel::CodeRole).toString();
    QCOMPARE(code.size(), 6);
    QCOMPARE(model->index(0, InboxModel::PhoneColumn).data().toString(), u"0812345678"_s);
    QCOMPARE(model->index(0, InboxModel::RefColumn).data().toString(),
             requested.body.value(u"refno"_s).toString());
    QCOMPARE(model->index(0, InboxModel::StateColumn).data().toString(), u"Pending"_s);
    QVERIFY(model->index(0, InboxModel::ExpiresColumn).data().toString().contains(u"left"_s));

    // The countdown reaches zero: the message shows as expired even before the server says so.
    model->setNow(QDateTime::currentDateTimeUtc().addSecs(6 * 60));
    QCOMPARE(model->index(0, InboxModel::StateColumn).data().toString(), u"Expired"_s);
    model->setNow({});

    auto *table = child<QTableView>(page, u"inboxTable"_s);
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, u"copyCodeButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), code);

    const Reply verified = post(base.resolved(QUrl(u"/v2/otp/verify"_s)),
                                {{u"key"_s, app.value.app.appKey},
                                 {u"secret"_s, app.value.generatedSecret},
                                 {u"token"_s, requested.body.value(u"token"_s).toString()},
                                 {u"pin"_s, code}});
    QCOMPARE(verified.status, 200);
    QTRY_COMPARE(model->index(0, InboxModel::StateColumn).data().toString(), u"Verified"_s);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QVERIFY(table->selectionModel()->isRowSelected(0)); // the state change kept the selection

    // Persisted: a new window shows it again.
    f.openWindow();
    QCOMPARE(f.window->inboxPage()->model()->rowCount(), 1);

    bool asked = false;
    answerNextMessageBox(u"acceptButton"_s, &asked);
    QTest::mouseClick(child<QPushButton>(f.window->inboxPage(), u"clearInboxButton"_s),
                      Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(f.window->inboxPage()->model()->rowCount(), 0);
    QVERIFY(f.workspace->inbox().list().isEmpty());
}

void TestInboxPage::everyStoredStateHasItsName()
{
    Fixture f;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OtpMessage::State state : enumValues<OtpMessage::State>()) {
        OtpMessage sms;
        sms.appId = QUuid::createUuid();
        sms.appName = u"Shop"_s;
        sms.msisdn = u"+66812345678"_s;
        sms.token = enumId(state);
        sms.createdAt = now.addSecs(int(state));
        sms.expiresAt = now.addSecs(600);
        sms.state = state;
        QVERIFY(f.workspace->inbox().append(sms).ok());
    }
    f.window->showPage(MainWindow::Page::Inbox);
    InboxModel *model = f.window->inboxPage()->model();
    QTRY_COMPARE(model->rowCount(), 6);
    QHash<QString, QString> names; // token (the state's id) -> the State column
    for (int row = 0; row < model->rowCount(); ++row) {
        names.insert(model->index(row, 0).data(InboxModel::TokenRole).toString(),
                     model->index(row, InboxModel::StateColumn).data().toString());
    }
    QCOMPARE(names.value(u"pending"_s), u"Pending"_s);
    QCOMPARE(names.value(u"verified"_s), u"Verified"_s);
    QCOMPARE(names.value(u"expired"_s), u"Expired"_s);
    QCOMPARE(names.value(u"burned"_s), u"Burned"_s);
    QCOMPARE(names.value(u"evicted"_s), u"Dropped (token limit)"_s);
    QCOMPARE(names.value(u"lost"_s), u"Lost"_s);

    // The search field finds a state as the table names it.
    auto *search = child<QLineEdit>(f.window->inboxPage(), u"inboxFilter"_s);
    search->setFocus();
    QTest::keyClicks(search, u"dropped"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(InboxModel::TokenRole).toString(), u"evicted"_s);
}

void TestInboxPage::faultInjectionFromThePage()
{
    Fixture f;
    f.window->startSandbox();
    const OtpAppService::SaveResult app = createSandboxApp(f);
    QVERIFY(app.ok());
    InboxPage *page = f.window->inboxPage();
    auto *action = child<QComboBox>(page, u"faultAction"_s);
    auto *error = child<QComboBox>(page, u"faultError"_s);
    action->setCurrentIndex(1); // with an error
    error->setCurrentIndex(
        error->findData(ErrorCatalog::byName(u"ERROR_INSUFFICIENT_CREDIT"_s)->row));
    const QUrl url = f.sandbox.url().resolved(QUrl(u"/v2/otp/request"_s));
    const auto fields = {std::pair{u"key"_s, app.value.app.appKey},
                         std::pair{u"secret"_s, app.value.generatedSecret},
                         std::pair{u"msisdn"_s, u"0812345678"_s}};
    Reply reply = post(url, fields);
    QCOMPARE(reply.status, 423);
    QCOMPARE(reply.body.value(u"error"_s).toObject().value(u"name"_s).toString(),
             u"ERROR_INSUFFICIENT_CREDIT"_s);

    // Only the next request: one error, then normal answers again.
    child<QComboBox>(page, u"faultScope"_s)->setCurrentIndex(1);
    child<QSpinBox>(page, u"faultCount"_s)->setValue(1);
    QCOMPARE(post(url, fields).status, 423);
    QCOMPARE(post(url, fields).status, 200);

    action->setCurrentIndex(0);
    child<QSpinBox>(page, u"faultLatency"_s)->setValue(300);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(post(url, fields).status, 200);
    QVERIFY(timer.elapsed() >= 300);
}

void TestInboxPage::startStopFromThePage()
{
    Fixture f;
    InboxPage *page = f.window->inboxPage();
    auto *button = child<QPushButton>(page, u"sandboxStartStop"_s);
    auto *status = child<QLabel>(page, u"inboxSandboxStatus"_s);
    QCOMPARE(status->text(), u"Sandbox stopped"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(f.sandbox.isRunning());
    QVERIFY(status->text().contains(f.sandbox.url().toString()));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!f.sandbox.isRunning());
    QCOMPARE(status->text(), u"Sandbox stopped"_s);
}

// The page is built the first time it is shown: it must still say how the sandbox is doing.
void TestInboxPage::builtAfterTheSandboxStarted()
{
    Fixture f;
    f.window->startSandbox();
    QVERIFY(f.sandbox.isRunning());
    f.window->showPage(MainWindow::Page::Inbox);
    auto *status = child<QLabel>(f.window->inboxPage(), u"inboxSandboxStatus"_s);
    QVERIFY(status->text().contains(f.sandbox.url().toString()));
    QCOMPARE(child<QPushButton>(f.window->inboxPage(), u"sandboxStartStop"_s)->text(),
             u"Stop sandbox"_s);
}

// Issue 16: the Thai "expires in" header sat edge to edge in its column (the countdown of
// expired codes is empty, so the header alone sets the width). Every header keeps room around
// its bold text, in Thai too.
void TestInboxPage::headersHaveRoomInThai()
{
    Fixture f;
    f.translations.install(Language::Thai);
    OtpMessage sms;
    sms.appId = QUuid::createUuid();
    sms.appName = u"Shop"_s;
    sms.msisdn = u"+66812345678"_s;
    sms.token = u"t"_s;
    sms.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    sms.expiresAt = sms.createdAt.addSecs(300);
    sms.state = OtpMessage::State::Expired;
    QVERIFY(f.workspace->inbox().append(sms).ok());
    f.window->showPage(MainWindow::Page::Inbox);
    InboxModel *model = f.window->inboxPage()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    auto *table = child<QTableView>(f.window->inboxPage(), u"inboxTable"_s);
    QHeaderView *header = table->horizontalHeader();
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            continue; // the SMS text takes what the window leaves
        const QString text = model->headerData(column, Qt::Horizontal).toString();
        const int room = header->sectionSize(column) - metrics.horizontalAdvance(text);
        QVERIFY2(room >= 12, qPrintable(u"%1: %2 px"_s.arg(text).arg(room)));
    }
}

QTEST_MAIN(TestInboxPage)
#include "tst_inboxpage.moc"

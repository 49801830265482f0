#include "models/InboxModel.h"
#include "storage/Database.h"
#include "storage/InboxRepository.h"
#include "widgets/ScrollAnchor.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

class TestInboxModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newSmsIsOneInsertNotAReset();
    void stateChangeIsOneRowsDataChanged();
    void tickChangesTheCountdownColumnOnly();
    void selectionAndScrollSurviveANewSms();
    void fetchMoreReachesEveryMessage();
    void searchFindsAMessageNeverLoaded();
    void lostHasNoCountdownAndSaysWhy();
    void lostIsNamedInTheUsersLanguage();

private:
    // count messages, one a second from T0 on, the oldest from "Oldest Bakery"; each expires
    // five minutes after it was sent.
    void store(int count);
    OtpMessage storeNewSms(const QString &appName = u"Shop"_s);
    OtpMessage sms(const QString &appName, int second) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InboxRepository> m_inbox;
    QDateTime m_t0;
    int m_seconds = 0;
};

void TestInboxModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open().isUsable());
    m_inbox = std::make_unique<InboxRepository>(*m_db);
    m_t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    m_seconds = 0;
}

void TestInboxModel::cleanup()
{
    m_inbox.reset();
    m_db.reset();
    m_dir.reset();
}

OtpMessage TestInboxModel::sms(const QString &appName, int second) const
{
    OtpMessage message;
    message.appId = QUuid::createUuid();
    message.appName = appName;
    message.msisdn = u"+66812345678"_s;
    message.code = u"%1"_s.arg(100000 + second);
    message.text = u"Your code is %1"_s.arg(message.code);
    message.refno = u"REF%1"_s.arg(second);
    message.token = u"token-%1"_s.arg(second);
    message.createdAt = m_t0.addSecs(second);
    message.expiresAt = message.createdAt.addSecs(300);
    return message;
}

void TestInboxModel::store(int count)
{
    QSqlDatabase connection = m_db->connection();
    QVERIFY(connection.transaction()); // one commit, not one per message
    for (int i = 0; i < count; ++i) {
        QVERIFY(m_inbox->append(sms(i == 0 ? u"Oldest Bakery"_s : u"Shop"_s, m_seconds)).ok());
        ++m_seconds;
    }
    QVERIFY(connection.commit());
}

OtpMessage TestInboxModel::storeNewSms(const QString &appName)
{
    OtpMessage message = sms(appName, m_seconds++);
    message.id = m_inbox->append(message).value;
    return message; // as SandboxInboxRecorder::recorded carries it
}

void TestInboxModel::newSmsIsOneInsertNotAReset()
{
    store(10);
    InboxModel model(*m_inbox);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const OtpMessage added = storeNewSms(u"New Shop"_s);
    model.addMessage(added);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(0, InboxModel::AppColumn).data().toString(), u"New Shop"_s);
    QCOMPARE(model.index(0, 0).data(InboxModel::MessageIdRole).toLongLong(), added.id);
}

void TestInboxModel::stateChangeIsOneRowsDataChanged()
{
    store(300);
    InboxModel model(*m_inbox);
    model.setNow(m_t0); // nothing has lapsed yet
    for (int i = 0; i < 3; ++i)
        model.addMessage(storeNewSms());
    const qint64 id = model.index(7, 0).data(InboxModel::MessageIdRole).toLongLong();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setState(id, OtpMessage::State::Verified);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 7);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 7);
    QCOMPARE(model.index(7, 0).data(InboxModel::StateRole).value<OtpMessage::State>(),
             OtpMessage::State::Verified);
    QCOMPARE(model.index(7, InboxModel::StateColumn).data().toString(), u"Verified"_s);
    model.setState(id + 100000, OtpMessage::State::Burned); // not listed: nothing
    model.setState(id, OtpMessage::State::Verified); // no change: nothing
    QCOMPARE(changed.size(), 1);
}

void TestInboxModel::tickChangesTheCountdownColumnOnly()
{
    store(3);
    InboxModel model(*m_inbox);
    model.setNow(m_t0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(m_t0.addSecs(10));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(InboxModel::ExpiresColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(InboxModel::ExpiresColumn));
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);

    // The oldest message (the last row) lapses: its state cell changes too, once.
    changed.clear();
    model.setNow(m_t0.addSecs(300));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(2, InboxModel::StateColumn));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), model.index(2, InboxModel::StateColumn));
    QCOMPARE(model.index(2, 0).data(InboxModel::StateRole).value<OtpMessage::State>(),
             OtpMessage::State::Expired);
    changed.clear();
    model.tick();
    QCOMPARE(changed.size(), 1);
}

void TestInboxModel::selectionAndScrollSurviveANewSms()
{
    store(600);
    InboxModel model(*m_inbox);
    QTableView view;
    view.setModel(&model);
    new ScrollAnchor(&view);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.fetchMore({});
    view.selectRow(120);
    const QVariant selected = model.index(120, 0).data(InboxModel::MessageIdRole);
    view.scrollTo(model.index(100, 0), QAbstractItemView::PositionAtTop);
    const QVariant top = model.index(view.rowAt(0), 0).data(InboxModel::MessageIdRole);
    QVERIFY(view.verticalScrollBar()->value() > 0);

    model.addMessage(storeNewSms());
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view.selectionModel()->selectedRows().first().data(InboxModel::MessageIdRole),
             selected);
    QCOMPARE(model.index(view.rowAt(0), 0).data(InboxModel::MessageIdRole), top);
}

void TestInboxModel::fetchMoreReachesEveryMessage()
{
    store(500);
    InboxModel model(*m_inbox);
    QCOMPARE(model.rowCount(), InboxModel::PageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.index(499, InboxModel::AppColumn).data().toString(), u"Oldest Bakery"_s);
}

void TestInboxModel::searchFindsAMessageNeverLoaded()
{
    store(1000);
    InboxModel model(*m_inbox);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setQuery(u"bakery"_s);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, InboxModel::AppColumn).data().toString(), u"Oldest Bakery"_s);
    model.setQuery(u"100999"_s); // a code
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(InboxModel::CodeRole).toString(), u"100999"_s);
    // A new SMS outside the search is not listed; one inside is.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setQuery(u"cafe"_s);
    model.addMessage(storeNewSms(u"Shop"_s));
    model.addMessage(storeNewSms(u"Cafe"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 1);
}

// A message no sandbox holds (restarted or stopped without keeping its token) reads Lost, not
// Pending: no countdown, however much time is left, and a tooltip that says why.
void TestInboxModel::lostHasNoCountdownAndSaysWhy()
{
    const OtpMessage pending = storeNewSms();
    const OtpMessage lost = storeNewSms();
    QVERIFY(m_inbox->updateState(lost.id, OtpMessage::State::Lost).ok());
    InboxModel model(*m_inbox);
    model.setNow(m_t0.addSecs(60)); // four minutes left on both
    const QModelIndex lostRow = model.index(0, 0); // newest first
    const QModelIndex pendingRow = model.index(1, 0);
    QCOMPARE(lostRow.data(InboxModel::MessageIdRole).toLongLong(), lost.id);
    QCOMPARE(pendingRow.data(InboxModel::MessageIdRole).toLongLong(), pending.id);

    QCOMPARE(lostRow.data(InboxModel::StateRole).value<OtpMessage::State>(),
             OtpMessage::State::Lost);
    QCOMPARE(lostRow.siblingAtColumn(InboxModel::StateColumn).data().toString(), u"Lost"_s);
    QCOMPARE(lostRow.siblingAtColumn(InboxModel::ExpiresColumn).data().toString(), QString());
    QCOMPARE(pendingRow.siblingAtColumn(InboxModel::ExpiresColumn).data().toString(),
             u"4:00 left"_s);
    const QString why
        = lostRow.siblingAtColumn(InboxModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(why.contains(u"no longer holds"_s) && why.contains(u"Request a new code"_s),
             qPrintable(why));
    QVERIFY(pendingRow.siblingAtColumn(InboxModel::StateColumn).data(Qt::ToolTipRole).isNull());

    // Time passing changes nothing for it: it stays Lost, never turns Expired.
    model.setNow(m_t0.addSecs(3600));
    QCOMPARE(lostRow.siblingAtColumn(InboxModel::StateColumn).data().toString(), u"Lost"_s);
    QCOMPARE(pendingRow.siblingAtColumn(InboxModel::StateColumn).data().toString(), u"Expired"_s);

    // The search finds it by its name as shown.
    model.setQuery(u"lost"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(InboxModel::MessageIdRole).toLongLong(), lost.id);
}

namespace {
// Stands in for the Thai catalogue (the lead merges the real one): what matters here is that
// the state's name and explanation go through the translator, in the model's context.
class ThaiInboxStates : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "InboxModel") != 0)
            return {};
        if (qstrcmp(source, "Lost") == 0)
            return u"สูญหาย"_s;
        if (QByteArray(source).startsWith("The sandbox no longer holds this code"))
            return u"แซนด์บ็อกซ์ไม่มีรหัสนี้แล้ว"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};
} // namespace

void TestInboxModel::lostIsNamedInTheUsersLanguage()
{
    const OtpMessage lost = storeNewSms();
    QVERIFY(m_inbox->updateState(lost.id, OtpMessage::State::Lost).ok());
    InboxModel model(*m_inbox);
    model.setNow(m_t0);
    const QModelIndex state = model.index(0, InboxModel::StateColumn);
    QCOMPARE(state.data().toString(), u"Lost"_s);

    ThaiInboxStates thai;
    QVERIFY(QCoreApplication::installTranslator(&thai));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QVERIFY(!changed.isEmpty());
    QCOMPARE(state.data().toString(), u"สูญหาย"_s);
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), u"แซนด์บ็อกซ์ไม่มีรหัสนี้แล้ว"_s);
    QCOMPARE(InboxModel::stateName(OtpMessage::State::Lost), u"สูญหาย"_s);
    QVERIFY(QCoreApplication::removeTranslator(&thai));
    model.retranslate();
    QCOMPARE(state.data().toString(), u"Lost"_s);
}

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"

#include "services/ExchangeHistory.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"
#include "storage/SchemaMigrations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// A history row as version 6 stored it: the OtpResult JSON with its record.
void insertCall(QSqlDatabase db, const QString &appId, const QString &call, qint64 startedAt,
                const QJsonObject &result)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO exchanges (app_id, app_name, call, started_at, outcome,"
                  " record_json) VALUES (?, 'Shop', ?, ?, 'success', ?)"_s);
    query.addBindValue(appId);
    query.addBindValue(call);
    query.addBindValue(startedAt);
    query.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    QVERIFY(query.exec());
}

QJsonObject withBody(const QString &body)
{
    return {{u"record"_s, QJsonObject{{u"request"_s, QJsonObject{{u"body"_s, body}}}}}};
}
} // namespace

class TestReportsMigration : public QObject
{
    Q_OBJECT

private slots:
    void historyGetsTokensAndExpiries();
    void newHistoryRowsCarryTheirToken();
};

void TestReportsMigration::historyGetsTokensAndExpiries()
{
    QTemporaryDir dir;
    const QString shop = u"6b1c2a4e-0000-4000-8000-000000000001"_s;
    {
        Database v6(dir.path(), SchemaMigrations::all().mid(0, 6));
        QVERIFY(v6.open().isUsable());
        QSqlQuery app(v6.connection());
        QVERIFY(app.exec(u"INSERT INTO apps (id, name, digits, message_template, expiry_minutes,"
                         " environment, created_at, updated_at) VALUES ('%1', 'Shop', 6, 'x',"
                         " 10, 'sandbox', 0, 0)"_s.arg(shop)));
        insertCall(v6.connection(), shop, u"request"_s, 1000, {{u"token"_s, u"TOK1"_s}});
        insertCall(v6.connection(), u"gone"_s, u"request"_s, 2000, {{u"token"_s, u"TOK2"_s}});
        insertCall(v6.connection(), shop, u"verify"_s, 3000,
                   withBody(u"key=k&secret=%E2%80%A2&token=TOK1&pin=123456"_s));
        insertCall(v6.connection(), shop, u"verify"_s, 4000,
                   withBody(u"{\"key\":\"k\",\"token\":\"TOK2\",\"pin\":\"1\"}"_s));
        insertCall(v6.connection(), shop, u"verify"_s, 5000, withBody(u"key=k&pin=1"_s));
    }
    Database latest(dir.path());
    QVERIFY(latest.open().isUsable());
    QSqlQuery query(latest.connection());
    QVERIFY(query.exec(u"SELECT token, expires_at FROM exchanges ORDER BY id"_s));
    const QList<std::pair<QString, QVariant>> expected{
        {u"TOK1"_s, 1000 + 10 * 60000}, // the app's expiry
        {u"TOK2"_s, 2000 + 5 * 60000}, // the app is gone: the default 5 minutes
        {u"TOK1"_s, QVariant()},        {u"TOK2"_s, QVariant()}, {u""_s, QVariant()},
    };
    for (const auto &[token, expiresAt] : expected) {
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), token);
        QCOMPARE(query.value(1).isNull(), expiresAt.isNull());
        if (!expiresAt.isNull())
            QCOMPARE(query.value(1).toLongLong(), expiresAt.toLongLong());
    }
    QVERIFY(!query.next());
}

void TestReportsMigration::newHistoryRowsCarryTheirToken()
{
    OtpAppConfig app;
    app.id = QUuid::createUuid();
    app.expiryMinutes = 3;
    OtpResult request;
    request.operation = OtpOperation::Request;
    request.outcome = OtpResult::Outcome::Success;
    request.reason = OtpResult::Reason::None;
    request.token = u"ISSUED"_s;
    request.record.startedAt = QDateTime::currentDateTimeUtc();
    const StoredExchange stored = ExchangeHistory::toStored(request, app);
    QCOMPARE(stored.token, u"ISSUED"_s);
    QCOMPARE(stored.expiresAt, request.record.startedAt.addSecs(180));

    OtpResult verify;
    verify.operation = OtpOperation::Verify;
    verify.record.requestHeaders = {{"Content-Type", "application/json"}};
    verify.record.requestBody = R"({"key":"k","secret":"•••","token":"SENT","pin":"123456"})";
    QCOMPARE(ExchangeHistory::tokenOf(verify), u"SENT"_s);
    verify.record.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    verify.record.requestBody = "key=k&secret=x&token=FORM&pin=1";
    QCOMPARE(ExchangeHistory::tokenOf(verify), u"FORM"_s);
    QVERIFY(!ExchangeHistory::toStored(verify, app).expiresAt.isValid());
}

QTEST_GUILESS_MAIN(TestReportsMigration)
#include "tst_reportsmigration.moc"

#pragma once

#include "reports/ReportSql.h"
#include "storage/Database.h"
#include "storage/ExchangeRepository.h"
#include "storage/SandboxTrafficRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// A store written call by call, so every figure of a report is known by construction. Each
// call gets the next latency (1 ms, 2 ms, ...) unless given one.
class ReportTestStore
{
public:
    using Table = ReportSql::Table;

    ReportTestStore() : m_dir(std::make_unique<QTemporaryDir>())
    {
        m_db = std::make_unique<Database>(m_dir->path());
        QVERIFY(m_db->open().isUsable());
        m_exchanges = std::make_unique<ExchangeRepository>(*m_db);
        m_traffic = std::make_unique<SandboxTrafficRepository>(*m_db);
    }

    Database &database() { return *m_db; }
    QString dataDir() const { return m_dir->path(); }
    void setTable(Table table) { m_table = table; }

    // A request; outcome "success" issues the token (expiring 5 minutes later).
    qint64 request(const QDateTime &at, const QString &token, const QString &outcome = u"success"_s,
                   const QUuid &app = {}, std::optional<double> latencyMs = std::nullopt)
    {
        const bool ok = outcome == u"success"_s;
        return add(at, OtpOperation::Request, ok ? token : QString(), outcome, ok ? 200 : 400, app,
                   latencyMs, ok ? at.addSecs(300) : QDateTime());
    }
    qint64 verify(const QDateTime &at, const QString &token, const QString &outcome,
                  const QUuid &app = {}, std::optional<double> latencyMs = std::nullopt)
    {
        return add(at, OtpOperation::Verify, token, outcome, outcome == u"success"_s ? 200 : 400,
                   app, latencyMs, {});
    }

    QUuid defaultApp = QUuid::fromString(u"11111111-1111-1111-1111-111111111111"_s);

private:
    qint64 add(const QDateTime &at, OtpOperation call, const QString &token, const QString &outcome,
               int status, const QUuid &app, std::optional<double> latencyMs,
               const QDateTime &expiresAt)
    {
        const double latency = latencyMs ? *latencyMs : double(++m_latency);
        const QUuid appId = app.isNull() ? defaultApp : app;
        if (m_table == Table::Exchanges) {
            StoredExchange row;
            row.appId = appId;
            row.appName = u"App %1"_s.arg(appId.toString(QUuid::WithoutBraces).left(4));
            row.call = call;
            row.startedAt = at;
            row.msisdn = u"0812345678"_s;
            row.httpStatus = status;
            row.outcome = outcome;
            row.latencyMs = qint64(latency);
            row.token = token;
            row.expiresAt = expiresAt;
            const Result<qint64> id = m_exchanges->append(row);
            return id ? id.value : -1;
        }
        SandboxTrafficRow row;
        row.startedAt = at;
        row.appId = appId;
        row.appName = u"App %1"_s.arg(appId.toString(QUuid::WithoutBraces).left(4));
        row.call = call;
        row.maskedMsisdn = u"081***5678"_s;
        row.httpStatus = status;
        row.statusCode = status == 200 ? 0 : 400;
        row.outcome = outcome;
        row.latencyMs = latency;
        row.token = token;
        row.refno = token.isEmpty() || call == OtpOperation::Verify ? QString() : u"REF"_s;
        row.expiresAt = expiresAt;
        if (!m_traffic->appendAll({row}))
            return -1;
        return m_traffic->count(); // ids start at 1 and nothing is deleted in these tests
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExchangeRepository> m_exchanges;
    std::unique_ptr<SandboxTrafficRepository> m_traffic;
    Table m_table = Table::SandboxTraffic;
    int m_latency = 0;
};

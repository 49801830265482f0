#include "SandboxTokenRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxTokens, "otp.storage.sandboxtokens")

// Query plans (SQLite 3.40): list() SCAN sandbox_tokens (the integer key is the order);
// the upsert and delete by token SEARCH ... USING INDEX sqlite_autoindex_sandbox_tokens_1;
// the prune SEARCH ... USING INDEX sandbox_tokens_expiry (expires_at<?).

namespace {
QString writeError(const QString &detail)
{
    return SandboxTokenRepository::tr(
               "Could not keep the sandbox's codes: %1. Codes requested now may not survive a "
               "restart of the sandbox. Check that the disk is not full and the data folder is "
               "writable.")
        .arg(detail);
}

bool runPrune(QSqlQuery &query, qint64 beforeMs)
{
    query.prepare(u"DELETE FROM sandbox_tokens WHERE expires_at < ?"_s);
    query.addBindValue(beforeMs);
    return query.exec();
}
} // namespace

SandboxTokenRepository::SandboxTokenRepository(Database &database) : m_database(database) { }

QList<SandboxToken> SandboxTokenRepository::list() const
{
    QList<SandboxToken> tokens;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT token, app_id, code, attempts, expires_at, state"
                    " FROM sandbox_tokens ORDER BY seq"_s)) {
        qCWarning(lcSandboxTokens)
            << "reading the sandbox tokens failed:" << query.lastError().text();
        return tokens;
    }
    while (query.next()) {
        SandboxToken token;
        token.token = query.value(0).toString();
        token.appId = QUuid::fromString(query.value(1).toString());
        token.code = query.value(2).toString();
        token.attempts = query.value(3).toInt();
        token.expiresAtMs = query.value(4).toLongLong();
        const std::optional<OtpMessage::State> state
            = enumFromId<OtpMessage::State>(query.value(5).toString());
        if (!state)
            continue; // the CHECK constraint keeps this from happening
        token.state = *state;
        tokens << token;
    }
    return tokens;
}

Result<void> SandboxTokenRepository::write(const QList<SandboxToken> &tokens,
                                           const QStringList &removed, qint64 pruneBeforeMs)
{
    SqlTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<void>::failure(writeError(transaction.error()));

    QSqlQuery query(m_database.connection());
    // An upsert keeps the row's seq, so the issue order survives updates.
    query.prepare(u"INSERT INTO sandbox_tokens (token, app_id, code, attempts, expires_at, state)"
                  " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (token) DO UPDATE SET"
                  " app_id = excluded.app_id, code = excluded.code,"
                  " attempts = excluded.attempts, expires_at = excluded.expires_at,"
                  " state = excluded.state"_s);
    for (const SandboxToken &token : tokens) {
        query.addBindValue(token.token);
        query.addBindValue(SqlValue::id(token.appId));
        query.addBindValue(token.code);
        query.addBindValue(token.attempts);
        query.addBindValue(token.expiresAtMs);
        query.addBindValue(enumId(token.state));
        if (!query.exec())
            return Result<void>::failure(writeError(query.lastError().text()));
    }
    query.prepare(u"DELETE FROM sandbox_tokens WHERE token = ?"_s);
    for (const QString &token : removed) {
        query.addBindValue(token);
        if (!query.exec())
            return Result<void>::failure(writeError(query.lastError().text()));
    }
    if (pruneBeforeMs > 0 && !runPrune(query, pruneBeforeMs))
        return Result<void>::failure(writeError(query.lastError().text()));
    query.finish();
    if (!transaction.commit())
        return Result<void>::failure(writeError(transaction.error()));
    return Result<void>::success();
}

Result<int> SandboxTokenRepository::prune(qint64 beforeMs)
{
    QSqlQuery query(m_database.connection());
    if (!runPrune(query, beforeMs))
        return Result<int>::failure(writeError(query.lastError().text()));
    return Result<int>::success(query.numRowsAffected());
}

int SandboxTokenRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM sandbox_tokens"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

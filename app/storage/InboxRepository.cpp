#include "InboxRepository.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "SqlValue.h"
#include "SqlWhere.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <QVariantList>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcInboxRepository, "otp.storage.inbox")

// Query plans (SQLite 3.40, checked by tst_inboxrepository's queryPlans):
//   a page, with or without search:  SCAN/SEARCH inbox USING INDEX inbox_time
//                                    (created_at<? for the page after a message)
//   the same for one app:            SEARCH inbox USING INDEX inbox_app_time (app_id=?)
//   findByToken:                     SEARCH inbox USING INDEX inbox_token (token=?)
//   settleUnheld's pending messages: SCAN inbox USING INDEX inbox_pending (a partial index:
//                                    only pending rows, whatever the size of the inbox)
// The rows are small (no record), so a page reads them whole: every column but app_id is shown
// or used (the code to copy, the token for Fill PIN).

namespace {
// Qt SQL binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

void addSearch(SqlWhere *where, const QString &search, const QList<OtpMessage::State> &states)
{
    const QString text = search.trimmed();
    if (text.isEmpty())
        return;
    const QString pattern = SqlWhere::containsPattern(text);
    QStringList any;
    QVariantList values;
    for (const QString &column : {u"app_name"_s, u"text"_s, u"refno"_s}) {
        any << column + u" LIKE ? ESCAPE '\\'"_s;
        values << pattern;
    }
    // Digits need no case folding: instr(), a plain substring test, is cheaper than LIKE.
    any << u"instr(code, ?) > 0"_s;
    values << text;
    for (const QString &phone : SqlWhere::phoneTexts(text)) {
        any << u"instr(msisdn, ?) > 0"_s;
        values << phone;
    }
    if (SqlWhere::isLetters(text)) { // the stored ids, "pending", "verified", …
        any << u"state LIKE ? ESCAPE '\\'"_s;
        values << pattern;
    }
    for (const OtpMessage::State state : states) {
        any << u"state = ?"_s;
        values << enumId(state);
    }
    where->addAnyOf(any, values);
}

SqlWhere whereOf(const InboxFilter &filter, bool paged)
{
    SqlWhere where;
    if (filter.appId)
        where.add(u"app_id = ?"_s, {SqlValue::id(*filter.appId)});
    if (paged && filter.after) {
        // A row value: SQLite walks the index from this position on.
        where.add(u"(created_at, id) < (?, ?)"_s,
                  {filter.after->createdAt.toMSecsSinceEpoch(), filter.after->id});
    }
    addSearch(&where, filter.search, filter.searchStates);
    return where;
}

const QString ListOrder = u" ORDER BY created_at DESC, id DESC"_s;

QString writeError(const QString &detail)
{
    return InboxRepository::tr("Could not update the sandbox inbox: %1. Check that the disk is "
                               "not full and the data folder is writable.")
        .arg(detail);
}
} // namespace

InboxRepository::InboxRepository(Database &database) : m_database(database) { }

Result<qint64> InboxRepository::append(const OtpMessage &message)
{
    return insert(message, false);
}

Result<qint64> InboxRepository::appendWithId(const OtpMessage &message)
{
    return insert(message, true);
}

qint64 InboxRepository::maxId() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT MAX(id) FROM inbox"_s) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

Result<qint64> InboxRepository::insert(const OtpMessage &message, bool withId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO inbox (id, app_id, app_name, msisdn, text, code, refno, token, "
                  "created_at, expires_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // NULL: SQLite gives the row the next id.
    query.addBindValue(withId ? QVariant(message.id) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(SqlValue::id(message.appId));
    query.addBindValue(SqlValue::text(message.appName));
    query.addBindValue(SqlValue::text(message.msisdn));
    query.addBindValue(SqlValue::text(message.text));
    query.addBindValue(SqlValue::text(message.code));
    query.addBindValue(SqlValue::text(message.refno));
    query.addBindValue(SqlValue::text(message.token));
    const QDateTime created
        = message.createdAt.isValid() ? message.createdAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(created.toMSecsSinceEpoch());
    query.addBindValue(
        (message.expiresAt.isValid() ? message.expiresAt : created).toMSecsSinceEpoch());
    query.addBindValue(enumId(message.state));
    if (!query.exec())
        return Result<qint64>::failure(writeError(query.lastError().text()));
    return Result<qint64>::success(query.lastInsertId().toLongLong());
}

QList<OtpMessage> InboxRepository::select(const SqlWhere &where, const QString &tail) const
{
    QList<OtpMessage> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, app_id, app_name, msisdn, text, code, refno, token, created_at, "
                  "expires_at, state FROM inbox"_s
                  + where.sql() + tail);
    where.bindTo(query);
    if (!query.exec()) {
        qCWarning(lcInboxRepository) << "reading the inbox failed:" << query.lastError().text();
        return result;
    }
    while (query.next()) {
        OtpMessage message;
        message.id = query.value(0).toLongLong();
        message.appId = QUuid::fromString(query.value(1).toString());
        message.appName = query.value(2).toString();
        message.msisdn = query.value(3).toString();
        message.text = query.value(4).toString();
        message.code = query.value(5).toString();
        message.refno = query.value(6).toString();
        message.token = query.value(7).toString();
        message.createdAt = fromMs(query.value(8));
        message.expiresAt = fromMs(query.value(9));
        message.state = enumFromId<OtpMessage::State>(query.value(10).toString())
                            .value_or(OtpMessage::State::Pending);
        result << message;
    }
    return result;
}

QList<OtpMessage> InboxRepository::list(const InboxFilter &filter) const
{
    return select(whereOf(filter, true),
                  ListOrder + (filter.limit >= 0 ? u" LIMIT %1"_s.arg(filter.limit) : QString()));
}

QList<OtpMessage> InboxRepository::list(const std::optional<QUuid> &appId, int limit) const
{
    InboxFilter filter;
    filter.appId = appId;
    filter.limit = limit;
    return list(filter);
}

qint64 InboxRepository::count(const InboxFilter &filter) const
{
    const SqlWhere where = whereOf(filter, false);
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT COUNT(*) FROM inbox"_s + where.sql());
    where.bindTo(query);
    if (!query.exec() || !query.next()) {
        qCWarning(lcInboxRepository) << "counting the inbox failed:" << query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

std::optional<OtpMessage> InboxRepository::find(qint64 id) const
{
    SqlWhere where;
    where.add(u"id = ?"_s, {id});
    const QList<OtpMessage> found = select(where, {});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<OtpMessage> InboxRepository::findByToken(const QString &token) const
{
    if (token.isEmpty())
        return std::nullopt; // a stored '' is "no token", not a match
    SqlWhere where;
    where.add(u"token = ?"_s, {token});
    const QList<OtpMessage> found = select(where, ListOrder + u" LIMIT 1"_s);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

bool InboxRepository::matches(qint64 id, const InboxFilter &filter) const
{
    SqlWhere where = whereOf(filter, false);
    where.add(u"id = ?"_s, {id});
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT 1 FROM inbox"_s + where.sql());
    where.bindTo(query);
    if (!query.exec()) {
        qCWarning(lcInboxRepository) << "matching a message failed:" << query.lastError().text();
        return false;
    }
    return query.next();
}

Result<bool> InboxRepository::updateState(qint64 id, OtpMessage::State state)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE inbox SET state = ? WHERE id = ?"_s);
    query.addBindValue(enumId(state));
    query.addBindValue(id);
    if (!query.exec())
        return Result<bool>::failure(writeError(query.lastError().text()));
    return Result<bool>::success(query.numRowsAffected() > 0);
}

Result<int> InboxRepository::expirePending(const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE inbox SET state = ? WHERE state = ? AND expires_at <= ?"_s);
    query.addBindValue(enumId(OtpMessage::State::Expired));
    query.addBindValue(enumId(OtpMessage::State::Pending));
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return Result<int>::failure(writeError(query.lastError().text()));
    return Result<int>::success(query.numRowsAffected());
}

Result<QList<InboxRepository::StateChange>> InboxRepository::settleUnheld(const QSet<QString> &held,
                                                                          const QDateTime &now)
{
    using Settled = Result<QList<StateChange>>;
    SqlTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Settled::failure(writeError(transaction.error()));

    QList<StateChange> changes;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // 'pending' written out, not bound: SQLite uses a partial index only for a literal.
    if (!query.exec(u"SELECT id, token, expires_at FROM inbox WHERE state = 'pending'"_s))
        return Settled::failure(writeError(query.lastError().text()));
    const qint64 nowMs = now.toMSecsSinceEpoch();
    while (query.next()) {
        if (held.contains(query.value(1).toString()))
            continue;
        const bool lapsed = query.value(2).toLongLong() <= nowMs;
        changes.append({query.value(0).toLongLong(),
                        lapsed ? OtpMessage::State::Expired : OtpMessage::State::Lost});
    }
    query.finish();
    query.prepare(u"UPDATE inbox SET state = ? WHERE id = ?"_s);
    for (const StateChange &change : std::as_const(changes)) {
        query.addBindValue(enumId(change.state));
        query.addBindValue(change.id);
        if (!query.exec())
            return Settled::failure(writeError(query.lastError().text()));
    }
    query.finish();
    if (!transaction.commit())
        return Settled::failure(writeError(transaction.error()));
    return Settled::success(changes);
}

Result<int> InboxRepository::clear(const std::optional<QUuid> &appId)
{
    QSqlQuery query(m_database.connection());
    if (appId) {
        query.prepare(u"DELETE FROM inbox WHERE app_id = ?"_s);
        query.addBindValue(SqlValue::id(*appId));
    } else {
        query.prepare(u"DELETE FROM inbox"_s);
    }
    if (!query.exec())
        return Result<int>::failure(writeError(query.lastError().text()));
    return Result<int>::success(query.numRowsAffected());
}

Result<int> InboxRepository::remove(const QList<qint64> &ids)
{
    SqlTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM inbox WHERE id = ?"_s);
    int removed = 0;
    for (const qint64 id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return Result<int>::failure(writeError(query.lastError().text()));
        removed += query.numRowsAffected();
    }
    if (!transaction.commit())
        return Result<int>::failure(writeError(transaction.error()));
    return Result<int>::success(removed);
}

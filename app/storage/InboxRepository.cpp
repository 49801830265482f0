#include "InboxRepository.h"

#include "Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <QVariantList>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcInboxRepository, "otp.storage.inbox")

namespace {
// Qt SQL binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QString orEmpty(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

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
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO inbox (app_id, app_name, msisdn, text, code, refno, token, "
                  "created_at, expires_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(idText(message.appId));
    query.addBindValue(orEmpty(message.appName));
    query.addBindValue(orEmpty(message.msisdn));
    query.addBindValue(orEmpty(message.text));
    query.addBindValue(orEmpty(message.code));
    query.addBindValue(orEmpty(message.refno));
    query.addBindValue(orEmpty(message.token));
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

QList<OtpMessage> InboxRepository::select(const QString &where, const QVariantList &values) const
{
    QList<OtpMessage> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, app_id, app_name, msisdn, text, code, refno, token, created_at, "
                  "expires_at, state FROM inbox "_s
                  + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
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

QList<OtpMessage> InboxRepository::list(const std::optional<QUuid> &appId, int limit) const
{
    QVariantList values;
    QString where;
    if (appId) {
        where = u"WHERE app_id = ? "_s;
        values << idText(*appId);
    }
    where += u"ORDER BY created_at DESC, id DESC LIMIT ?"_s;
    values << limit;
    return select(where, values);
}

std::optional<OtpMessage> InboxRepository::find(qint64 id) const
{
    const QList<OtpMessage> found = select(u"WHERE id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
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

Result<int> InboxRepository::clear(const std::optional<QUuid> &appId)
{
    QSqlQuery query(m_database.connection());
    if (appId) {
        query.prepare(u"DELETE FROM inbox WHERE app_id = ?"_s);
        query.addBindValue(idText(*appId));
    } else {
        query.prepare(u"DELETE FROM inbox"_s);
    }
    if (!query.exec())
        return Result<int>::failure(writeError(query.lastError().text()));
    return Result<int>::success(query.numRowsAffected());
}

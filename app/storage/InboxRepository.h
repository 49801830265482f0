#pragma once

#include "InboxFilter.h"
#include "domain/OtpMessage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QUuid>

#include <optional>

class Database;
class SqlWhere;

// The sandbox's inbox of fake SMS. Lists are newest first (created_at DESC, id DESC) and page by
// position (InboxFilter::after). Use on the Database's thread.
class InboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(InboxRepository)

public:
    explicit InboxRepository(Database &database);

    // value: the new id (message.id is not read). Invalid times: created now, expiring at once.
    Result<qint64> append(const OtpMessage &message);
    // The same, under message.id (the sandbox's id, so its control API and this table name a
    // message alike); fails when that id is taken.
    Result<qint64> appendWithId(const OtpMessage &message);
    qint64 maxId() const; // 0 for an empty table
    QList<OtpMessage> list(const InboxFilter &filter) const;
    // appId none: every app. limit -1: all.
    QList<OtpMessage> list(const std::optional<QUuid> &appId = std::nullopt, int limit = -1) const;
    qint64 count(const InboxFilter &filter = {}) const; // ignores after and limit
    std::optional<OtpMessage> find(qint64 id) const;
    // The message that carries this token (Fill PIN); the newest if a token came twice.
    std::optional<OtpMessage> findByToken(const QString &token) const;
    // Whether the message with this id is one the filter selects (its app and search; after
    // and limit ignored): for a new message arriving in a searched list.
    bool matches(qint64 id, const InboxFilter &filter) const;
    // value: whether there was such a message.
    Result<bool> updateState(qint64 id, OtpMessage::State state);
    // Every pending message whose expiry is at or before `now` becomes Expired, in one
    // statement. value: how many changed.
    Result<int> expirePending(const QDateTime &now);
    struct StateChange {
        qint64 id = 0;
        OtpMessage::State state = OtpMessage::State::Pending;
    };
    // After a sandbox (re)start: every pending message whose token is not in `held` becomes
    // Expired if its expiry is at or before `now`, else Lost (no sandbox can verify its code).
    // One transaction. value: the messages changed.
    Result<QList<StateChange>> settleUnheld(const QSet<QString> &held, const QDateTime &now);
    // value: rows removed. appId none: the whole inbox.
    Result<int> clear(const std::optional<QUuid> &appId = std::nullopt);
    // value: rows removed of these ids.
    Result<int> remove(const QList<qint64> &ids);

private:
    Result<qint64> insert(const OtpMessage &message, bool withId);
    QList<OtpMessage> select(const SqlWhere &where, const QString &tail) const;

    Database &m_database;
};

#pragma once

#include "domain/OtpMessage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>
#include <QVariantList>

#include <optional>

class Database;

// The sandbox's inbox of fake SMS. Lists are newest first. Use on the Database's thread.
class InboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(InboxRepository)

public:
    explicit InboxRepository(Database &database);

    // value: the new id (message.id is not read). Invalid times: created now, expiring at once.
    Result<qint64> append(const OtpMessage &message);
    // appId none: every app. limit -1: all.
    QList<OtpMessage> list(const std::optional<QUuid> &appId = std::nullopt, int limit = -1) const;
    std::optional<OtpMessage> find(qint64 id) const;
    // value: whether there was such a message.
    Result<bool> updateState(qint64 id, OtpMessage::State state);
    // Every pending message whose expiry is at or before `now` becomes Expired, in one
    // statement. value: how many changed.
    Result<int> expirePending(const QDateTime &now);
    // value: rows removed. appId none: the whole inbox.
    Result<int> clear(const std::optional<QUuid> &appId = std::nullopt);

private:
    QList<OtpMessage> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
};

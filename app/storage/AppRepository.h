#pragma once

#include "domain/OtpAppConfig.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>

class Database;

// The OTP apps in the database. Values in, values out; the App Secret is never here.
// Use on the Database's thread.
class AppRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppRepository)

public:
    explicit AppRepository(Database &database);

    QList<OtpAppConfig> list() const; // ordered by name, case-insensitively
    std::optional<OtpAppConfig> find(const QUuid &id) const;
    std::optional<OtpAppConfig> findByName(const QString &name) const; // case-insensitive
    QStringList names() const; // ordered like list()

    // Stores a new app: a null id gets a new UUID, invalid timestamps become now. Returns the
    // app as stored. A name already taken (case-insensitively) is refused.
    Result<OtpAppConfig> insert(const OtpAppConfig &app);
    enum class SettlePendingSecrets { No, Yes };
    // All or nothing, in one transaction (import). Yes: each app's PendingSecrets row is
    // deleted in that same transaction (its secret now has its app).
    Result<QList<OtpAppConfig>> insertAll(const QList<OtpAppConfig> &apps,
                                          SettlePendingSecrets settle = SettlePendingSecrets::No);
    // Replaces every field but id and createdAt; updatedAt becomes now.
    Result<OtpAppConfig> update(const OtpAppConfig &app);
    // value: whether there was such an app. The app's history rows stay.
    Result<bool> remove(const QUuid &id);

    Database &database() const { return m_database; }

private:
    QString insertOne(OtpAppConfig &app); // error text, empty on success
    QString nameTakenBySqlite(const QString &name) const;
    static QString nameTaken(const QString &storedName);

    Database &m_database;
};

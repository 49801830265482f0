#include "AppRepository.h"

#include "Database.h"
#include "PendingSecrets.h"
#include "SqlTransaction.h"
#include "SqlValue.h"
#include "TestNumbersJson.h"
#include "domain/OtpAppValidator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcAppRepository, "otp.storage.app")

namespace {
const QString Columns = u"id, name, contact_email, contact_name, digits, message_template, "
                        "expiry_minutes, ip_ranges, environment, base_url, app_key, created_at, "
                        "updated_at, test_numbers"_s;

constexpr int SqliteConstraint = 19;

bool isConstraintViolation(const QSqlError &error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == SqliteConstraint;
}

// Qt SQL binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QString ipRangesToJson(const QStringList &ranges)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ranges)).toJson(QJsonDocument::Compact));
}

QStringList ipRangesFromJson(const QString &json)
{
    QStringList ranges;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        ranges << value.toString();
    return ranges;
}

OtpAppConfig fromRow(const QSqlQuery &query)
{
    OtpAppConfig app;
    app.id = QUuid::fromString(query.value(0).toString());
    app.name = query.value(1).toString();
    app.contactEmail = query.value(2).toString();
    app.contactName = query.value(3).toString();
    app.digits = query.value(4).toInt();
    app.messageTemplate = query.value(5).toString();
    app.expiryMinutes = query.value(6).toInt();
    app.ipRanges = ipRangesFromJson(query.value(7).toString());
    app.environment
        = enumFromId<Environment>(query.value(8).toString()).value_or(Environment::Sandbox);
    const QString baseUrl = query.value(9).toString();
    app.baseUrl = baseUrl.isEmpty() ? QUrl() : QUrl(baseUrl);
    app.appKey = query.value(10).toString();
    app.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(11).toLongLong(), QTimeZone::utc());
    app.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), QTimeZone::utc());
    const QJsonDocument testNumbers = QJsonDocument::fromJson(query.value(13).toByteArray());
    app.testNumbers = TestNumbersJson::read(testNumbers.array()).numbers;
    return app;
}

void bindFields(QSqlQuery &query, const OtpAppConfig &app)
{
    query.bindValue(u":name"_s, SqlValue::text(app.name));
    query.bindValue(u":contact_email"_s, SqlValue::text(app.contactEmail));
    query.bindValue(u":contact_name"_s, SqlValue::text(app.contactName));
    query.bindValue(u":digits"_s, app.digits);
    query.bindValue(u":message_template"_s, SqlValue::text(app.messageTemplate));
    query.bindValue(u":expiry_minutes"_s, app.expiryMinutes);
    query.bindValue(u":ip_ranges"_s, ipRangesToJson(app.ipRanges));
    query.bindValue(u":environment"_s, enumId(app.environment));
    query.bindValue(u":base_url"_s, SqlValue::text(app.baseUrl.toString()));
    query.bindValue(u":app_key"_s, SqlValue::text(app.appKey));
    query.bindValue(u":updated_at"_s, app.updatedAt.toMSecsSinceEpoch());
    query.bindValue(
        u":test_numbers"_s,
        QString::fromUtf8(
            QJsonDocument(TestNumbersJson::write(app.testNumbers)).toJson(QJsonDocument::Compact)));
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}
} // namespace

AppRepository::AppRepository(Database &database) : m_database(database) { }

// The stored name the unique index (NOCASE) sees as equal to `name`, asked of SQLite itself:
// Qt's comparison can differ from the index's (text SQLite converts, as a lone surrogate).
QString AppRepository::nameTakenBySqlite(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT name FROM apps WHERE name = ? COLLATE NOCASE"_s);
    query.addBindValue(SqlValue::text(name));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// The validator's message for a taken name: one wording whoever finds the clash.
QString AppRepository::nameTaken(const QString &storedName)
{
    return OtpAppValidator::nameTakenMessage(storedName);
}

QList<OtpAppConfig> AppRepository::list() const
{
    QList<OtpAppConfig> apps;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + Columns + u" FROM apps"_s)) {
        qCWarning(lcAppRepository) << "listing apps failed:" << query.lastError().text();
        return apps;
    }
    while (query.next())
        apps << fromRow(query);
    // Sorted here, not in SQL: NOCASE folds ASCII only, Thai and accented names need Qt.
    std::sort(apps.begin(), apps.end(), [](const OtpAppConfig &a, const OtpAppConfig &b) {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.name < b.name;
    });
    return apps;
}

std::optional<OtpAppConfig> AppRepository::find(const QUuid &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT "_s + Columns + u" FROM apps WHERE id = ?"_s);
    query.addBindValue(SqlValue::id(id));
    if (!query.exec()) {
        qCWarning(lcAppRepository) << "finding an app failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<OtpAppConfig> AppRepository::findByName(const QString &name) const
{
    const QList<OtpAppConfig> apps = list();
    const QString wanted = name.trimmed();
    for (const OtpAppConfig &app : apps) {
        if (app.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return app;
    }
    return std::nullopt;
}

QStringList AppRepository::names() const
{
    QStringList result;
    const QList<OtpAppConfig> apps = list();
    for (const OtpAppConfig &app : apps)
        result << app.name;
    return result;
}

QString AppRepository::insertOne(OtpAppConfig &app)
{
    if (app.id.isNull())
        app.id = QUuid::createUuid();
    if (!app.createdAt.isValid())
        app.createdAt = nowUtc();
    if (!app.updatedAt.isValid())
        app.updatedAt = app.createdAt;
    // Stored with millisecond precision; hand back exactly what a later read returns.
    app.createdAt = app.createdAt.toUTC();
    app.updatedAt = app.updatedAt.toUTC();

    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO apps ("_s + Columns
                  + u") VALUES (:id, :name, :contact_email, :contact_name, :digits, "
                    ":message_template, :expiry_minutes, :ip_ranges, :environment, :base_url, "
                    ":app_key, :created_at, :updated_at, :test_numbers)"_s);
    query.bindValue(u":id"_s, SqlValue::id(app.id));
    query.bindValue(u":created_at"_s, app.createdAt.toMSecsSinceEpoch());
    bindFields(query, app);
    if (query.exec())
        return {};
    if (isConstraintViolation(query.lastError())) {
        if (find(app.id))
            return tr("An app with the id %1 already exists. Import it as a new app instead.")
                .arg(SqlValue::id(app.id));
        if (const QString taken = nameTakenBySqlite(app.name); !taken.isEmpty())
            return nameTaken(taken);
    }
    return tr("Could not save the app “%1”: %2. Check that the disk is not full and the data "
              "folder %3 is writable.")
        .arg(app.name, query.lastError().text(), QDir::toNativeSeparators(m_database.dataDir()));
}

Result<OtpAppConfig> AppRepository::insert(const OtpAppConfig &app)
{
    Result<QList<OtpAppConfig>> result = insertAll({app});
    if (!result.ok())
        return Result<OtpAppConfig>::failure(result.error);
    return Result<OtpAppConfig>::success(result.value.constFirst());
}

Result<QList<OtpAppConfig>> AppRepository::insertAll(const QList<OtpAppConfig> &apps,
                                                     SettlePendingSecrets settlePendingSecrets)
{
    using Result = Result<QList<OtpAppConfig>>;
    SqlTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return Result::failure(tr("Could not start saving to the database: %1. Close other "
                                  "programs that use it and try again.")
                                   .arg(transaction.error()));
    }
    QList<OtpAppConfig> stored = apps;
    for (OtpAppConfig &app : stored) {
        const QString error = insertOne(app);
        if (!error.isEmpty())
            return Result::failure(error);
        const QString settled = settlePendingSecrets == SettlePendingSecrets::Yes
            ? PendingSecrets::settle(m_database.connection(), app.id)
            : QString();
        if (!settled.isEmpty()) {
            return Result::failure(tr("Could not save to the database: %1. Check that the disk "
                                      "is not full and try again.")
                                       .arg(settled));
        }
    }
    if (!transaction.commit()) {
        return Result::failure(tr("Could not save to the database: %1. Check that the disk is "
                                  "not full and try again.")
                                   .arg(transaction.error()));
    }
    return Result::success(stored);
}

Result<OtpAppConfig> AppRepository::update(const OtpAppConfig &app)
{
    using Result = Result<OtpAppConfig>;
    OtpAppConfig changed = app;
    changed.updatedAt = nowUtc();

    SqlTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return Result::failure(tr("Could not start saving to the database: %1. Close other "
                                  "programs that use it and try again.")
                                   .arg(transaction.error()));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE apps SET name = :name, contact_email = :contact_email, "
                  "contact_name = :contact_name, digits = :digits, "
                  "message_template = :message_template, expiry_minutes = :expiry_minutes, "
                  "ip_ranges = :ip_ranges, environment = :environment, base_url = :base_url, "
                  "app_key = :app_key, updated_at = :updated_at, test_numbers = :test_numbers "
                  "WHERE id = :id"_s);
    query.bindValue(u":id"_s, SqlValue::id(changed.id));
    bindFields(query, changed);
    if (!query.exec()) {
        if (const QString taken = nameTakenBySqlite(changed.name);
            isConstraintViolation(query.lastError()) && !taken.isEmpty())
            return Result::failure(nameTaken(taken));
        return Result::failure(tr("Could not save the app “%1”: %2. Check that the disk is not "
                                  "full and the data folder is writable.")
                                   .arg(changed.name, query.lastError().text()));
    }
    if (query.numRowsAffected() != 1) {
        return Result::failure(tr("The app “%1” no longer exists; it may have been deleted. "
                                  "Create it again.")
                                   .arg(changed.name));
    }
    query.finish();
    if (!transaction.commit()) {
        return Result::failure(tr("Could not save to the database: %1. Check that the disk is "
                                  "not full and try again.")
                                   .arg(transaction.error()));
    }
    const std::optional<OtpAppConfig> stored = find(changed.id);
    return stored ? Result::success(*stored) : Result::success(changed);
}

Result<bool> AppRepository::remove(const QUuid &id)
{
    using Result = Result<bool>;
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM apps WHERE id = ?"_s);
    query.addBindValue(SqlValue::id(id));
    if (!query.exec()) {
        return Result::failure(tr("Could not delete the app: %1. Check that the disk is not "
                                  "full and the data folder is writable.")
                                   .arg(query.lastError().text()));
    }
    return Result::success(query.numRowsAffected() > 0);
}

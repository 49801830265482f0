#include "DatabaseQuickCheck.h"

#include "DatabaseProbe.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
// A damaged file is an answer (the damage); any other error means the check could not run.
Result<QString> damageOrFailure(const QSqlError &error)
{
    if (DatabaseProbe::isCorruption(error))
        return Result<QString>::success(error.text());
    return Result<QString>::failure(error.isValid() ? error.text() : u"no answer"_s);
}

Result<QString> quickCheck(QSqlDatabase &db)
{
    if (!db.open())
        return damageOrFailure(db.lastError());
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check"_s))
        return damageOrFailure(query.lastError());
    QStringList problems;
    while (query.next() && problems.size() < 3)
        problems << query.value(0).toString();
    if (problems.isEmpty()) // the rows come when the check ends; an error can end it first
        return damageOrFailure(query.lastError());
    if (problems == QStringList{u"ok"_s})
        return Result<QString>::success({});
    return Result<QString>::success(u"quick_check: "_s + problems.join(u"; "));
}
} // namespace

Result<QString> DatabaseQuickCheck::run(const QString &databasePath)
{
    const QString name
        = u"otp-manager-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QString> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        result = quickCheck(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!result.ok()) {
        result.error = tr("Could not check the database %1: %2")
                           .arg(QDir::toNativeSeparators(databasePath), result.error);
    }
    return result;
}

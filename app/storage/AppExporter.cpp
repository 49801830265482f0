#include "AppExporter.h"

#include "AppsFileFormat.h"
#include "TestNumbersJson.h"
#include "domain/ExpiryPeriod.h"
#include "util/AtomicFile.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

QJsonObject AppExporter::toJson(const OtpAppConfig &app)
{
    QJsonObject object;
    const auto putIfNotEmpty = [&object](const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    putIfNotEmpty(u"id"_s, app.id.isNull() ? QString() : app.id.toString(QUuid::WithoutBraces));
    object.insert(u"name"_s, app.name);
    putIfNotEmpty(u"contactEmail"_s, app.contactEmail);
    putIfNotEmpty(u"contactName"_s, app.contactName);
    object.insert(u"digits"_s, app.digits);
    object.insert(u"template"_s, app.messageTemplate);
    object.insert(u"expiry"_s, ExpiryPeriod::format(app.expiryMinutes));
    if (!app.ipRanges.isEmpty())
        object.insert(u"ipRanges"_s, QJsonArray::fromStringList(app.ipRanges));
    object.insert(u"environment"_s, enumId(app.environment));
    putIfNotEmpty(u"key"_s, app.appKey);
    if (app.environment == Environment::Custom)
        putIfNotEmpty(u"baseUrl"_s, app.baseUrl.toString());
    if (!app.testNumbers.isEmpty())
        object.insert(u"testNumbers"_s, TestNumbersJson::write(app.testNumbers));
    return object;
}

QByteArray AppExporter::toDocument(const QList<OtpAppConfig> &apps)
{
    QJsonArray array;
    for (const OtpAppConfig &app : apps)
        array.append(toJson(app));
    const QJsonObject root{
        {u"format"_s, AppsFileFormat::formatId()},
        {u"version"_s, AppsFileFormat::Version},
        {u"apps"_s, array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> AppExporter::writeFile(const QString &path, const QList<OtpAppConfig> &apps)
{
    return AtomicFile::write(path, toDocument(apps));
}

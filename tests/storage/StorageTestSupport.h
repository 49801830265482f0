#pragma once

#include "domain/OtpAppConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTimeZone>
#include <QUuid>

// Shared by the storage tests: sample apps with every field set, and file helpers.
namespace StorageTestSupport {

inline OtpAppConfig sampleApp(const QString &name, Environment environment = Environment::Sandbox)
{
    using namespace Qt::Literals::StringLiterals;
    OtpAppConfig app;
    app.id = QUuid::createUuid();
    app.name = name;
    app.contactEmail = u"qa@example.com"_s;
    app.contactName = u"ทีม QA"_s;
    app.digits = 6;
    app.messageTemplate = u"รหัส {otp} ของ {app} (Ref: {ref}) ใช้ได้ {minutes} นาที"_s;
    app.expiryMinutes = 5;
    app.environment = environment;
    if (environment != Environment::Sandbox) {
        app.ipRanges = QStringList{u"203.0.113.0/24"_s, u"2001:db8::/32"_s};
        app.appKey = u"1234567890123456"_s;
    }
    if (environment == Environment::Custom)
        app.baseUrl = QUrl(u"https://staging.example.com/otp"_s);
    return app;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace StorageTestSupport

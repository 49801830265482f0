#pragma once

#include "domain/OtpAppConfig.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Writes apps in the apps exchange format. Never a secret: OtpAppConfig has none, and the
// writer emits only the documented fields. Empty optional fields are left out.
class AppExporter
{
public:
    static QJsonObject toJson(const OtpAppConfig &app);
    static QByteArray toDocument(const QList<OtpAppConfig> &apps); // indented UTF-8 JSON
    // Through AtomicFile: the target is either the old file or the complete new one.
    static Result<void> writeFile(const QString &path, const QList<OtpAppConfig> &apps);
};

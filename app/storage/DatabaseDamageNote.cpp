#include "DatabaseDamageNote.h"

#include "util/AtomicFile.h"

#include <QFile>

QString DatabaseDamageNote::pathFor(const QString &databasePath)
{
    return databasePath + QLatin1String(Suffix);
}

Result<void> DatabaseDamageNote::write(const QString &databasePath, const QString &damage)
{
    return AtomicFile::write(pathFor(databasePath), damage.toUtf8() + '\n');
}

std::optional<QString> DatabaseDamageNote::read(const QString &databasePath)
{
    QFile file(pathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll()).trimmed();
}

void DatabaseDamageNote::remove(const QString &databasePath)
{
    QFile::remove(pathFor(databasePath));
}

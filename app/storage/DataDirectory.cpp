#include "DataDirectory.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
// Both executables set organization "OTP Manager"; the GUI's application name is the folder.
const QString ApplicationFolder = u"OTP Manager"_s;

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(
        QString::fromLatin1(DataDirectory::OptionName),
        DataDirectory::tr("Keep the database and its lock file in <dir> instead of the standard "
                          "location (also: environment variable %1). Preferences stay where the "
                          "system keeps them.")
            .arg(QString::fromLatin1(DataDirectory::EnvironmentVariable)),
        DataDirectory::tr("dir"));
}
} // namespace

void DataDirectory::addOption(QCommandLineParser &parser)
{
    parser.addOption(dataDirOption());
}

Result<DataDirectory::Location> DataDirectory::resolve(const QCommandLineParser &parser)
{
    return resolve(parser.value(QString::fromLatin1(OptionName)));
}

QString DataDirectory::standardLocation()
{
    const QString location = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // AppDataLocation ends with the running executable's application name ("otpctl" for the
    // CLI); swap that last component so every executable of the product shares one folder.
    const QFileInfo info(location);
    const QString appName = QCoreApplication::applicationName();
    if (!appName.isEmpty() && info.fileName() == appName)
        return QDir::cleanPath(info.dir().filePath(ApplicationFolder));
    return QDir::cleanPath(location);
}

Result<DataDirectory::Location> DataDirectory::resolve(const QString &explicitPath)
{
    Location location;
    QString path = explicitPath.trimmed();
    location.source = Source::CommandLine;
    if (path.isEmpty()) {
        path = qEnvironmentVariable(EnvironmentVariable).trimmed();
        location.source = Source::Environment;
    }
    if (path.isEmpty()) {
        path = standardLocation();
        location.source = Source::Standard;
    }
    if (path.isEmpty()) {
        return Result<Location>::failure(
            tr("No folder for OTP Manager's data could be determined on this system. Start it "
               "with --data-dir <folder> or set %1.")
                .arg(QString::fromLatin1(EnvironmentVariable)));
    }

    location.path = QDir::cleanPath(QDir(path).absolutePath());
    const QString shown = QDir::toNativeSeparators(location.path);
    const QFileInfo info(location.path);
    if (info.exists() && !info.isDir()) {
        return Result<Location>::failure(tr("The data folder %1 is a file, not a folder. Choose "
                                            "another folder with --data-dir <folder>.")
                                             .arg(shown));
    }
    if (!QDir().mkpath(location.path)) {
        return Result<Location>::failure(
            tr("Could not create the data folder %1. Check that its parent folder exists and is "
               "writable, or choose another folder with --data-dir.")
                .arg(shown));
    }
    return Result<Location>::success(location);
}

#include "AtomicFile.h"

#include <QDir>
#include <QSaveFile>

Result<void> AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const auto failure = [&path, &file]() {
        return Result<void>::failure(
            //: %1 is a file path, %2 the system's reason (e.g. "Permission denied")
            tr("Could not write %1: %2. Choose a folder you can write to and try again.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure();
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return failure();
    }
    if (!file.commit())
        return failure();
    return Result<void>::success();
}

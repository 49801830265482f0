#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a whole file at once through QSaveFile: a temporary file next to the target, renamed
// over it only when every byte is written, so the target is either the old file or the
// complete new one, never half of each (a full disk, a crash, a cancelled write).
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // On failure the error names the file (native separators) and the reason.
    static Result<void> write(const QString &path, const QByteArray &bytes);
};

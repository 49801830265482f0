#include "DatabaseFileCheck.h"

#include "WalFileCheck.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 HeaderSize = 100;

quint32 bigEndian(const QByteArray &bytes, int offset, int length)
{
    quint32 value = 0;
    for (int i = 0; i < length; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

bool hasContent(const QString &path, qint64 moreThan = 0)
{
    return QFileInfo(path).size() > moreThan;
}
} // namespace

QString DatabaseFileCheck::damage(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {};
    // The header's layout: https://www.sqlite.org/fileformat2.html#the_database_header
    const quint32 storedPageSize = bigEndian(header, 16, 2);
    const quint32 pageSize = storedPageSize == 1 ? 65536 : storedPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return tr("its header names no valid page size (%1)").arg(storedPageSize);
    const qint64 size = file.size();
    // SQLite writes whole pages only: a part of one means the file was cut or padded.
    if (size % pageSize != 0) {
        return tr("the file ends inside a page: %1 bytes are not a whole number of %2-byte pages")
            .arg(size)
            .arg(pageSize);
    }
    // The page count in the header is valid when its change counters agree (the format's
    // rule). A checkpoint in progress or a journal still to roll back may leave the file
    // shorter for a while; SQLite completes those from the log or the journal.
    const quint32 pageCount = bigEndian(header, 28, 4);
    const bool countValid = pageCount != 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (countValid && size < qint64(pageCount) * pageSize && !hasContent(filePath + u"-wal"_s, 32)
        && !hasContent(filePath + u"-journal"_s)) {
        return tr("the file is cut short: its header counts %1 pages, the file holds %2")
            .arg(pageCount)
            .arg(size / pageSize);
    }
    return WalFileCheck::damage(filePath + u"-wal"_s, pageSize);
}

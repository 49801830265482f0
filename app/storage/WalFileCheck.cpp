#include "WalFileCheck.h"

#include <QDir>
#include <QFile>

#include <array>
#include <cstring>

namespace {
constexpr qint64 HeaderSize = 32;
constexpr qint64 FrameHeaderSize = 24;
constexpr quint32 Magic = 0x377f0682; // the low bit: checksums over big-endian words
constexpr quint32 FormatVersion = 3007000;

using Sums = std::array<quint32, 2>;

quint32 bigEndian32(const uchar *bytes)
{
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8)
        | quint32(bytes[3]);
}

quint32 littleEndian32(const uchar *bytes)
{
    return (quint32(bytes[3]) << 24) | (quint32(bytes[2]) << 16) | (quint32(bytes[1]) << 8)
        | quint32(bytes[0]);
}

// SQLite's walChecksumBytes: pairs of 32-bit words in the writer's byte order, added in.
Sums checksum(const uchar *bytes, qint64 size, Sums sums, bool bigEndianWords)
{
    for (qint64 i = 0; i + 8 <= size; i += 8) {
        const uchar *word = bytes + i;
        sums[0] += (bigEndianWords ? bigEndian32(word) : littleEndian32(word)) + sums[1];
        sums[1] += (bigEndianWords ? bigEndian32(word + 4) : littleEndian32(word + 4)) + sums[0];
    }
    return sums;
}

Sums storedSums(const uchar *bytes)
{
    return {bigEndian32(bytes), bigEndian32(bytes + 4)};
}

bool isPageSize(quint32 size)
{
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

// The log as mapped: its header and the frames that fit in the file.
class WalLog
{
public:
    WalLog(const uchar *data, qint64 size, quint32 databasePageSize) : m_data(data)
    {
        const quint32 magic = bigEndian32(data);
        m_bigEndianWords = (magic & 1) != 0;
        const quint32 ownPageSize = bigEndian32(data + 8);
        m_pageSize = isPageSize(ownPageSize) ? ownPageSize : databasePageSize;
        m_headerValid = (magic & ~1u) == Magic && bigEndian32(data + 4) == FormatVersion
            && ownPageSize == m_pageSize
            && checksum(data, HeaderSize - 8, {0, 0}, m_bigEndianWords) == storedSums(data + 24);
        m_frameCount = (size - HeaderSize) / (FrameHeaderSize + m_pageSize);
    }

    qint64 frameCount() const { return m_frameCount; }
    bool headerValid() const { return m_headerValid; }

    // Whether frame i belongs to this log (its salts) and its checksum continues from `seed`.
    bool frameValid(qint64 i, const Sums &seed) const
    {
        const uchar *frame = frameAt(i);
        if (bigEndian32(frame) == 0 || std::memcmp(frame + 8, m_data + 16, 8) != 0)
            return false;
        Sums sums = checksum(frame, 8, seed, m_bigEndianWords);
        sums = checksum(frame + FrameHeaderSize, m_pageSize, sums, m_bigEndianWords);
        return sums == storedSums(frame + 16);
    }
    bool isCommit(qint64 i) const { return bigEndian32(frameAt(i) + 4) != 0; }
    // The checksum the writer stored before frame i: the header's for the first frame.
    Sums seedAsWritten(qint64 i) const
    {
        return i == 0 ? storedSums(m_data + 24) : storedSums(frameAt(i - 1) + 16);
    }

private:
    const uchar *frameAt(qint64 i) const
    {
        return m_data + HeaderSize + i * (FrameHeaderSize + m_pageSize);
    }

    const uchar *m_data;
    quint32 m_pageSize = 0;
    bool m_bigEndianWords = false;
    bool m_headerValid = false;
    qint64 m_frameCount = 0;
};

// The first frame SQLite's recovery does not replay (frameCount() when it replays them all).
qint64 firstDroppedFrame(const WalLog &log)
{
    if (!log.headerValid())
        return 0;
    Sums sums = log.seedAsWritten(0);
    for (qint64 i = 0; i < log.frameCount(); ++i) {
        if (!log.frameValid(i, sums))
            return i;
        sums = log.seedAsWritten(i + 1);
    }
    return log.frameCount();
}

// A committed transaction among the dropped frames: a commit frame of this log whose checksum
// is right when continued from the checksum its writer stored before it. Frames of an older
// generation of the log (other salts) are leftovers, not losses.
qint64 droppedCommit(const WalLog &log, qint64 firstDropped)
{
    for (qint64 i = firstDropped; i < log.frameCount(); ++i) {
        if (log.isCommit(i) && log.frameValid(i, log.seedAsWritten(i)))
            return i;
    }
    return -1;
}
} // namespace

QString WalFileCheck::damage(const QString &walPath, quint32 pageSize)
{
    QFile file(walPath);
    if (file.size() < HeaderSize || !isPageSize(pageSize) || !file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    const uchar *data = file.map(0, size);
    if (!data)
        return {};
    // Another process may restart the log while this reads it (new salts, frames written over
    // from the start): a header that changed during the scan means the scan saw two logs.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QByteArray headerBefore(reinterpret_cast<const char *>(data), HeaderSize);
        const WalLog log(data, size, pageSize);
        const qint64 firstDropped = firstDroppedFrame(log);
        const qint64 lostCommit = droppedCommit(log, firstDropped);
        if (std::memcmp(headerBefore.constData(), data, HeaderSize) != 0)
            continue;
        if (lostCommit < 0)
            return {};
        const QString path = QDir::toNativeSeparators(walPath);
        if (!log.headerValid()) {
            return tr("the header of the write-ahead log %1 is damaged, so the transactions "
                      "committed in it would be lost")
                .arg(path);
        }
        return tr("frame %1 of %2 in the write-ahead log %3 is damaged, so the transactions "
                  "committed after it would be lost")
            .arg(firstDropped + 1)
            .arg(log.frameCount())
            .arg(path);
    }
    return {};
}

#include "SystemRandomSource.h"

#include <QMutexLocker>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <sys/random.h>
#endif

namespace {

// Qt's system generator, for platforms without getrandom() and as a fallback.
void fillFromQt(quint8 *data, size_t size)
{
    quint32 words[32];
    while (size > 0) {
        const size_t wordCount = qMin<size_t>(32, (size + 3) / 4);
        QRandomGenerator::system()->generate(words, words + wordCount);
        const size_t bytes = qMin(size, wordCount * 4);
        std::memcpy(data, words, bytes);
        data += bytes;
        size -= bytes;
    }
}

} // namespace

void SystemRandomSource::fill(quint8 *data, qsizetype size)
{
    QMutexLocker locker(&m_mutex);
    while (size > 0) {
        if (m_next == m_buffer.size())
            refill();
        const size_t bytes = qMin(size_t(size), m_buffer.size() - m_next);
        std::memcpy(data, m_buffer.data() + m_next, bytes);
        // Handed-out bytes are wiped, so the buffer never holds a value someone already uses.
        std::memset(m_buffer.data() + m_next, 0, bytes);
        m_next += bytes;
        data += bytes;
        size -= qsizetype(bytes);
    }
}

void SystemRandomSource::refill()
{
    size_t filled = 0;
#if defined(Q_OS_LINUX)
    while (filled < m_buffer.size()) {
        const ssize_t got = getrandom(m_buffer.data() + filled, m_buffer.size() - filled, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            break; // ENOSYS on an old kernel: fall back below
        }
        filled += size_t(got);
    }
#endif
    if (filled < m_buffer.size())
        fillFromQt(m_buffer.data() + filled, m_buffer.size() - filled);
    m_next = 0;
}

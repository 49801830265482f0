#include "ProgressLine.h"

#include <QByteArray>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {
bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}
} // namespace

ProgressLine::ProgressLine() : m_enabled(stderrIsTerminal()) { }

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::show(const QString &text)
{
    if (!m_enabled)
        return;
    // "\r" back to the line's start, ESC[K erases what a longer text left behind.
    const QByteArray line = "\r" + text.toUtf8() + "\x1b[K";
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
    m_dirty = true;
}

void ProgressLine::clear()
{
    if (!m_dirty)
        return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    m_dirty = false;
}

#include "CliInput.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// Turns terminal echo off for its lifetime (only when stdin is a terminal).
class EchoOff
{
public:
    explicit EchoOff(bool active)
    {
        if (!active)
            return;
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_changed = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        if (tcgetattr(STDIN_FILENO, &m_mode) == 0) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_changed = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_changed)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
        std::fputs("\n", stderr); // the Enter the user typed was not echoed either
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_changed = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

} // namespace

CliInput &CliInput::instance()
{
    static CliInput input;
    return input;
}

bool CliInput::isTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> CliInput::readLine(const QString &prompt, bool secret)
{
    if (m_ended)
        return std::nullopt;
    const bool terminal = isTerminal();
    if (terminal && !prompt.isEmpty()) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    const EchoOff echoOff(terminal && secret);
    // Plain stdio, byte by byte up to the line break: nothing is read ahead, so each call gets
    // exactly its own line of a pipe.
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (c == EOF)
        m_ended = true;
    if (!any)
        return std::nullopt;
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

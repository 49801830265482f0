#pragma once

#include <QString>

// One line of progress on stderr, rewritten in place ("\r"), for long work such as storing
// 200 App Secrets. Only when stderr is a terminal: a log file or a pipe gets no progress noise.
class ProgressLine
{
public:
    ProgressLine();
    ~ProgressLine(); // clears the line

    bool isShown() const { return m_enabled; }
    void show(const QString &text);
    void clear();

private:
    bool m_enabled = false;
    bool m_dirty = false;
};

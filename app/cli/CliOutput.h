#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

// UTF-8 stdout and stderr for otpctl, whatever the console's locale. JSON lines are flushed
// once per event-loop pass, so a CI job reading `otpctl sandbox` sees each event at once.
class CliOutput
{
public:
    static CliOutput &instance();

    void out(const QString &line);
    void err(const QString &line);
    void jsonLine(const QJsonObject &object); // one compact JSON object per line on stdout
    void rawLine(const QByteArray &line); // bytes of one line, newline included

private:
    CliOutput();
    QTextStream m_out;
    QTextStream m_err;
    bool m_flushPending = false;
};

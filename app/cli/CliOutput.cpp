#include "CliOutput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>

#include <cstdio>

CliOutput &CliOutput::instance()
{
    static CliOutput output;
    return output;
}

CliOutput::CliOutput() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void CliOutput::out(const QString &line)
{
    std::fflush(stdout); // JSON lines written before stay before
    m_out << line << Qt::endl;
}

void CliOutput::err(const QString &line)
{
    m_err << line << Qt::endl;
}

void CliOutput::jsonLine(const QJsonObject &object)
{
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    bytes += '\n';
    rawLine(bytes);
}

void CliOutput::rawLine(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    // Under load (a CI job hammering the sandbox) a flush per line costs a system call per
    // line; flushing once per event-loop pass keeps every line prompt without that cost.
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread()) {
        std::fflush(stdout);
        return;
    }
    if (m_flushPending)
        return;
    m_flushPending = true;
    QTimer::singleShot(0, app, [this] {
        m_flushPending = false;
        std::fflush(stdout);
    });
}

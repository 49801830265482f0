#include "CliOutput.h"

#include <QJsonDocument>

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
    m_out << line << Qt::endl;
}

void CliOutput::err(const QString &line)
{
    m_err << line << Qt::endl;
}

void CliOutput::jsonLine(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

#include "CsvText.h"

using namespace Qt::Literals::StringLiterals;

QString CsvText::field(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray CsvText::line(const QStringList &fields)
{
    return fields.join(u',').toUtf8() + "\r\n";
}

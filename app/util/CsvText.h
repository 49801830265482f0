#pragma once

#include <QString>
#include <QStringList>

// CSV as RFC 4180 writes it (spreadsheets read it): every text field quoted, quotes doubled,
// lines ended by CRLF.
class CsvText
{
public:
    static QString field(const QString &text);
    static QByteArray line(const QStringList &fields); // fields already quoted or numbers
};

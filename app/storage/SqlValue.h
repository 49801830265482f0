#pragma once

#include <QString>
#include <QUuid>

// How the repositories bind values: one spelling of an id and of text for every table.
namespace SqlValue {
// An id as the tables store it: 36 characters, no braces.
inline QString id(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Text for a NOT NULL column: a null QString would bind as SQL NULL, this binds ''.
inline QString text(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace SqlValue

#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

// A WHERE clause built from conditions with `?` placeholders, and the values they bind, in
// order: the repositories' filters, keyset positions and searches, without string-pasting a
// user's text into SQL.
class SqlWhere
{
public:
    void add(const QString &condition, const QVariantList &values = {});
    // One condition true when any of the alternatives is ("a OR b OR …").
    void addAnyOf(const QStringList &alternatives, const QVariantList &values);

    QString sql() const; // " WHERE a AND b", or empty without conditions
    const QVariantList &values() const { return m_values; }
    void bindTo(QSqlQuery &query) const; // adds the values in order

    // "%text%" for `LIKE ? ESCAPE '\'`, with the text's %, _ and \ taken literally.
    static QString containsPattern(const QString &text);
    // The texts a stored phone number (+66812345678) is searched for, with instr(): the text as
    // typed, and for a text that starts with 0 as lists show numbers (0812…), the same digits
    // after +66.
    static QStringList phoneTexts(const QString &text);
    // Whether every character of text is an ASCII digit / an ASCII letter: a search that is
    // neither cannot match a number column / a stored enum id, so its condition is left out.
    static bool isDigits(const QString &text);
    static bool isLetters(const QString &text);

private:
    QStringList m_conditions;
    QVariantList m_values;
};

#include "SqlWhere.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

void SqlWhere::add(const QString &condition, const QVariantList &values)
{
    m_conditions << condition;
    m_values << values;
}

void SqlWhere::addAnyOf(const QStringList &alternatives, const QVariantList &values)
{
    if (!alternatives.isEmpty())
        add(u"("_s + alternatives.join(u" OR "_s) + u')', values);
}

QString SqlWhere::sql() const
{
    return m_conditions.isEmpty() ? QString() : u" WHERE "_s + m_conditions.join(u" AND "_s);
}

void SqlWhere::bindTo(QSqlQuery &query) const
{
    for (const QVariant &value : m_values)
        query.addBindValue(value);
}

QString SqlWhere::containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

QStringList SqlWhere::phoneTexts(const QString &text)
{
    QStringList texts{text};
    if (text.startsWith(u'0'))
        texts << u"+66"_s + text.mid(1);
    return texts;
}

bool SqlWhere::isDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool SqlWhere::isLetters(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
}

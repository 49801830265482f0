#include "Msisdn.h"

using namespace Qt::Literals::StringLiterals;

std::optional<Msisdn> Msisdn::parse(const QString &text)
{
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (c == u' ' || c == u'-' || c == u'\t')
            continue;
        compact.append(c);
    }

    QStringView subscriber;
    if (compact.startsWith(u"+66"))
        subscriber = QStringView(compact).mid(3);
    else if (compact.startsWith(u"66"))
        subscriber = QStringView(compact).mid(2);
    else if (compact.startsWith(u'0'))
        subscriber = QStringView(compact).mid(1);
    else
        return std::nullopt;

    // Thai mobile numbers: 9 digits after the trunk 0 / country code, starting with 6, 8 or 9.
    if (subscriber.size() != 9)
        return std::nullopt;
    const QChar first = subscriber.front();
    if (first != u'6' && first != u'8' && first != u'9')
        return std::nullopt;
    for (const QChar c : subscriber) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return Msisdn(subscriber.toString());
}

ValidationIssues Msisdn::validate(const QString &text)
{
    if (parse(text))
        return {};
    const QString trimmed = text.trimmed();
    const QString message = trimmed.isEmpty()
        ? tr("Enter a Thai mobile number, for example 0812345678, 66812345678 or +66812345678.")
        : tr("\"%1\" is not a Thai mobile number. Use 0812345678, 66812345678 or +66812345678 "
             "(10 digits starting 06, 08 or 09; spaces and dashes are fine).")
              .arg(trimmed);
    return {
        {ValidationField::Msisdn, ValidationIssue::Severity::Error, u"msisdn.invalid"_s, message}};
}

QString Msisdn::international() const
{
    return u"+66"_s + m_subscriber;
}

QString Msisdn::domestic() const
{
    return u'0' + m_subscriber;
}

QString Msisdn::masked() const
{
    // 0812345678 -> 081***5678: enough to tell numbers apart in a list, no more.
    const QString d = domestic();
    return d.left(3) + u"***"_s + d.right(4);
}

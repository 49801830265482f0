// STUB: replaced by the real implementation
#include "MessageTemplate.h"
#include "OtpAppConfig.h"
QStringList MessageTemplate::placeholders()
{
    return {};
}
QList<MessageTemplate::Problem> MessageTemplate::problems(const QString &)
{
    return {};
}
QString MessageTemplate::render(const QString &t, const Values &)
{
    return t;
}
QString MessageTemplate::render(const OtpAppConfig &c, const QString &, const QString &)
{
    return c.messageTemplate;
}
QString MessageTemplate::defaultTemplate(Language)
{
    return QStringLiteral("Your {app} code is {otp} (Ref: {ref}). Valid for {minutes} minutes.");
}

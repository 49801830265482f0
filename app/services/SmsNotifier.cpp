#include "SmsNotifier.h"

#include "AppSettings.h"
#include "domain/Msisdn.h"

SmsNotifier::SmsNotifier(AppSettings &settings, std::function<bool()> windowInFront,
                         QObject *parent)
    : QObject(parent), m_settings(settings), m_windowInFront(std::move(windowInFront))
{ }

SmsNotification SmsNotifier::compose(const OtpMessage &message)
{
    const std::optional<Msisdn> msisdn = Msisdn::parse(message.msisdn);
    const QString number = msisdn ? msisdn->masked() : message.msisdn;
    SmsNotification notification;
    notification.messageId = message.id;
    notification.code = message.code;
    //: Desktop notification title: %1 the sandbox app's name
    notification.title = tr("%1: sandbox SMS").arg(message.appName);
    //: Desktop notification text: %1 the code, %2 the phone number with middle digits hidden,
    //: %3 the reference
    notification.text = tr("Code %1 for %2 (ref %3)").arg(message.code, number, message.refno);
    return notification;
}

void SmsNotifier::consider(const OtpMessage &message)
{
    if (!m_available || !m_settings.smsNotifications())
        return;
    if (m_windowInFront && m_windowInFront())
        return;
    emit notificationReady(compose(message));
}

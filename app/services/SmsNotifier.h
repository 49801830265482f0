#pragma once

#include "SmsNotification.h"
#include "domain/OtpMessage.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class AppSettings;

// Decides whether an SMS the sandbox delivered is announced on the desktop, and with what
// text: only while the user has notifications on, the platform can show them, and the window
// is not in front (the inbox is then on screen, or a click away). The face (the tray) only
// shows what notificationReady carries.
class SmsNotifier : public QObject
{
    Q_OBJECT

public:
    // windowInFront: whether the user is looking at the app right now.
    SmsNotifier(AppSettings &settings, std::function<bool()> windowInFront,
                QObject *parent = nullptr);

    // False where the platform has no tray (no notification is ever made).
    void setAvailable(bool available) { m_available = available; }
    bool isAvailable() const { return m_available; }

    // The notification of a stored message (id set), in the current language.
    static SmsNotification compose(const OtpMessage &message);

    // A stored message: announced if the rules above say so.
    void consider(const OtpMessage &message);

signals:
    void notificationReady(const SmsNotification &notification);

private:
    AppSettings &m_settings;
    std::function<bool()> m_windowInFront;
    bool m_available = true;
};

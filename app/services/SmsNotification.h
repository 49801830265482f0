#pragma once

#include <QMetaType>
#include <QString>

// A desktop notification for one SMS the sandbox delivered: which inbox row it is (for the
// click that opens it) and what it says, in the language current when it was made.
struct SmsNotification {
    qint64 messageId = 0; // the inbox table's id
    QString title;
    QString text;
    QString code;
};

Q_DECLARE_METATYPE(SmsNotification)

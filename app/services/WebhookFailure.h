#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// A webhook delivery given up for good (WebhookNotifier::failed): which URL, which message,
// after how many attempts, and why.
struct WebhookFailure {
    QUrl url;
    qint64 messageId = 0; // the sandbox's message id
    int attempts = 0; // 0: never sent (the queue was full)
    int httpStatus = 0; // of the last attempt; 0: no HTTP answer
    QString error; // translated
};

Q_DECLARE_METATYPE(WebhookFailure)

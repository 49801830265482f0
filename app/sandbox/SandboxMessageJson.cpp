#include "SandboxMessageJson.h"

#include "domain/OtpMessage.h"
#include "util/JsonLine.h"

QByteArray SandboxMessageJson::message(const OtpMessage &message)
{
    return JsonLine()
        .add("id", message.id)
        .add("app", message.appName)
        .add("appKey", message.appKey)
        .add("msisdn", message.msisdn)
        .add("text", message.text)
        .add("code", message.code)
        .add("refno", message.refno)
        .add("token", message.token)
        .add("state", enumId(message.state))
        .add("attempts", qint64(message.attempts))
        .add("createdAt", message.createdAt)
        .add("expiresAt", message.expiresAt)
        .finishObject();
}

QByteArray SandboxMessageJson::page(int total, int start, const QList<OtpMessage> &messages)
{
    QByteArray list;
    list.reserve(512 * messages.size() + 2);
    list.append('[');
    for (const OtpMessage &item : messages) {
        if (list.size() > 1)
            list.append(',');
        list.append(message(item));
    }
    list.append(']');
    return JsonLine()
        .add("total", qint64(total))
        .add("start", qint64(start))
        .addRaw("messages", list)
        .finishObject();
}

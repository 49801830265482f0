#pragma once

#include <QByteArray>
#include <QList>

struct OtpMessage;

// A delivered message as the control API and its webhook send it, keys in this order:
// {"id":1,"app":"Shop","appKey":"…","msisdn":"+66812345678","text":"…","code":"123456",
//  "refno":"AB12C","token":"…","state":"pending","attempts":0,
//  "createdAt":"2024-01-01T00:00:00.000Z","expiresAt":"2024-01-01T00:05:00.000Z"}
// Times are ISO-8601 UTC with milliseconds; the state is its stable id (enumId()).
class SandboxMessageJson
{
public:
    static QByteArray message(const OtpMessage &message);
    // {"total":T,"start":S,"messages":[…]}: one page of a listing.
    static QByteArray page(int total, int start, const QList<OtpMessage> &messages);
};

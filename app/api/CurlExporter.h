#pragma once

#include "ExchangeRecord.h"

#include <QString>

// "Copy as cURL" for a recorded request: a POSIX-shell command (bash, zsh; Git Bash on
// Windows) that sends the same method, URL, headers and body. toCurl() keeps the secret masked;
// putting the real one in is a separate, explicit call, so it cannot happen by default.
class CurlExporter
{
public:
    static QString toCurl(const ExchangeRecord &record);
    // The same command with the real App Secret where the record has ••••••••, encoded as the
    // body's format needs (percent-encoded in a form, escaped in JSON).
    static QString toCurlWithSecret(const ExchangeRecord &record, const QString &secret);

    // 'text', with ' written as '\'' : safe for any byte in a POSIX shell.
    static QString shellQuote(const QString &text);
};

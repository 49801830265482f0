#pragma once

#include "ExchangeRecord.h"

#include <QString>

// "Copy as cURL" for a recorded request: a command that sends the same method, URL, headers and
// body, for a POSIX shell (bash, zsh; Git Bash on Windows) or the Windows command prompt.
// toCurl() puts the shell's variable OTP_SECRET where the secret goes ("$OTP_SECRET",
// "%OTP_SECRET%"), so the pasted command runs after one `export OTP_SECRET=…` (`set` in cmd)
// and never carries the secret; putting the real one in is a separate, explicit call.
class CurlExporter
{
public:
    enum class Shell { Posix, WindowsCmd };
    // The shell of the system the app runs on: the command prompt on Windows.
    static Shell nativeShell();
    // How the command names the secret: $OTP_SECRET or %OTP_SECRET%.
    static QString secretVariable(Shell shell);

    // The variable stands in the body as it is: a secret that needs encoding in the body (not
    // the usual 32 hexadecimal characters) must be exported encoded.
    static QString toCurl(const ExchangeRecord &record, Shell shell = Shell::Posix);
    // The same command with the real App Secret where the record has ••••••••, encoded as the
    // body's format needs (percent-encoded in a form, escaped in JSON).
    static QString toCurlWithSecret(const ExchangeRecord &record, const QString &secret,
                                    Shell shell = Shell::Posix);

    // 'text', with ' written as '\'' : safe for any byte in a POSIX shell.
    static QString shellQuote(const QString &text);
    // "text", with " written as "" : one argument for cmd and the C runtime's parser.
    static QString cmdQuote(const QString &text);
};

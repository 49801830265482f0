#include "SecretResult.h"

SecretResult SecretResult::success(QString secret)
{
    SecretResult result;
    result.status = Status::Ok;
    result.secret = std::move(secret);
    return result;
}

SecretResult SecretResult::failure(Status status, const QString &detail)
{
    SecretResult result;
    result.status = status;
    switch (status) {
    case Status::Ok:
        result.status = Status::Failed; // a failure is never Ok
        result.message = tr("The system keychain reported an unknown problem. Try again.");
        break;
    case Status::NotFound:
        // On Linux a locked keyring answers a lookup with "nothing found", indistinguishable
        // from a missing entry, so the message names both causes.
        result.message = tr("No App Secret was found for this app in the system keychain. If "
                            "your keyring is locked, unlock it and try again; otherwise enter "
                            "the secret again in the app's settings.");
        break;
    case Status::Unavailable:
        result.message = tr("The system keychain cannot be reached, so the App Secret cannot be "
                            "kept safely. Log in to a desktop session with a keyring service "
                            "(GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential "
                            "Manager on Windows) and try again, or continue in session-only mode, "
                            "where secrets are forgotten when OTP Manager closes.");
        break;
    case Status::AccessDenied:
        result.message = tr("The system keychain refused access: it is locked, or access was "
                            "denied. Unlock your keyring (for example in “Passwords and Keys”), "
                            "allow OTP Manager to use it, and try again.");
        break;
    case Status::Timeout:
        result.message = tr("The system keychain did not answer in time. It may be locked and "
                            "waiting for a password, or no keyring service is running. Unlock or "
                            "start it, then try again.");
        break;
    case Status::Failed:
        result.message = tr("The system keychain could not complete the request. Try again; if "
                            "it keeps failing, restart the keyring service or your session.");
        break;
    }
    if (!detail.trimmed().isEmpty())
        result.message += u' ' + tr("(Keychain says: %1)").arg(detail.trimmed());
    return result;
}

SecretResult SecretResult::timeout(std::chrono::milliseconds limit)
{
    SecretResult result = failure(Status::Timeout);
    const int seconds = int((limit.count() + 999) / 1000);
    result.message = tr("The system keychain did not answer within %n second(s). It may be "
                        "locked and waiting for a password, or no keyring service is running. "
                        "Unlock or start it, then try again.",
                        nullptr, seconds);
    return result;
}

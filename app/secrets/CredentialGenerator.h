#pragma once

#include <QRandomGenerator>
#include <QString>

// Credentials for Sandbox apps, shaped like the vendor's: App Key = 16 digits (first not 0),
// App Secret = 32 lower-case hex characters (128 bits). From the system's CSPRNG by default.
class CredentialGenerator
{
public:
    static constexpr int AppKeyLength = 16;
    static constexpr int AppSecretLength = 32;

    struct Credentials {
        QString appKey;
        QString appSecret;
    };

    static QString appKey(QRandomGenerator *random = QRandomGenerator::system());
    static QString appSecret(QRandomGenerator *random = QRandomGenerator::system());
    static Credentials sandboxCredentials(QRandomGenerator *random = QRandomGenerator::system());
};

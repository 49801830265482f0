#include "CredentialGenerator.h"

#include <QByteArray>

#include <array>

QString CredentialGenerator::appKey(QRandomGenerator *random)
{
    QString key;
    key.reserve(AppKeyLength);
    key += QChar(u'1' + random->bounded(9)); // no leading zero: keys stay 16 digits as numbers
    while (key.size() < AppKeyLength)
        key += QChar(u'0' + random->bounded(10));
    return key;
}

QString CredentialGenerator::appSecret(QRandomGenerator *random)
{
    std::array<quint32, AppSecretLength / 8> words{};
    random->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()),
                           qsizetype(words.size() * sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex()); // lower-case
}

CredentialGenerator::Credentials CredentialGenerator::sandboxCredentials(QRandomGenerator *random)
{
    return Credentials{appKey(random), appSecret(random)};
}

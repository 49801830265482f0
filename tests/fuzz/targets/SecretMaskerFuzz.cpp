// The secret masker against the sandbox's parser, on the same input as sandbox_request (first
// line the Content-Type, the rest the body). The invariant: for any body the parser accepts,
// no secret value the parser read survives masking. Checked twice, as the history and the
// exports use the masker:
// - without the secret (a stored record): the masked body, read by the parser again, carries
//   no secret field with that value;
// - with the secret (the exchange record while the call runs): the masked body does not hold
//   its UTF-8 bytes anywhere, for secrets of SecretMasker::MinOccurrenceLength or more.
#include "FuzzTarget.h"
#include "api/SecretMasker.h"
#include "sandbox/SandboxRequestParser.h"

#include <QStringList>

namespace {

QStringList secretValues(const SandboxRequestParser::ParsedBody &parsed)
{
    QStringList secrets;
    for (auto it = parsed.fields.cbegin(); it != parsed.fields.cend(); ++it) {
        // A secret that is the mask, or empty, cannot be told from a masked one.
        if (SecretMasker::isSecretField(it.key()) && !it.value().isEmpty()
            && it.value() != SecretMasker::mask())
            secrets.append(it.value());
    }
    return secrets;
}

void checkReparsed(QByteArrayView contentType, const QByteArray &masked, const QString &secret)
{
    const SandboxRequestParser::ParsedBody again = SandboxRequestParser::parse(contentType, masked);
    for (auto it = again.fields.cbegin(); it != again.fields.cend(); ++it) {
        fuzzRequire(!SecretMasker::isSecretField(it.key()) || it.value() != secret,
                    "the masked body, parsed again, carries the secret in a secret field");
    }
}

} // namespace

void fuzzSecretMasker(QByteArrayView data)
{
    const FuzzSplit input = FuzzSplit::atFirstLine(data);
    const QByteArrayView contentType = input.firstLine;
    const QByteArray body = input.rest.toByteArray();

    // Whatever the parser says, masking must not crash.
    const QByteArray masked = SecretMasker::maskBody(body, contentType);
    const SandboxRequestParser::ParsedBody parsed = SandboxRequestParser::parse(contentType, body);
    if (!parsed.ok())
        return;
    for (const QString &secret : secretValues(parsed)) {
        checkReparsed(contentType, masked, secret);
        const QByteArray maskedKnowing = SecretMasker::maskBody(body, contentType, secret);
        checkReparsed(contentType, maskedKnowing, secret);
        // A secret made of bullets could reappear out of the masks themselves.
        if (secret.size() >= SecretMasker::MinOccurrenceLength && !secret.contains(QChar(0x2022))) {
            fuzzRequire(!maskedKnowing.contains(secret.toUtf8()),
                        "the secret's UTF-8 is left in a body masked knowing the secret");
        }
    }
}

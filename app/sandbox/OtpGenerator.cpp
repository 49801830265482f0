#include "OtpGenerator.h"

#include "RandomSource.h"

#include <QByteArray>

#include <array>

namespace {

// Hands out random bytes from one buffer, refilling only in the rare case rejection sampling
// used it all up.
class ByteStream
{
public:
    explicit ByteStream(RandomSource &random) : m_random(random) { refill(); }

    // A value uniform in [0, alphabetSize): bytes at or above the largest multiple of the
    // alphabet size are thrown away, so no symbol is more likely than another.
    int symbol(int alphabetSize)
    {
        const int limit = 256 - 256 % alphabetSize;
        for (;;) {
            if (m_next == m_bytes.size())
                refill();
            const int value = m_bytes[m_next++];
            if (value < limit)
                return value % alphabetSize;
        }
    }

    void take(quint8 *out, size_t count)
    {
        for (size_t i = 0; i < count; ++i) {
            if (m_next == m_bytes.size())
                refill();
            out[i] = m_bytes[m_next++];
        }
    }

private:
    void refill()
    {
        m_random.fill(m_bytes.data(), qsizetype(m_bytes.size()));
        m_next = 0;
    }

    RandomSource &m_random;
    std::array<quint8, 64> m_bytes{};
    size_t m_next = 0;
};

constexpr char RefnoAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

} // namespace

GeneratedOtp OtpGenerator::generate(RandomSource &random, int digits)
{
    ByteStream stream(random);
    GeneratedOtp otp;

    // 24 bytes are exactly 32 base64url characters: 192 bits, no padding, no bias.
    std::array<quint8, TokenLength / 4 * 3> tokenBytes{};
    stream.take(tokenBytes.data(), tokenBytes.size());
    otp.token = QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(tokenBytes.data()),
                                qsizetype(tokenBytes.size()))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    otp.code.resize(digits);
    for (int i = 0; i < digits; ++i)
        otp.code[i] = QChar(char16_t(u'0' + stream.symbol(10)));

    otp.refno.resize(RefnoLength);
    for (int i = 0; i < RefnoLength; ++i)
        otp.refno[i] = QChar::fromLatin1(RefnoAlphabet[stream.symbol(36)]);
    return otp;
}

bool OtpGenerator::isTokenShaped(QStringView text)
{
    if (text.size() != TokenLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

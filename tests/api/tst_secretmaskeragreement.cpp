// The secret masker and the sandbox's request parser must agree: every body the server would
// take a secret from, the masker must hide the secret in (history, cURL, HAR keep the masked
// text). Each row is a body shape the parser accepts, built around a random secret; the
// masker is given the body without the secret (as the exports are), so only its reading of the
// body can find the field.
//
// Rows marked "(leaked before)" slipped past the masker when it had its own header and
// multipart reading.
//
// The secret is random on every run; OTP_TEST_SEED=<n> repeats a run (the seed is printed).
#include "api/SecretMasker.h"
#include "sandbox/SandboxRequestParser.h"
#include "util/JsonText.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Key = "1234567890123456";
const QByteArray Msisdn = "0812345678";
const QByteArray Form = "application/x-www-form-urlencoded";
const QByteArray Json = "application/json";
const QByteArray Multipart = "multipart/form-data; boundary=XyZ";

// How a row writes the secret's value into its body.
using Encoder = std::function<QByteArray(const QString &)>;

QByteArray percent(const QString &secret)
{
    return QUrl::toPercentEncoding(secret);
}

QByteArray formEncoded(const QString &secret)
{
    QByteArray encoded = QUrl::toPercentEncoding(secret, " ");
    return encoded.replace(' ', '+');
}

QByteArray everyByteEscaped(const QString &secret, bool upper)
{
    QByteArray out;
    for (const char c : secret.toUtf8()) {
        const QByteArray hex = QByteArray(1, c).toHex();
        out += '%' + (upper ? hex.toUpper() : hex);
    }
    return out;
}

// Only what the form syntax needs: '%', '&' and '+'; '=', spaces and UTF-8 stay raw.
QByteArray minimallyEscaped(const QString &secret)
{
    QByteArray out;
    for (const char c : secret.toUtf8()) {
        if (c == '%' || c == '&' || c == '+')
            out += '%' + QByteArray(1, c).toHex().toUpper();
        else
            out += c;
    }
    return out;
}

QByteArray jsonEscaped(const QString &secret)
{
    return JsonText::escaped(secret);
}

QByteArray everyUnitEscaped(const QString &secret, bool upper)
{
    QByteArray out;
    for (const QChar c : secret) {
        const QByteArray hex = QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        out += "\\u" + (upper ? hex.toUpper() : hex);
    }
    return out;
}

QByteArray raw(const QString &secret)
{
    return secret.toUtf8();
}

// Every encoding the secret could appear in.
QList<QByteArray> encodings(const QString &secret)
{
    return {raw(secret), percent(secret), formEncoded(secret), jsonEscaped(secret)};
}

// A multipart body from (Content-Disposition value, content) pairs.
QByteArray multipartBody(const QList<std::pair<QByteArray, QByteArray>> &parts,
                         const QByteArray &boundary = "XyZ", const QByteArray &eol = "\r\n")
{
    QByteArray body;
    for (const auto &[disposition, content] : parts) {
        body += "--" + boundary + eol + "Content-Disposition: " + disposition + eol + eol + content
            + eol;
    }
    return body + "--" + boundary + "--" + eol;
}

QString randomSecret(QRandomGenerator &random)
{
    // Letters and digits, and in every secret the characters each encoding must escape.
    const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    QString secret;
    for (int i = 0; i < 20; ++i)
        secret += alphabet.at(random.bounded(int(alphabet.size())));
    for (const QChar special : u" +/=&%\"\\;:ก"_s)
        secret.insert(random.bounded(int(secret.size()) + 1), special);
    return secret;
}

QString randomDigits(QRandomGenerator &random)
{
    QString digits = QString::number(random.bounded(1, 10));
    for (int i = 0; i < 14; ++i) // 15 digits: below 2^53, exact in a double
        digits += QString::number(random.bounded(10));
    return digits;
}

} // namespace

class TestSecretMaskerAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyAcceptedShapeIsMasked_data();
    void everyAcceptedShapeIsMasked();

private:
    void addRow(const char *name, const QByteArray &contentType, const QString &secret,
                const Encoder &encode, const std::function<QByteArray(const QByteArray &)> &body);
    void addFormRows();
    void addJsonRows();
    void addJsonNumberRows();
    void addMultipartRows();
    void addContentTypeRows();
    void addByteOrderMarkRows();

    QString m_secret;
    QString m_digits;
};

void TestSecretMaskerAgreement::initTestCase()
{
    bool seeded = false;
    quint32 seed = qEnvironmentVariable("OTP_TEST_SEED").toUInt(&seeded);
    if (!seeded)
        seed = QRandomGenerator::global()->generate();
    qInfo("OTP_TEST_SEED=%u", seed);
    QRandomGenerator random(seed);
    m_secret = randomSecret(random);
    m_digits = randomDigits(random);
}

void TestSecretMaskerAgreement::addRow(const char *name, const QByteArray &contentType,
                                       const QString &secret, const Encoder &encode,
                                       const std::function<QByteArray(const QByteArray &)> &body)
{
    const QByteArray written = encode(secret);
    QTest::newRow(name) << contentType << body(written) << secret << written;
}

void TestSecretMaskerAgreement::addFormRows()
{
    const QString s = m_secret;
    const auto inOrder = [](const QByteArray &v) -> QByteArray {
        return "key=" + Key + "&secret=" + v + "&msisdn=" + Msisdn;
    };
    addRow("form, client order", Form, s, percent, inOrder);
    addRow("form, secret first", Form, s, percent,
           [](const QByteArray &v) -> QByteArray { return "secret=" + v + "&key=" + Key; });
    addRow("form, secret last", Form, s, percent, [](const QByteArray &v) -> QByteArray {
        return "key=" + Key + "&msisdn=" + Msisdn + "&secret=" + v;
    });
    addRow("form, '+' for spaces", Form, s, formEncoded, inOrder);
    addRow(
        "form, every byte %xx", Form, s,
        [](const QString &x) -> QByteArray { return everyByteEscaped(x, false); }, inOrder);
    addRow(
        "form, every byte %XX", Form, s,
        [](const QString &x) -> QByteArray { return everyByteEscaped(x, true); }, inOrder);
    addRow("form, only '%', '&', '+' escaped", Form, s, minimallyEscaped, inOrder);
    addRow("form, name s%65cret", Form, s, percent,
           [](const QByteArray &v) -> QByteArray { return "key=" + Key + "&s%65cret=" + v; });
    addRow("form, name all escaped", Form, s, percent, [](const QByteArray &v) -> QByteArray {
        return "%73%65%63%72%65%74=" + v + "&key=" + Key;
    });
    addRow("form, name secre%74", Form, s, percent,
           [](const QByteArray &v) -> QByteArray { return "secre%74=" + v; });
    addRow("form, repeated: decoy first", Form, s, percent, [](const QByteArray &v) -> QByteArray {
        return "secret=decoy&key=" + Key + "&secret=" + v;
    });
    addRow("form, empty pairs", Form, s, percent, [](const QByteArray &v) -> QByteArray {
        return "&&secret=" + v + "&&key=" + Key + '&';
    });
    addRow("form, 'secret=' inside another value", Form, s, percent,
           [](const QByteArray &v) -> QByteArray { return "note=secret%3Dx&secret=" + v; });
    addRow("form, no Content-Type", QByteArray(), s, percent, inOrder);
}

void TestSecretMaskerAgreement::addJsonRows()
{
    const QString s = m_secret;
    const auto inOrder = [](const QByteArray &v) -> QByteArray {
        return R"({"key":")" + Key + R"(","secret":")" + v + R"(","msisdn":")" + Msisdn + "\"}";
    };
    const auto named = [](const QByteArray &name) {
        return [name](const QByteArray &v) -> QByteArray {
            return "{\"" + name + "\":\"" + v + "\"}";
        };
    };
    addRow("json, client order", Json, s, jsonEscaped, inOrder);
    addRow("json, spaces, tabs and CRLF", Json, s, jsonEscaped,
           [](const QByteArray &v) -> QByteArray {
               return "{\r\n\t\"key\" : \"" + Key + "\" ,\r\n\t\"secret\"\t:\r\n \"" + v
                   + "\"\r\n}\r\n";
           });
    addRow("json, name secr\\u0065t", Json, s, jsonEscaped, named(R"(secr\u0065t)"));
    addRow("json, name all escaped", Json, s, jsonEscaped,
           named(R"(\u0073\u0065\u0063\u0072\u0065\u0074)"));
    addRow("json, name secre\\u0074", Json, s, jsonEscaped, named(R"(secre\u0074)"));
    // Qt's parser takes an unknown escape as the character itself.
    addRow("json, name secr\\et", Json, s, jsonEscaped, named(R"(secr\et)"));
    addRow(
        "json, every unit \\uxxxx", Json, s,
        [](const QString &x) -> QByteArray { return everyUnitEscaped(x, false); }, inOrder);
    addRow(
        "json, every unit \\uXXXX", Json, s,
        [](const QString &x) -> QByteArray { return everyUnitEscaped(x, true); }, inOrder);
    addRow(
        "json, '/' as \\/", Json, s,
        [](const QString &x) -> QByteArray { return jsonEscaped(x).replace("/", "\\/"); }, inOrder);
    addRow("json, repeated: decoy first", Json, s, jsonEscaped,
           [](const QByteArray &v) -> QByteArray {
               return R"({"secret":"decoy","secret":")" + v + "\"}";
           });
    addRow("json, nested decoy", Json, s, jsonEscaped, [](const QByteArray &v) -> QByteArray {
        return R"({"x":{"secret":"decoy"},"list":["secret"],"secret":")" + v + "\"}";
    });
    addRow("json, byte order mark", Json, s, jsonEscaped,
           [&inOrder](const QByteArray &v) -> QByteArray { return "\xef\xbb\xbf" + inOrder(v); });
    addRow("json, charset parameter", "application/json; charset=\"utf-8\"", s, jsonEscaped,
           inOrder);
    addRow("json, vendor type", "application/vnd.thaibulksms+json", s, jsonEscaped, inOrder);
    addRow("json, no Content-Type", QByteArray(), s, jsonEscaped,
           [&inOrder](const QByteArray &v) -> QByteArray { return " \t" + inOrder(v); });
}

// The parser takes integral numbers as their digits: a secret of digits may come as a number.
void TestSecretMaskerAgreement::addJsonNumberRows()
{
    const QString d = m_digits;
    const auto number = [](const QByteArray &v) -> QByteArray {
        return R"({"key":")" + Key + R"(","secret":)" + v + R"(,"msisdn":")" + Msisdn + "\"}";
    };
    addRow("json number", Json, d, raw, number);
    addRow("json number, negative", Json, u"-"_s + d, raw, number);
    addRow(
        "json number, exponent", Json, d,
        [](const QString &x) -> QByteArray {
            return (x.left(1) + u"."_s + x.mid(1) + u"e14"_s).toUtf8();
        },
        number);
    addRow(
        "json number, E-1", Json, d,
        [](const QString &x) -> QByteArray { return (x + u"0E-1"_s).toUtf8(); }, number);
    addRow(
        "json number, .0", Json, d,
        [](const QString &x) -> QByteArray { return (x + u".0"_s).toUtf8(); }, number);
    addRow("json number, spaces", Json, d, raw,
           [](const QByteArray &v) -> QByteArray { return "{ \"secret\" :\n" + v + "\n}"; });
}

void TestSecretMaskerAgreement::addMultipartRows()
{
    const QString s = m_secret;
    const auto onePart = [](const QByteArray &disposition, const QByteArray &eol = "\r\n") {
        return [disposition, eol](const QByteArray &v) -> QByteArray {
            return multipartBody({{"form-data; name=\"key\"", Key}, {disposition, v}}, "XyZ", eol);
        };
    };
    addRow("multipart, PHP cURL", Multipart, s, raw, onePart("form-data; name=\"secret\""));
    addRow("multipart, unquoted name", Multipart, s, raw, onePart("form-data; name=secret"));
    addRow("multipart, bare LF", Multipart, s, raw, onePart("form-data; name=\"secret\"", "\n"));
    addRow("multipart, headers in LF, empty line in CRLF (leaked before)", Multipart, s, raw,
           [](const QByteArray &v) -> QByteArray {
               return "--XyZ\nContent-Disposition: form-data; name=secret\n\r\n" + v
                   + "\r\n--XyZ--\r\n";
           });
    addRow("multipart, header in capitals", Multipart, s, raw,
           [](const QByteArray &v) -> QByteArray {
               return "--XyZ\r\nCONTENT-DISPOSITION: FORM-DATA; NAME=\"secret\"\r\n\r\n" + v
                   + "\r\n--XyZ--";
           });
    addRow("multipart, header in lower case", Multipart, s, raw,
           [](const QByteArray &v) -> QByteArray {
               return "--XyZ\r\ncontent-disposition: form-data; name=secret\r\n\r\n" + v
                   + "\r\n--XyZ--";
           });
    addRow("multipart, name with backslash escapes (leaked before)", Multipart, s, raw,
           onePart(R"(form-data; name="s\ecr\et")"));
    addRow("multipart, quoted ';' before the name (leaked before)", Multipart, s, raw,
           onePart(R"(form-data; filename="a; name=x"; name="secret")"));
    addRow("multipart, parameter without '=' before the name", Multipart, s, raw,
           onePart("form-data; x; name=secret"));
    addRow("multipart, filename and Content-Type", Multipart, s, raw,
           [](const QByteArray &v) -> QByteArray {
               return "--XyZ\r\nContent-Type: text/plain\r\nContent-Disposition: form-data; "
                      "name=\"secret\"; filename=\"s.txt\"\r\n\r\n"
                   + v + "\r\n--XyZ--\r\n";
           });
    addRow("multipart, preamble, padding, epilogue", Multipart, s, raw,
           [](const QByteArray &v) -> QByteArray {
               return "preamble\r\n--XyZ \t\r\nContent-Disposition: form-data; name=secret\r\n\r\n"
                   + v + "\r\n--XyZ--\r\nepilogue";
           });
    addRow("multipart, repeated: decoy first", Multipart, s, raw,
           [](const QByteArray &v) -> QByteArray {
               return multipartBody(
                   {{"form-data; name=secret", "decoy"}, {"form-data; name=secret", v}});
           });
}

void TestSecretMaskerAgreement::addContentTypeRows()
{
    const QString s = m_secret;
    const auto withBoundary = [](const QByteArray &boundary) {
        return [boundary](const QByteArray &v) -> QByteArray {
            return multipartBody({{"form-data; name=\"secret\"", v}}, boundary);
        };
    };
    addRow("boundary quoted", "multipart/form-data; boundary=\"XyZ\"", s, raw, withBoundary("XyZ"));
    addRow("boundary quoted with ';' (leaked before)", "multipart/form-data; boundary=\"a;b\"", s,
           raw, withBoundary("a;b"));
    addRow("boundary with a quoted-pair (leaked before)", R"(multipart/form-data; boundary="x\yz")",
           s, raw, withBoundary("xyz"));
    addRow("boundary= inside an earlier quoted parameter (leaked before)",
           R"(multipart/form-data; charset="; boundary=evil"; boundary=XyZ)", s, raw,
           withBoundary("XyZ"));
    addRow("parameter name in capitals, spaces around '='", "Multipart/Form-Data ; BOUNDARY = XyZ",
           s, raw, withBoundary("XyZ"));
    addRow("PHP's boundary", "multipart/form-data; boundary=------------------------0b6e1a8a4f2f",
           s, raw, withBoundary("------------------------0b6e1a8a4f2f"));
}

// A secret that starts with U+FEFF is taken with it, in every format (Qt's UTF-8 and JSON
// decoding alone drop it): the masker must still find it.
void TestSecretMaskerAgreement::addByteOrderMarkRows()
{
    const QString s = QChar(0xFEFF) + m_secret;
    const auto form
        = [](const QByteArray &v) -> QByteArray { return "key=" + Key + "&secret=" + v; };
    const auto json = [](const QByteArray &v) -> QByteArray {
        return R"({"key":")" + Key + R"(","secret":")" + v + "\"}";
    };
    addRow("BOM, form %EF%BB%BF", Form, s, percent, form);
    addRow("BOM, form raw bytes", Form, s, minimallyEscaped, form);
    addRow("BOM, json raw bytes", Json, s, jsonEscaped, json);
    addRow(
        "BOM, json \\ufeff", Json, s,
        [](const QString &x) -> QByteArray { return everyUnitEscaped(x, false); }, json);
    addRow("BOM, multipart", Multipart, s, raw, [](const QByteArray &v) -> QByteArray {
        return multipartBody({{"form-data; name=\"key\"", Key}, {"form-data; name=secret", v}});
    });
}

void TestSecretMaskerAgreement::everyAcceptedShapeIsMasked_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("written"); // the secret as this body writes it
    addFormRows();
    addJsonRows();
    addJsonNumberRows();
    addMultipartRows();
    addContentTypeRows();
    addByteOrderMarkRows();
}

void TestSecretMaskerAgreement::everyAcceptedShapeIsMasked()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, secret);
    QFETCH(QByteArray, written);

    // The server would take the secret from this body.
    const SandboxRequestParser::ParsedBody parsed = SandboxRequestParser::parse(contentType, body);
    QVERIFY2(parsed.ok(), body.constData());
    QCOMPARE(parsed.fields.value(u"secret"_s), secret);
    QVERIFY(body.contains(written));

    // The masker hides it, finding the field by itself (exports) or knowing the secret (client).
    const QList<QByteArray> forms = encodings(secret) << written;
    for (const QString &known : {QString(), secret}) {
        const QByteArray masked = SecretMasker::maskBody(body, contentType, known);
        for (const QByteArray &encoded : forms)
            QVERIFY2(!masked.contains(encoded), masked.constData());
    }

    // And the masked body is still the same kind of body, its secret field the mask.
    const QByteArray masked = SecretMasker::maskBody(body, contentType);
    const SandboxRequestParser::ParsedBody reparsed
        = SandboxRequestParser::parse(contentType, masked);
    QVERIFY2(reparsed.ok(), masked.constData());
    QCOMPARE(reparsed.fields.value(u"secret"_s), SecretMasker::mask());
}

QTEST_GUILESS_MAIN(TestSecretMaskerAgreement)
#include "tst_secretmaskeragreement.moc"

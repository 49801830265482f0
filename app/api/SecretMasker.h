#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

// Hides the App Secret in what the exchange record keeps: the "secret" field of a form, JSON
// or multipart body becomes ••••••••, and (when the secret is known) every occurrence of the
// secret in any of its encodings, wherever it appears (a server echoing the request, a URL).
// Form and multipart bodies and the Content-Type are read by the code the sandbox server reads
// them with (app/util: FormEncoding, MultipartReader, HeaderValue), JSON names decoded by Qt's
// JSON parser like the server's: every secret field the server accepts is found here.
class SecretMasker
{
public:
    // What stands in for the secret: eight U+2022 bullets.
    static QString mask();
    static QByteArray maskUtf8();

    // The field names that carry a secret ("secret", any case).
    static bool isSecretField(QStringView name);

    // By the media type of contentType: form, JSON or multipart; anything else gets both the
    // JSON and the form treatment. Then maskOccurrences(secret).
    static QByteArray maskBody(const QByteArray &body, QByteArrayView contentType,
                               const QString &secret = {});

    // secret=••••••••, whatever the position and however the name is escaped.
    static QByteArray maskForm(const QByteArray &body);
    // "secret": "••••••••" at any depth, the rest of the text byte for byte as it was (no
    // re-serialising). A value that is not a string becomes the string "••••••••".
    static QByteArray maskJson(const QByteArray &body);
    // The content of every part named "secret".
    static QByteArray maskMultipart(const QByteArray &body, QByteArrayView boundary);

    // Every occurrence of the secret as raw UTF-8, percent-encoded, form-encoded and
    // JSON-escaped. Secrets shorter than MinOccurrenceLength are left to the field rules: masking
    // every "a" of a text would destroy it and protect nothing.
    static constexpr qsizetype MinOccurrenceLength = 4;
    static QByteArray maskOccurrences(const QByteArray &data, const QString &secret);
    static QString maskOccurrences(const QString &text, const QString &secret);
};

#pragma once

#include <QByteArray>
#include <QString>

class QDateTime;

// One compact JSON object written field by field, in the order given ("event" first), for
// otpctl's event stream and the sandbox's control API. Under a load test the sandbox prints two
// lines a request; building them directly costs a fraction of a QJsonObject round trip, and the
// keys stay in the documented order (QJsonObject sorts them).
class JsonLine
{
public:
    JsonLine();

    JsonLine &add(const char *key, const QString &value);
    JsonLine &add(const char *key, qint64 value);
    JsonLine &add(const char *key, double value, int decimals);
    // As QDateTime::toString(Qt::ISODateWithMs) writes it ("...T09:15:00.000Z" in UTC).
    JsonLine &add(const char *key, const QDateTime &value);
    JsonLine &addBool(const char *key, bool value);
    JsonLine &addNull(const char *key);
    // json must already be one JSON value (an object or array written elsewhere).
    JsonLine &addRaw(const char *key, const QByteArray &json);

    // The object and a trailing newline.
    QByteArray finish();
    // The object alone, for a body or a value inside another object.
    QByteArray finishObject();

private:
    void key(const char *name);
    QByteArray m_bytes;
};

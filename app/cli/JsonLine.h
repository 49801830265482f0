#pragma once

#include <QByteArray>
#include <QString>

class QDateTime;

// One compact JSON object written field by field, in the order given ("event" first), for
// otpctl's event stream. Under a load test the sandbox prints two lines a request; building
// them directly costs a fraction of a QJsonObject round trip.
class JsonLine
{
public:
    JsonLine();

    JsonLine &add(const char *key, const QString &value);
    JsonLine &add(const char *key, qint64 value);
    JsonLine &add(const char *key, double value, int decimals);
    // As QDateTime::toString(Qt::ISODateWithMs) writes it ("...T09:15:00.000Z" in UTC).
    JsonLine &add(const char *key, const QDateTime &value);

    // The object and a trailing newline.
    QByteArray finish();

private:
    void key(const char *name);
    QByteArray m_bytes;
};

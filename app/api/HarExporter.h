#pragma once

#include "ExchangeRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) of one or many exchange records,
// for browsers' and proxies' viewers. The secret stays masked. Timings: Qt reports no DNS phase
// (dns is -1) and nothing before a reused connection (blocked and connect are -1 then); the
// parts always add up to the entry's time.
class HarExporter
{
public:
    static QJsonObject toHar(const QList<ExchangeRecord> &records);
    static QByteArray toDocument(const QList<ExchangeRecord> &records); // indented UTF-8 JSON
    static QJsonObject entry(const ExchangeRecord &record);
};

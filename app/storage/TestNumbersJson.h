#pragma once

#include "domain/TestNumber.h"
#include "domain/ValidationIssue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

class QJsonValue;

// A sandbox app's test numbers as JSON, the same in the apps file ("testNumbers") and in the
// apps table's test_numbers column: [{"msisdn":"+66800000001","code":"123456"},
// {"msisdn":"+66800000002","fail":"ERROR_IP_NOT_ALLOWED"}].
class TestNumbersJson
{
    Q_DECLARE_TR_FUNCTIONS(TestNumbersJson)

public:
    struct Read {
        QList<TestNumber> numbers; // not validated yet (OtpAppValidator does that)
        ValidationIssues issues; // values of the wrong type, each naming its row
    };

    static QJsonArray write(const QList<TestNumber> &numbers);
    // Lenient like the rest of the apps file: missing or null is no numbers, a code or a
    // status code may be a JSON number.
    static Read read(const QJsonValue &value);
};

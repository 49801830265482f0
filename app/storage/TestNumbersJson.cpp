#include "TestNumbersJson.h"

#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

ValidationIssue wrongType(const QString &message)
{
    return {ValidationField::TestNumbers, ValidationIssue::Severity::Error, u"import.wrongType"_s,
            message};
}

// Text, or an integral JSON number as its digits ("code":123456, "fail":116).
std::optional<QString> textOrDigits(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isString())
        return value.toString();
    const double number = value.toDouble(-1);
    if (value.isDouble() && number >= 0 && number < 1e15 && std::floor(number) == number)
        return QString::number(qint64(number));
    return std::nullopt;
}

} // namespace

QJsonArray TestNumbersJson::write(const QList<TestNumber> &numbers)
{
    QJsonArray array;
    for (const TestNumber &number : numbers) {
        QJsonObject object{{u"msisdn"_s, number.msisdn}};
        if (!number.code.isEmpty())
            object.insert(u"code"_s, number.code);
        if (!number.fail.isEmpty())
            object.insert(u"fail"_s, number.fail);
        array.append(object);
    }
    return array;
}

TestNumbersJson::Read TestNumbersJson::read(const QJsonValue &value)
{
    Read result;
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isArray()) {
        result.issues << wrongType(tr("“testNumbers” must be a list of objects such as "
                                      "{\"msisdn\":\"0800000001\",\"code\":\"123456\"}. Correct "
                                      "it in the file and import again."));
        return result;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const std::optional<QString> msisdn = textOrDigits(object.value(u"msisdn"_s));
        const std::optional<QString> code = textOrDigits(object.value(u"code"_s));
        const std::optional<QString> fail = textOrDigits(object.value(u"fail"_s));
        if (!array.at(i).isObject() || !msisdn || !code || !fail) {
            //: %1 is the row of the test numbers list, from 1.
            result.issues << wrongType(tr("Test number %1 must be an object with text for "
                                          "“msisdn” and “code” or “fail”. Correct it in the "
                                          "file and import again.")
                                           .arg(i + 1));
        }
        // Kept in its place, so the validator's messages name the rows as the file has them.
        result.numbers << TestNumber{msisdn.value_or(QString()), code.value_or(QString()),
                                     fail.value_or(QString())};
    }
    return result;
}

#include "SandboxFaultsJson.h"

#include "api/ErrorCatalog.h"
#include "api/ErrorLookup.h"
#include "util/JsonLine.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

using Faults = Result<SandboxFaults>;

// The catalog row a text names, as otpctl's --fail reads it (a whole body is not a name).
std::optional<int> rowNamedBy(const QString &text)
{
    const ErrorLookup::Match found = ErrorLookup::find(text);
    if (!found.entry || found.kind == ErrorLookup::InputKind::Body)
        return std::nullopt;
    return found.entry->row;
}

// A whole number from min to max, or nullopt.
std::optional<int> wholeNumber(const QJsonValue &value, int min, int max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || number < min || number > max)
        return std::nullopt;
    return int(number);
}

Result<void> readLatency(const QJsonObject &object, SandboxFaults *faults)
{
    const int max = SandboxFaults::MaxLatencyMs;
    for (const auto &[name, target] : {std::pair{u"latencyMs"_s, &faults->latencyMs},
                                       std::pair{u"jitterMs"_s, &faults->jitterMs}}) {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            continue;
        const std::optional<int> ms = wholeNumber(value, 0, max);
        if (!ms) {
            return Result<void>::failure(
                SandboxFaultsJson::tr("\"%1\" needs milliseconds from 0 to %2.")
                    .arg(name)
                    .arg(max));
        }
        *target = *ms;
    }
    return Result<void>::success();
}

Result<void> readScope(const QJsonObject &object, SandboxFaults *faults)
{
    const QJsonValue rate = object.value(u"rate"_s);
    const QJsonValue next = object.value(u"next"_s);
    const bool hasRate = !rate.isUndefined() && !rate.isNull();
    const bool hasNext = !next.isUndefined() && !next.isNull();
    if ((hasRate || hasNext) && faults->action == SandboxFaults::Action::None)
        return Result<void>::failure(
            SandboxFaultsJson::tr("\"rate\" and \"next\" go with \"fail\"."));
    if (hasRate && hasNext)
        return Result<void>::failure(SandboxFaultsJson::tr("Set \"rate\" or \"next\", not both."));
    if (hasRate) {
        if (!rate.isDouble() || rate.toDouble() < 0 || rate.toDouble() > 1)
            return Result<void>::failure(
                SandboxFaultsJson::tr("\"rate\" needs a number from 0 to 1."));
        faults->scope = SandboxFaults::Scope::Fraction;
        faults->fraction = rate.toDouble();
    } else if (hasNext) {
        const std::optional<int> count = wholeNumber(next, 1, 1000000000);
        if (!count)
            return Result<void>::failure(
                SandboxFaultsJson::tr("\"next\" needs a positive number."));
        faults->scope = SandboxFaults::Scope::NextRequests;
        faults->count = *count;
    }
    return Result<void>::success();
}

} // namespace

bool SandboxFaultsJson::readFail(const QString &text, SandboxFaults *faults)
{
    if (enumFromId<SandboxFaults::Action>(text) == SandboxFaults::Action::Drop) {
        faults->action = SandboxFaults::Action::Drop;
        return true;
    }
    const std::optional<int> row = rowNamedBy(text);
    if (!row)
        return false;
    faults->action = SandboxFaults::Action::Error;
    faults->errorRow = *row;
    return true;
}

QString SandboxFaultsJson::failText(const SandboxFaults &faults)
{
    if (faults.action == SandboxFaults::Action::Drop)
        return enumId(SandboxFaults::Action::Drop);
    if (faults.action != SandboxFaults::Action::Error)
        return {};
    const std::optional<ErrorEntry> entry = ErrorCatalog::byRow(faults.errorRow);
    if (!entry)
        return {};
    // The first of these that names this row and no other: rows can share a code or a text.
    for (const QString &candidate :
         {entry->name, QString::number(entry->statusCode), entry->descriptionEn}) {
        if (candidate != u"-" && rowNamedBy(candidate) == entry->row)
            return candidate;
    }
    return entry->descriptionEn; // row 63 shares row 1's text: no text names it alone
}

QByteArray SandboxFaultsJson::write(const SandboxFaults &faults)
{
    JsonLine json;
    json.add("latencyMs", qint64(faults.latencyMs)).add("jitterMs", qint64(faults.jitterMs));
    const QString fail = failText(faults);
    if (fail.isEmpty())
        json.addNull("fail");
    else
        json.add("fail", fail);
    const bool acting = faults.action != SandboxFaults::Action::None;
    if (acting && faults.scope == SandboxFaults::Scope::Fraction)
        json.add("rate", faults.fraction, 6);
    else
        json.addNull("rate");
    if (acting && faults.scope == SandboxFaults::Scope::NextRequests)
        json.add("next", qint64(faults.count));
    else
        json.addNull("next");
    return json.finishObject();
}

Result<SandboxFaults> SandboxFaultsJson::read(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Faults::failure(tr("The body must be a JSON object."));
    const QJsonObject object = document.object();
    static const QStringList known{u"latencyMs"_s, u"jitterMs"_s, u"fail"_s, u"rate"_s, u"next"_s};
    for (const QString &key : object.keys()) {
        if (!known.contains(key)) {
            return Faults::failure(
                tr("Unknown member \"%1\"; the members are %2.").arg(key, known.join(u", "_s)));
        }
    }
    SandboxFaults faults;
    if (const Result<void> latency = readLatency(object, &faults); !latency)
        return Faults::failure(latency.error);
    const QJsonValue fail = object.value(u"fail"_s);
    if (!fail.isUndefined() && !fail.isNull()) {
        const QString text = fail.isDouble() ? QString::number(fail.toDouble(), 'f', 0)
                                             : fail.toString().trimmed();
        if ((!fail.isString() && !fail.isDouble()) || !readFail(text, &faults)) {
            return Faults::failure(tr("\"fail\" needs a status code or error name of the error "
                                      "catalog, or \"drop\"."));
        }
    }
    if (const Result<void> scope = readScope(object, &faults); !scope)
        return Faults::failure(scope.error);
    if (const QString problem = faults.problem(); !problem.isEmpty())
        return Faults::failure(problem);
    return Faults::success(faults);
}

// The apps-file importer (`otpctl apps import`, File > Import Apps...): the whole input is the
// file. Whatever it holds, the plan keeps only valid apps with unique names that avoid the
// names already stored, and every refused app says why.
#include "FuzzTarget.h"
#include "domain/OtpAppValidator.h"
#include "storage/AppImporter.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<OtpAppConfig> storedApps()
{
    OtpAppConfig shop;
    shop.id = QUuid::fromString(u"{8a3c2f10-5b6d-4e7f-9a01-23456789abcd}"_s);
    shop.name = u"Shop"_s;
    shop.messageTemplate = u"Your code is {otp}"_s;
    return {shop};
}

void checkPlan(const AppImporter::Plan &plan, const QList<OtpAppConfig> &stored)
{
    QSet<QString> names;
    QSet<QUuid> ids;
    for (const OtpAppConfig &app : stored) {
        names.insert(app.name.toCaseFolded());
        ids.insert(app.id);
    }
    for (const AppImporter::ImportedApp &app : plan.apps) {
        fuzzRequire(!app.config.name.trimmed().isEmpty(), "an imported app has a name");
        fuzzRequire(app.config.name.toUcs4().size() <= OtpAppValidator::MaxNameLength,
                    "an imported name fits the limit");
        fuzzRequire(!names.contains(app.config.name.toCaseFolded()),
                    "imported names are unique, also against the stored apps");
        fuzzRequire(!app.config.id.isNull() && !ids.contains(app.config.id),
                    "imported ids are set and unique");
        names.insert(app.config.name.toCaseFolded());
        ids.insert(app.config.id);
    }
    for (const AppImporter::RejectedApp &app : plan.rejected) {
        fuzzRequire(hasErrors(app.issues), "a refused app has an error");
        fuzzRequire(!AppImporter::describe(app).isEmpty(), "a refused app is described");
    }
}

} // namespace

void fuzzAppsFile(QByteArrayView data)
{
    const QList<OtpAppConfig> stored = storedApps();
    const Result<AppImporter::Plan> plan = AppImporter::parse(data.toByteArray(), stored);
    if (plan.ok())
        checkPlan(plan.value, stored);
}

#include "AppImporter.h"

#include "AppFileEntry.h"
#include "AppsFileFormat.h"
#include "api/ErrorLookup.h"
#include "domain/OtpAppValidator.h"
#include "util/Result.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {
ValidationIssue issue(ValidationField field, const QString &code, const QString &message,
                      ValidationIssue::Severity severity = ValidationIssue::Severity::Error)
{
    ValidationIssue result;
    result.field = field;
    result.code = code;
    result.message = message;
    result.severity = severity;
    return result;
}

bool containsCaseInsensitive(const QStringList &names, const QString &name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

// Why the file's "version" cannot be read as this program's, or empty. A number that is not 1
// is a newer (or unknown) format; any other type is a damaged file, and says which value it has.
QString versionProblem(const QJsonValue &version)
{
    const int supported = AppsFileFormat::Version;
    switch (version.type()) {
    case QJsonValue::Undefined:
        return {}; // files before "version" existed
    case QJsonValue::Double:
        if (version.toDouble() == supported)
            return {};
        return AppImporter::tr("The file uses version %1 of the apps format; this OTP Manager "
                               "reads version %2 only. Update OTP Manager to import it.")
            .arg(QString::number(version.toDouble()))
            .arg(supported);
    case QJsonValue::String:
        if (version.toString().trimmed().isEmpty())
            return AppImporter::tr("The file's “version” is empty text; it must be the number "
                                   "%1. Correct the file, or export the apps again.")
                .arg(supported);
        return AppImporter::tr("The file's “version” is the text \"%1\"; it must be the number "
                               "%2, written without quotes. Correct the file, or export the apps "
                               "again.")
            .arg(version.toString().left(40))
            .arg(supported);
    case QJsonValue::Null:
        return AppImporter::tr("The file's “version” is null; it must be the number %1. Correct "
                               "the file, or export the apps again.")
            .arg(supported);
    case QJsonValue::Bool:
        return AppImporter::tr("The file's “version” is %1 (true or false); it must be the "
                               "number %2. Correct the file, or export the apps again.")
            .arg(version.toBool() ? u"true"_s : u"false"_s)
            .arg(supported);
    case QJsonValue::Array:
        return AppImporter::tr("The file's “version” is a list; it must be the number %1. "
                               "Correct the file, or export the apps again.")
            .arg(supported);
    case QJsonValue::Object:
        return AppImporter::tr("The file's “version” is an object; it must be the number %1. "
                               "Correct the file, or export the apps again.")
            .arg(supported);
    }
    return {};
}

// The "apps" array of an apps file, or why the whole file is refused.
::Result<QJsonArray> appsArray(const QByteArray &json)
{
    using Apps = ::Result<QJsonArray>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Apps::failure(
            AppImporter::tr("The file is not valid JSON (%1 at character %2), so it is not an "
                            "apps file of OTP Manager. Choose a file made with Export, or correct "
                            "it.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(u"format"_s);
    if (!document.isObject() || format.toString() != AppsFileFormat::formatId()) {
        return Apps::failure(
            AppImporter::tr("This JSON file is not an OTP Manager apps file: its “format” must be "
                            "“%1”. Choose a file made with Export.")
                .arg(AppsFileFormat::formatId()));
    }
    if (const QString problem = versionProblem(root.value(u"version"_s)); !problem.isEmpty())
        return Apps::failure(problem);
    const QJsonValue apps = root.value(u"apps"_s);
    if (!apps.isArray())
        return Apps::failure(
            AppImporter::tr("The file has no “apps” list. Choose a file made with Export."));
    return Apps::success(apps.toArray());
}

AppImporter::RejectedApp notAnApp(int index)
{
    return AppImporter::RejectedApp{
        index,
        {},
        {issue(ValidationField::Name, u"import.notAnObject"_s,
               AppImporter::tr("This entry is not an app (a JSON object with \"name\", "
                               "\"environment\", ...). Remove or correct it."))},
    };
}

// Names and ids an imported app must not take: the stored apps', then those imported before it.
struct TakenNamesAndIds {
    explicit TakenNamesAndIds(const QList<OtpAppConfig> &existing) : stored(existing)
    {
        for (const OtpAppConfig &app : existing) {
            names << app.name;
            ids.insert(app.id);
        }
    }

    // The stored app this entry of the file is: its App Key identifies it (the credentials
    // are the app, at the vendor), or its id when the entry has no key.
    std::optional<OtpAppConfig> storedAs(const OtpAppDraft &draft) const
    {
        const QString key = draft.appKey.trimmed();
        const OtpAppConfig config = OtpAppValidator::toConfig(draft);
        for (const OtpAppConfig &app : stored) {
            const bool sameKey = !key.isEmpty() && app.environment == draft.environment
                && app.appKey == key && app.baseUrl == config.baseUrl;
            const bool sameId = key.isEmpty() && !draft.id.isNull() && app.id == draft.id;
            if (sameKey || sameId)
                return app;
        }
        return std::nullopt;
    }

    QList<OtpAppConfig> stored;
    QStringList names;
    QSet<QUuid> ids;
};

// A sandbox app brings its secret only together with its key; live and custom apps never do.
void decideSecret(const AppFileEntry &parsed, AppImporter::ImportedApp &imported)
{
    using SecretSource = AppImporter::SecretSource;
    if (parsed.draft.environment == Environment::Sandbox) {
        const QString key = parsed.draft.appKey.trimmed();
        if (parsed.hasSecret && !key.isEmpty()) {
            imported.secretSource = SecretSource::FromFile;
            imported.secret = parsed.secret;
            imported.config.appKey = key;
        } else {
            imported.secretSource = SecretSource::Generate;
            imported.config.appKey.clear();
            if (parsed.hasSecret) {
                imported.warnings << issue(
                    ValidationField::AppKey, u"import.secretWithoutKey"_s,
                    AppImporter::tr("The app has a “secret” but no “key”, so new sandbox "
                                    "credentials will be made for it."),
                    ValidationIssue::Severity::Warning);
            }
        }
    } else {
        imported.secretSource = SecretSource::AskUser;
        if (parsed.hasSecret) {
            imported.warnings << issue(
                ValidationField::AppSecret, u"import.secretIgnored"_s,
                AppImporter::tr("The “secret” in the file was ignored: secrets of live and custom "
                                "apps are only taken from the app's form. Enter it there after the "
                                "import."),
                ValidationIssue::Severity::Warning);
        }
    }
}

// A valid app: its warnings kept, its id and name made unique, its secret's source decided.
AppImporter::ImportedApp importApp(int index, const AppFileEntry &parsed,
                                   const ValidationIssues &issues, TakenNamesAndIds &taken)
{
    AppImporter::ImportedApp imported;
    imported.index = index;
    for (const ValidationIssue &found : issues) {
        if (!found.isError())
            imported.warnings << found;
    }
    imported.config = OtpAppValidator::toConfig(parsed.draft);
    imported.config.id = parsed.draft.id.isNull() || taken.ids.contains(parsed.draft.id)
        ? QUuid::createUuid()
        : parsed.draft.id;
    taken.ids.insert(imported.config.id);
    imported.nameInFile = imported.config.name;
    imported.config.name = AppImporter::uniqueName(imported.config.name, taken.names);
    imported.renamed = imported.config.name != imported.nameInFile;
    taken.names << imported.config.name;
    decideSecret(parsed, imported);
    return imported;
}

// Name lengths count code points (docs/domain-rules.md), so an emoji is one and a cut never
// splits a surrogate pair.
qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

QString leftCodePoints(const QString &text, qsizetype count)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()),
                             qMin(count, ucs4.size()))
        .trimmed();
}
} // namespace

QString AppImporter::uniqueName(const QString &name, const QStringList &taken)
{
    if (!containsCaseInsensitive(taken, name))
        return name;
    static const QRegularExpression numbered(u"^(.*\\S) \\((\\d+)\\)$"_s);
    const QRegularExpressionMatch match = numbered.match(name);
    const QString base = match.hasMatch() ? match.captured(1) : name;
    for (int n = 2;; ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        QString stem = base;
        if (codePoints(stem) + suffix.size() > OtpAppValidator::MaxNameLength)
            stem = leftCodePoints(stem, OtpAppValidator::MaxNameLength - suffix.size());
        const QString candidate = stem + suffix;
        if (!containsCaseInsensitive(taken, candidate))
            return candidate;
    }
}

Result<AppImporter::Plan> AppImporter::readFile(const QString &path,
                                                const QList<OtpAppConfig> &existing)
{
    QFile file(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Plan>::failure(
            tr("Could not open %1: %2. Check the file name and that you may read it.")
                .arg(shownPath, file.errorString()));
    }
    if (file.size() > MaxFileSize) {
        return Result<Plan>::failure(tr("%1 is too large for an apps file (more than %2 MB). "
                                        "Choose a file exported by OTP Manager.")
                                         .arg(shownPath)
                                         .arg(MaxFileSize / (1024 * 1024)));
    }
    return parse(file.readAll(), existing);
}

Result<AppImporter::Plan> AppImporter::parse(const QByteArray &json,
                                             const QList<OtpAppConfig> &existing)
{
    const ::Result<QJsonArray> apps = appsArray(json);
    if (!apps)
        return Result<Plan>::failure(apps.error);
    Plan result;
    TakenNamesAndIds taken(existing);
    for (int index = 0; index < apps.value.size(); ++index) {
        const QJsonValue value = apps.value.at(index);
        if (!value.isObject()) {
            result.rejected << notAnApp(index);
            continue;
        }
        const AppFileEntry parsed = AppFileEntry::read(value.toObject());
        // Names of other apps are not passed: a clash is resolved by renaming, not refused.
        ValidationIssues issues = parsed.issues;
        issues += OtpAppValidator::validate(parsed.draft, {}, ErrorLookup::namesCatalogEntry);
        if (hasErrors(issues)) {
            result.rejected << RejectedApp{index, parsed.draft.name, issues};
            continue;
        }
        if (const std::optional<OtpAppConfig> stored = taken.storedAs(parsed.draft)) {
            result.alreadyStored << StoredApp{index, parsed.draft.name.trimmed(), *stored};
            continue;
        }
        result.apps << importApp(index, parsed, issues, taken);
    }
    return Result<Plan>::success(result);
}

QStringList AppImporter::describe(const RejectedApp &app)
{
    QStringList lines;
    const QString where = app.name.isEmpty() ? tr("App %1").arg(app.index + 1)
                                             : tr("App %1 (“%2”)").arg(app.index + 1).arg(app.name);
    for (const ValidationIssue &found : app.issues)
        lines << tr("%1: %2: %3").arg(where, enumId(found.field), found.message);
    return lines;
}

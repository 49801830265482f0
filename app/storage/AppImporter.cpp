#include "AppImporter.h"

#include "AppsFileFormat.h"
#include "domain/ExpiryPeriod.h"
#include "domain/OtpAppDraft.h"
#include "domain/OtpAppValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>

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

ValidationIssue wrongType(ValidationField field, const QString &key, const QString &expected)
{
    return issue(field, u"import.wrongType"_s,
                 AppImporter::tr("“%1” must be %2. Correct it in the file and import again.")
                     .arg(key, expected));
}

bool containsCaseInsensitive(const QStringList &names, const QString &name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

// The parts of one app object, as read from the file, before validation.
struct ParsedApp {
    OtpAppDraft draft;
    QString secret;
    bool hasSecret = false;
    ValidationIssues issues;
};

ParsedApp parseApp(const QJsonObject &object)
{
    ParsedApp parsed;
    OtpAppDraft &draft = parsed.draft;
    const QString text = AppImporter::tr("text");

    const auto readString = [&](const QString &key, ValidationField field, QString *target) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString()) {
            parsed.issues << wrongType(field, key, text);
            return;
        }
        *target = value.toString();
    };

    readString(u"name"_s, ValidationField::Name, &draft.name);
    readString(u"contactEmail"_s, ValidationField::ContactEmail, &draft.contactEmail);
    readString(u"contactName"_s, ValidationField::ContactName, &draft.contactName);
    readString(u"template"_s, ValidationField::MessageTemplate, &draft.messageTemplate);
    readString(u"key"_s, ValidationField::AppKey, &draft.appKey);
    readString(u"baseUrl"_s, ValidationField::BaseUrl, &draft.baseUrl);

    const QJsonValue digits = object.value(u"digits"_s);
    if (digits.isDouble() && std::floor(digits.toDouble()) == digits.toDouble()) {
        draft.digits = digits.toInt();
    } else if (digits.isString() && !digits.toString().trimmed().isEmpty()) {
        bool ok = false;
        draft.digits = digits.toString().trimmed().toInt(&ok); // lenient: "6"
        if (!ok)
            parsed.issues << wrongType(ValidationField::Digits, u"digits"_s,
                                       AppImporter::tr("a whole number"));
    } else if (!digits.isUndefined() && !digits.isNull()) {
        parsed.issues << wrongType(ValidationField::Digits, u"digits"_s,
                                   AppImporter::tr("a whole number"));
    }

    const QJsonValue expiry = object.value(u"expiry"_s);
    if (expiry.isString()) {
        draft.expiry = expiry.toString();
    } else if (expiry.isDouble()) {
        draft.expiry = ExpiryPeriod::format(expiry.toInt()); // lenient: minutes
    } else if (!expiry.isUndefined() && !expiry.isNull()) {
        parsed.issues << wrongType(ValidationField::Expiry, u"expiry"_s,
                                   AppImporter::tr("text such as \"00:05\""));
    }

    const QJsonValue ipRanges = object.value(u"ipRanges"_s);
    if (ipRanges.isArray()) {
        QStringList lines;
        bool allStrings = true;
        const QJsonArray array = ipRanges.toArray();
        for (const QJsonValue &entry : array) {
            allStrings = allStrings && entry.isString();
            lines << entry.toString();
        }
        if (allStrings)
            draft.ipRanges = lines.join(u'\n');
        else
            parsed.issues << wrongType(ValidationField::IpRanges, u"ipRanges"_s,
                                       AppImporter::tr("a list of texts"));
    } else if (ipRanges.isString()) {
        draft.ipRanges = ipRanges.toString(); // lenient: one per line
    } else if (!ipRanges.isUndefined() && !ipRanges.isNull()) {
        parsed.issues << wrongType(ValidationField::IpRanges, u"ipRanges"_s,
                                   AppImporter::tr("a list of texts"));
    }

    // No default: guessing "sandbox" for a live app would throw its real key away.
    const QJsonValue environment = object.value(u"environment"_s);
    if (environment.isUndefined() || environment.isNull()) {
        parsed.issues << issue(ValidationField::Environment, u"import.environmentMissing"_s,
                               AppImporter::tr("“environment” is missing. Add \"sandbox\", "
                                               "\"live\" or \"custom\" to the app in the file."));
    } else if (const auto env = enumFromId<Environment>(environment.toString());
               environment.isString() && env) {
        draft.environment = *env;
    } else {
        parsed.issues << issue(ValidationField::Environment, u"import.environmentUnknown"_s,
                               AppImporter::tr("“environment” is “%1”; it must be \"sandbox\", "
                                               "\"live\" or \"custom\".")
                                   .arg(environment.isString() ? environment.toString()
                                                               : AppImporter::tr("not text")));
    }

    const QJsonValue id = object.value(u"id"_s);
    if (id.isString())
        draft.id = QUuid::fromString(id.toString().trimmed()); // invalid: null, a new one is made

    const QJsonValue secret = object.value(u"secret"_s);
    if (secret.isString() && !secret.toString().trimmed().isEmpty()) {
        parsed.secret = secret.toString().trimmed();
        parsed.hasSecret = true;
    } else if (!secret.isUndefined() && !secret.isNull() && !secret.isString()) {
        parsed.issues << wrongType(ValidationField::AppSecret, u"secret"_s, text);
    }
    return parsed;
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

AppImporter::Result AppImporter::readFile(const QString &path, const QList<OtpAppConfig> &existing)
{
    Result result;
    QFile file(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Could not open %1: %2. Check the file name and that you may read it.")
                           .arg(shownPath, file.errorString());
        return result;
    }
    if (file.size() > MaxFileSize) {
        result.error = tr("%1 is too large for an apps file (more than %2 MB). Choose a file "
                          "exported by OTP Manager.")
                           .arg(shownPath)
                           .arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    return parse(file.readAll(), existing);
}

AppImporter::Result AppImporter::parse(const QByteArray &json, const QList<OtpAppConfig> &existing)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The file is not valid JSON (%1 at character %2), so it is not an apps "
                          "file of OTP Manager. Choose a file made with Export, or correct it.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(u"format"_s);
    if (!document.isObject() || format.toString() != AppsFileFormat::formatId()) {
        result.error = tr("This JSON file is not an OTP Manager apps file: its “format” must be "
                          "“%1”. Choose a file made with Export.")
                           .arg(AppsFileFormat::formatId());
        return result;
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isUndefined()
        && (!version.isDouble() || version.toDouble() != AppsFileFormat::Version)) {
        result.error = tr("The file uses version %1 of the apps format; this OTP Manager reads "
                          "version %2 only. Update OTP Manager to import it.")
                           .arg(version.isDouble() ? QString::number(version.toDouble())
                                                   : version.toVariant().toString())
                           .arg(AppsFileFormat::Version);
        return result;
    }
    const QJsonValue apps = root.value(u"apps"_s);
    if (!apps.isArray()) {
        result.error = tr("The file has no “apps” list. Choose a file made with Export.");
        return result;
    }

    QStringList takenNames;
    QSet<QUuid> takenIds;
    for (const OtpAppConfig &app : existing) {
        takenNames << app.name;
        takenIds.insert(app.id);
    }

    const QJsonArray array = apps.toArray();
    for (int index = 0; index < array.size(); ++index) {
        const QJsonValue value = array.at(index);
        if (!value.isObject()) {
            result.rejected << RejectedApp{
                index,
                {},
                {issue(ValidationField::Name, u"import.notAnObject"_s,
                       tr("This entry is not an app (a JSON object with \"name\", "
                          "\"environment\", ...). Remove or correct it."))},
            };
            continue;
        }

        ParsedApp parsed = parseApp(value.toObject());
        // Names of other apps are not passed: a clash is resolved by renaming, not refused.
        ValidationIssues issues = parsed.issues;
        issues += OtpAppValidator::validate(parsed.draft, {});
        if (hasErrors(issues)) {
            result.rejected << RejectedApp{index, parsed.draft.name, issues};
            continue;
        }

        ImportedApp imported;
        imported.index = index;
        for (const ValidationIssue &found : std::as_const(issues)) {
            if (!found.isError())
                imported.warnings << found;
        }
        imported.config = OtpAppValidator::toConfig(parsed.draft);
        imported.config.id = parsed.draft.id.isNull() || takenIds.contains(parsed.draft.id)
            ? QUuid::createUuid()
            : parsed.draft.id;
        takenIds.insert(imported.config.id);
        imported.nameInFile = imported.config.name;
        imported.config.name = uniqueName(imported.config.name, takenNames);
        imported.renamed = imported.config.name != imported.nameInFile;
        takenNames << imported.config.name;

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
                        tr("The app has a “secret” but no “key”, so new sandbox credentials "
                           "will be made for it."),
                        ValidationIssue::Severity::Warning);
                }
            }
        } else {
            imported.secretSource = SecretSource::AskUser;
            if (parsed.hasSecret) {
                imported.warnings << issue(
                    ValidationField::AppSecret, u"import.secretIgnored"_s,
                    tr("The “secret” in the file was ignored: secrets of live and custom apps "
                       "are only taken from the app's form. Enter it there after the import."),
                    ValidationIssue::Severity::Warning);
            }
        }
        result.apps << imported;
    }
    return result;
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

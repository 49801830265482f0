#include "AppFileEntry.h"

#include "AppImporter.h"
#include "TestNumbersJson.h"
#include "domain/ExpiryPeriod.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

// The texts keep AppImporter's translation context: they are its messages to the user.
namespace {

ValidationIssue error(ValidationField field, const QString &code, const QString &message)
{
    return ValidationIssue{field, ValidationIssue::Severity::Error, code, message};
}

ValidationIssue wrongType(ValidationField field, const QString &key, const QString &expected)
{
    return error(field, u"import.wrongType"_s,
                 AppImporter::tr("“%1” must be %2. Correct it in the file and import again.")
                     .arg(key, expected));
}

// The text with every lone surrogate shown as U+FFFD, so a message can quote it.
QString displayable(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            shown.append(c).append(text.at(++i));
        } else {
            shown.append(c.isSurrogate() ? QChar(QChar::ReplacementCharacter) : c);
        }
    }
    return shown;
}

// Qt's JSON parser keeps a lone surrogate ("S\ud800hop") in the string it returns, and SQLite
// would later swallow the character after it ("S𐁨op"): such text is refused, named by its key.
// A secret is never quoted (messages reach the terminal and the report).
bool checkValidText(const QString &text, ValidationField field, const QString &key,
                    AppFileEntry &parsed)
{
    if (text.isValidUtf16())
        return true;
    const QString message = field == ValidationField::AppSecret
        ? AppImporter::tr("“%1” contains invalid text: a \\u escape of half a character (a "
                          "lone surrogate such as \\ud800). Correct it in the file and import "
                          "again.")
              .arg(key)
        : AppImporter::tr("“%1” contains invalid text (“%2”): a \\u escape of half a character "
                          "(a lone surrogate such as \\ud800). Correct it in the file and "
                          "import again.")
              .arg(key, displayable(text));
    parsed.issues << error(field, u"import.invalidText"_s, message);
    return false;
}

void readText(const QJsonObject &object, const QString &key, ValidationField field, QString *target,
              AppFileEntry &parsed)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isString()) {
        parsed.issues << wrongType(field, key, AppImporter::tr("text"));
        return;
    }
    *target = value.toString();
    if (!checkValidText(*target, field, key, parsed))
        *target = displayable(*target); // rejected; shown as the user can read it
}

void readTexts(const QJsonObject &object, AppFileEntry &parsed)
{
    OtpAppDraft &draft = parsed.draft;
    readText(object, u"name"_s, ValidationField::Name, &draft.name, parsed);
    readText(object, u"contactEmail"_s, ValidationField::ContactEmail, &draft.contactEmail, parsed);
    readText(object, u"contactName"_s, ValidationField::ContactName, &draft.contactName, parsed);
    readText(object, u"template"_s, ValidationField::MessageTemplate, &draft.messageTemplate,
             parsed);
    readText(object, u"key"_s, ValidationField::AppKey, &draft.appKey, parsed);
    readText(object, u"baseUrl"_s, ValidationField::BaseUrl, &draft.baseUrl, parsed);
}

void readDigits(const QJsonObject &object, AppFileEntry &parsed)
{
    const QJsonValue digits = object.value(u"digits"_s);
    if (digits.isDouble() && std::floor(digits.toDouble()) == digits.toDouble()) {
        parsed.draft.digits = digits.toInt();
    } else if (digits.isString() && !digits.toString().trimmed().isEmpty()) {
        bool ok = false;
        parsed.draft.digits = digits.toString().trimmed().toInt(&ok); // lenient: "6"
        if (!ok)
            parsed.issues << wrongType(ValidationField::Digits, u"digits"_s,
                                       AppImporter::tr("a whole number"));
    } else if (!digits.isUndefined() && !digits.isNull()) {
        parsed.issues << wrongType(ValidationField::Digits, u"digits"_s,
                                   AppImporter::tr("a whole number"));
    }
}

void readExpiry(const QJsonObject &object, AppFileEntry &parsed)
{
    const QJsonValue expiry = object.value(u"expiry"_s);
    if (expiry.isString()) {
        parsed.draft.expiry = expiry.toString();
        checkValidText(parsed.draft.expiry, ValidationField::Expiry, u"expiry"_s, parsed);
    } else if (expiry.isDouble()) {
        parsed.draft.expiry = ExpiryPeriod::format(expiry.toInt()); // lenient: minutes
    } else if (!expiry.isUndefined() && !expiry.isNull()) {
        parsed.issues << wrongType(ValidationField::Expiry, u"expiry"_s,
                                   AppImporter::tr("text such as \"00:05\""));
    }
}

void readIpRanges(const QJsonObject &object, AppFileEntry &parsed)
{
    const QJsonValue ipRanges = object.value(u"ipRanges"_s);
    if (ipRanges.isArray()) {
        QStringList lines;
        bool allStrings = true;
        const QJsonArray array = ipRanges.toArray();
        for (const QJsonValue &entry : array) {
            allStrings = allStrings && entry.isString();
            lines << entry.toString();
        }
        if (allStrings
            && checkValidText(lines.join(u'\n'), ValidationField::IpRanges, u"ipRanges"_s, parsed))
            parsed.draft.ipRanges = lines.join(u'\n');
        else
            parsed.issues << wrongType(ValidationField::IpRanges, u"ipRanges"_s,
                                       AppImporter::tr("a list of texts"));
    } else if (ipRanges.isString()) {
        if (checkValidText(ipRanges.toString(), ValidationField::IpRanges, u"ipRanges"_s, parsed))
            parsed.draft.ipRanges = ipRanges.toString(); // lenient: one per line
    } else if (!ipRanges.isUndefined() && !ipRanges.isNull()) {
        parsed.issues << wrongType(ValidationField::IpRanges, u"ipRanges"_s,
                                   AppImporter::tr("a list of texts"));
    }
}

// No default: guessing "sandbox" for a live app would throw its real key away.
void readEnvironment(const QJsonObject &object, AppFileEntry &parsed)
{
    const QJsonValue environment = object.value(u"environment"_s);
    if (environment.isUndefined() || environment.isNull()) {
        parsed.issues << error(ValidationField::Environment, u"import.environmentMissing"_s,
                               AppImporter::tr("“environment” is missing. Add \"sandbox\", "
                                               "\"live\" or \"custom\" to the app in the file."));
    } else if (environment.isString()
               && !checkValidText(environment.toString(), ValidationField::Environment,
                                  u"environment"_s, parsed)) {
        return;
    } else if (const auto env = enumFromId<Environment>(environment.toString());
               environment.isString() && env) {
        parsed.draft.environment = *env;
    } else {
        parsed.issues << error(ValidationField::Environment, u"import.environmentUnknown"_s,
                               AppImporter::tr("“environment” is “%1”; it must be \"sandbox\", "
                                               "\"live\" or \"custom\".")
                                   .arg(environment.isString() ? environment.toString()
                                                               : AppImporter::tr("not text")));
    }
}

void readSecret(const QJsonObject &object, AppFileEntry &parsed)
{
    const QJsonValue secret = object.value(u"secret"_s);
    if (secret.isString()
        && !checkValidText(secret.toString(), ValidationField::AppSecret, u"secret"_s, parsed)) {
        return;
    }
    if (secret.isString() && !secret.toString().trimmed().isEmpty()) {
        parsed.secret = secret.toString().trimmed();
        parsed.hasSecret = true;
    } else if (!secret.isUndefined() && !secret.isNull() && !secret.isString()) {
        parsed.issues << wrongType(ValidationField::AppSecret, u"secret"_s,
                                   AppImporter::tr("text"));
    }
}

} // namespace

AppFileEntry AppFileEntry::read(const QJsonObject &object)
{
    AppFileEntry parsed;
    readTexts(object, parsed);
    readDigits(object, parsed);
    readExpiry(object, parsed);
    readIpRanges(object, parsed);
    readEnvironment(object, parsed);
    const QJsonValue id = object.value(u"id"_s);
    if (id.isString()) // not a UUID (lone surrogates included): null, a new one is made
        parsed.draft.id = QUuid::fromString(id.toString().trimmed());
    readSecret(object, parsed);
    TestNumbersJson::Read testNumbers = TestNumbersJson::read(object.value(u"testNumbers"_s));
    parsed.draft.testNumbers = testNumbers.numbers;
    parsed.issues += testNumbers.issues;
    return parsed;
}

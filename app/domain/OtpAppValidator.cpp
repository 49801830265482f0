#include "OtpAppValidator.h"

#include "ExpiryPeriod.h"
#include "IpRangeList.h"
#include "TemplateValidator.h"

#include <QHostAddress>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

using Severity = ValidationIssue::Severity;

ValidationIssue error(ValidationField field, const QString &code, const QString &message)
{
    return {field, Severity::Error, code, message};
}

ValidationIssue warning(ValidationField field, const QString &code, const QString &message)
{
    return {field, Severity::Warning, code, message};
}

// Characters as a person counts them: code points, so Thai and emoji are not over-counted.
int characterCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool hasLineBreakOrControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

bool hasWhitespace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// A domain label: letters (any script, for IDNs), digits and inner hyphens.
bool isPlausibleDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    for (const QChar c : label) {
        if (!c.isLetterOrNumber() && c != u'-' && !c.isMark())
            return false;
    }
    return true;
}

bool isPlausibleEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@'))
        return false;
    const QStringView local = QStringView(email).left(at);
    const QStringView domain = QStringView(email).mid(at + 1);
    if (local.size() > 64 || local.startsWith(u'.') || local.endsWith(u'.')
        || local.contains(u".."))
        return false;
    for (const QChar c : local) {
        // RFC 5322 atext plus dots; quoted local parts are not worth supporting here.
        if (c.unicode() < 0x80 && !c.isLetterOrNumber()
            && !QStringView(u"!#$%&'*+-/=?^_`{|}~.").contains(c))
            return false;
    }
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QStringView &label : labels) {
        if (!isPlausibleDomainLabel(label))
            return false;
    }
    const QStringView tld = labels.back();
    if (tld.size() < 2)
        return false;
    for (const QChar c : tld) {
        if (c.isDigit())
            return false;
    }
    return true;
}

bool isVisibleAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ValidationIssues OtpAppValidator::validate(const OtpAppDraft &draft,
                                           const QStringList &otherAppNames,
                                           TestNumberValidator::CatalogCheck namesCatalogEntry)
{
    ValidationIssues issues;
    issues += validateName(draft.name, otherAppNames);
    issues += validateContactEmail(draft.contactEmail);
    issues += validateContactName(draft.contactName);
    issues += validateDigits(draft.digits);
    const std::optional<int> expiryMinutes = ExpiryPeriod::parse(draft.expiry);
    issues += validateTemplate(draft.messageTemplate, draft.name, draft.digits,
                               expiryMinutes.value_or(OtpAppConfig::MaxExpiryMinutes));
    issues += validateExpiry(draft.expiry);
    issues += validateIpRanges(draft.ipRanges);
    issues += validateBaseUrl(draft.environment, draft.baseUrl);
    issues += validateAppKey(draft.environment, draft.appKey);
    if (draft.environment == Environment::Sandbox) // the only apps the sandbox serves
        issues += TestNumberValidator::validate(draft.testNumbers, draft.digits, namesCatalogEntry);
    return issues;
}

OtpAppConfig OtpAppValidator::toConfig(const OtpAppDraft &draft)
{
    OtpAppConfig config;
    config.id = draft.id;
    config.name = draft.name.trimmed();
    config.contactEmail = draft.contactEmail.trimmed();
    config.contactName = draft.contactName.trimmed();
    config.digits = draft.digits;
    config.messageTemplate = draft.messageTemplate;
    config.expiryMinutes
        = ExpiryPeriod::parse(draft.expiry).value_or(OtpAppConfig::DefaultExpiryMinutes);
    config.ipRanges = IpRangeList::parse(draft.ipRanges).list.toStringList();
    config.environment = draft.environment;
    if (draft.environment == Environment::Custom)
        config.baseUrl = QUrl(draft.baseUrl.trimmed(), QUrl::StrictMode);
    if (draft.environment != Environment::Sandbox)
        config.appKey = draft.appKey.trimmed();
    else
        config.testNumbers = TestNumberValidator::normalised(draft.testNumbers);
    return config;
}

ValidationIssues OtpAppValidator::validateName(const QString &name,
                                               const QStringList &otherAppNames)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {error(ValidationField::Name, u"name.required"_s,
                      tr("Enter an app name, for example the name of your website or mobile "
                         "app."))};
    if (hasLineBreakOrControl(trimmed))
        return {error(ValidationField::Name, u"name.invalidCharacters"_s,
                      tr("The app name must be on one line; remove line breaks and tabs."))};
    const int length = characterCount(trimmed);
    if (length > MaxNameLength)
        return {error(ValidationField::Name, u"name.tooLong"_s,
                      tr("The app name has %1 characters; shorten it to at most %2.")
                          .arg(length)
                          .arg(MaxNameLength))};
    for (const QString &other : otherAppNames) {
        if (other.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return {error(ValidationField::Name, u"name.duplicate"_s,
                          nameTakenMessage(other.trimmed()))};
    }
    return {};
}

QString OtpAppValidator::nameTakenMessage(const QString &otherName)
{
    return tr("Another app is already called \"%1\"; choose a different name.").arg(otherName);
}

ValidationIssues OtpAppValidator::validateContactEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return {error(ValidationField::ContactEmail, u"contactEmail.required"_s,
                      tr("Enter a contact email address, for example qa@example.com."))};
    if (hasWhitespace(trimmed))
        return {error(ValidationField::ContactEmail, u"contactEmail.whitespace"_s,
                      tr("The email address contains a space or line break; remove it."))};
    if (trimmed.size() > MaxEmailLength)
        return {error(ValidationField::ContactEmail, u"contactEmail.tooLong"_s,
                      tr("The email address has %1 characters; at most %2 are allowed.")
                          .arg(trimmed.size())
                          .arg(MaxEmailLength))};
    if (!isPlausibleEmail(trimmed))
        return {error(ValidationField::ContactEmail, u"contactEmail.invalid"_s,
                      tr("\"%1\" does not look like an email address. Use the form "
                         "name@domain.tld, for example qa@example.com.")
                          .arg(trimmed))};
    return {};
}

ValidationIssues OtpAppValidator::validateContactName(const QString &contactName)
{
    const QString trimmed = contactName.trimmed();
    if (trimmed.isEmpty())
        return {error(ValidationField::ContactName, u"contactName.required"_s,
                      tr("Enter the name of the contact person or team."))};
    const int length = characterCount(trimmed);
    if (length > MaxContactNameLength)
        return {error(ValidationField::ContactName, u"contactName.tooLong"_s,
                      tr("The contact name has %1 characters; shorten it to at most %2.")
                          .arg(length)
                          .arg(MaxContactNameLength))};
    return {};
}

ValidationIssues OtpAppValidator::validateDigits(int digits)
{
    if (digits < OtpAppConfig::MinDigits || digits > OtpAppConfig::MaxDigits)
        return {error(ValidationField::Digits, u"digits.range"_s,
                      tr("The OTP code must have between %1 and %2 digits; %3 is not allowed.")
                          .arg(OtpAppConfig::MinDigits)
                          .arg(OtpAppConfig::MaxDigits)
                          .arg(digits))};
    return {};
}

ValidationIssues OtpAppValidator::validateTemplate(const QString &templateText,
                                                   const QString &appName, int digits,
                                                   int expiryMinutes)
{
    return TemplateValidator::validate(templateText, appName, digits, expiryMinutes);
}

ValidationIssues OtpAppValidator::validateExpiry(const QString &expiry)
{
    return ExpiryPeriod::validate(expiry);
}

ValidationIssues OtpAppValidator::validateIpRanges(const QString &ipRanges)
{
    return IpRangeList::parse(ipRanges).issues;
}

ValidationIssues OtpAppValidator::validateAppKey(Environment environment, const QString &appKey)
{
    if (environment == Environment::Sandbox)
        return {}; // generated by the app
    const QString trimmed = appKey.trimmed();
    if (trimmed.isEmpty())
        return {error(ValidationField::AppKey, u"appKey.required"_s,
                      tr("Paste the App Key shown on the app's page of the ThaiBulkSMS OTP "
                         "dashboard."))};
    if (trimmed.size() > MaxAppKeyLength || !isVisibleAscii(trimmed))
        return {error(ValidationField::AppKey, u"appKey.invalid"_s,
                      tr("The App Key must be 1 to %1 visible ASCII characters without spaces; "
                         "copy it again from the dashboard.")
                          .arg(MaxAppKeyLength))};
    const bool usualShape = trimmed.size() == 16
        && std::all_of(trimmed.cbegin(), trimmed.cend(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!usualShape)
        return {warning(ValidationField::AppKey, u"appKey.unusual"_s,
                        tr("App Keys are usually 16 digits; check that you copied the whole "
                           "key."))};
    return {};
}

ValidationIssues OtpAppValidator::validateBaseUrl(Environment environment, const QString &baseUrl)
{
    if (environment != Environment::Custom)
        return {};
    const QString trimmed = baseUrl.trimmed();
    if (trimmed.isEmpty())
        return {error(ValidationField::BaseUrl, u"baseUrl.required"_s,
                      tr("Enter the base URL of the custom server, for example "
                         "https://otp.staging.example.com."))};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return {error(ValidationField::BaseUrl, u"baseUrl.invalid"_s,
                      tr("\"%1\" is not a web address. Use the form "
                         "https://host[:port][/path].")
                          .arg(trimmed))};
    if (!isAcceptableBaseUrl(url))
        return {error(ValidationField::BaseUrl, u"baseUrl.insecure"_s,
                      tr("The App Secret would travel unencrypted. Use https, or plain http "
                         "only to this computer (localhost, 127.0.0.1, ::1)."))};
    return {};
}

ValidationIssues OtpAppValidator::validateAppSecret(Environment environment, const QString &secret,
                                                    bool required)
{
    if (environment == Environment::Sandbox)
        return {}; // generated by the app
    const QString trimmed = secret.trimmed();
    if (trimmed.isEmpty()) {
        if (!required)
            return {};
        return {error(ValidationField::AppSecret, u"appSecret.required"_s,
                      tr("Paste the App Secret shown on the app's page of the ThaiBulkSMS OTP "
                         "dashboard."))};
    }
    if (trimmed.size() > MaxAppSecretLength || !isVisibleAscii(trimmed))
        return {error(ValidationField::AppSecret, u"appSecret.invalid"_s,
                      tr("The App Secret must be 1 to %1 visible ASCII characters without "
                         "spaces; copy it again from the dashboard.")
                          .arg(MaxAppSecretLength))};
    const bool usualShape
        = trimmed.size() == 32 && std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
              return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
          });
    if (!usualShape)
        return {warning(ValidationField::AppSecret, u"appSecret.unusual"_s,
                        tr("App Secrets are usually 32 lower-case hexadecimal characters; check "
                           "that you copied the whole secret."))};
    return {};
}

bool OtpAppValidator::isAcceptableBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    return scheme == u"http" && isLoopbackHost(url.host());
}

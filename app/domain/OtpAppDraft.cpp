#include "OtpAppDraft.h"

#include "ExpiryPeriod.h"
#include "MessageTemplate.h"

using namespace Qt::Literals::StringLiterals;

OtpAppDraft OtpAppDraft::forNewApp(Language language)
{
    OtpAppDraft draft;
    draft.messageTemplate = MessageTemplate::defaultTemplate(language);
    draft.expiry = ExpiryPeriod::format(OtpAppConfig::DefaultExpiryMinutes);
    return draft;
}

OtpAppDraft OtpAppDraft::fromConfig(const OtpAppConfig &config)
{
    OtpAppDraft draft;
    draft.id = config.id;
    draft.name = config.name;
    draft.contactEmail = config.contactEmail;
    draft.contactName = config.contactName;
    draft.digits = config.digits;
    draft.messageTemplate = config.messageTemplate;
    draft.expiry = ExpiryPeriod::format(config.expiryMinutes);
    draft.ipRanges = config.ipRanges.join(u'\n');
    draft.environment = config.environment;
    draft.baseUrl = config.baseUrl.toString();
    draft.appKey = config.appKey;
    draft.testNumbers = config.testNumbers;
    return draft;
}

bool operator==(const OtpAppDraft &a, const OtpAppDraft &b)
{
    return a.id == b.id && a.name == b.name && a.contactEmail == b.contactEmail
        && a.contactName == b.contactName && a.digits == b.digits
        && a.messageTemplate == b.messageTemplate && a.expiry == b.expiry
        && a.ipRanges == b.ipRanges && a.environment == b.environment && a.baseUrl == b.baseUrl
        && a.appKey == b.appKey && a.testNumbers == b.testNumbers;
}

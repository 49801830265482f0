#include "SmsPreview.h"

#include "MessageTemplate.h"
#include "SmsCounter.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QString SmsPreview::sampleCode(int digits)
{
    // The form may pass a half-typed value; never crash, just show what fits.
    if (digits <= 0)
        return {};
    static constexpr char16_t Cycle[] = u"1234567890";
    constexpr int CycleLength = 10;
    return QString::fromUtf16(Cycle, std::min(digits, CycleLength));
}

QString SmsPreview::sampleRef()
{
    return u"T3A57"_s;
}

SmsPreview SmsPreview::build(const QString &templateText, const QString &appName, int digits,
                             int expiryMinutes)
{
    SmsPreview preview;
    preview.text = MessageTemplate::render(
        templateText,
        MessageTemplate::Values{sampleCode(digits), sampleRef(), appName, expiryMinutes});
    preview.count = SmsCounter::count(preview.text);
    return preview;
}

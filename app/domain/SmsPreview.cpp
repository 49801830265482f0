// STUB: replaced by the real implementation
#include "SmsPreview.h"
#include "MessageTemplate.h"
#include "SmsCounter.h"
QString SmsPreview::sampleCode(int digits)
{
    return QString(digits, u'1');
}
QString SmsPreview::sampleRef()
{
    return QStringLiteral("T3A57");
}
SmsPreview SmsPreview::build(const QString &t, const QString &a, int d, int m)
{
    SmsPreview p;
    p.text = MessageTemplate::render(t, { sampleCode(d), sampleRef(), a, m });
    p.count = SmsCounter::count(p.text);
    return p;
}

// STUB: replaced by the real implementation
#include "SmsCounter.h"
SmsCount SmsCounter::count(QStringView text)
{
    SmsCount c;
    c.characters = int(text.size());
    c.units = c.characters;
    c.segments = text.isEmpty() ? 0 : 1;
    return c;
}
bool SmsCounter::isGsm7(QStringView)
{
    return true;
}
bool SmsCounter::isGsm7Basic(char32_t)
{
    return true;
}
bool SmsCounter::isGsm7Extension(char32_t)
{
    return false;
}

// STUB: replaced by the real implementation
#include "ErrorEntry.h"
QString ErrorEntry::description(Language l) const
{
    return l == Language::Thai ? descriptionTh : descriptionEn;
}
QString ErrorEntry::hint(Language l) const
{
    return l == Language::Thai ? hintTh : hintEn;
}
QString ErrorEntry::displayName() const
{
    return name;
}
bool ErrorEntry::isSuccess() const
{
    return statusCode == 0;
}

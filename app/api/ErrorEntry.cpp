#include "ErrorEntry.h"

using namespace Qt::Literals::StringLiterals;

QString ErrorEntry::description(Language language) const
{
    return language == Language::Thai ? descriptionTh : descriptionEn;
}

QString ErrorEntry::hint(Language language) const
{
    return language == Language::Thai ? hintTh : hintEn;
}

QString ErrorEntry::displayName() const
{
    return hasName() ? name : descriptionEn;
}

bool ErrorEntry::isSuccess() const
{
    // Rows 1 and 2 share status 0; row 63 ("Code is correct.") shares status 400 with three
    // errors, so the row number is the only reliable key.
    return row == 1 || row == 2 || row == 63;
}

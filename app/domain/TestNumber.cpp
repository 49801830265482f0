#include "TestNumber.h"

using namespace Qt::Literals::StringLiterals;

QString TestNumber::dropId()
{
    return u"drop"_s;
}

bool TestNumber::isDrop() const
{
    return fail.trimmed().compare(dropId(), Qt::CaseInsensitive) == 0;
}

#include "StoredExchange.h"

using namespace Qt::Literals::StringLiterals;

QString StoredExchange::callId(Call call)
{
    switch (call) {
    case Call::Request:
        return u"request"_s;
    case Call::Verify:
        return u"verify"_s;
    }
    return {};
}

std::optional<StoredExchange::Call> StoredExchange::callFromId(QStringView id)
{
    if (id == u"request")
        return Call::Request;
    if (id == u"verify")
        return Call::Verify;
    return std::nullopt;
}

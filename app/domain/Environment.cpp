#include "Environment.h"

using namespace Qt::Literals::StringLiterals;

QString environmentId(Environment environment)
{
    switch (environment) {
    case Environment::Sandbox:
        return u"sandbox"_s;
    case Environment::Live:
        return u"live"_s;
    case Environment::Custom:
        return u"custom"_s;
    }
    return {};
}

std::optional<Environment> environmentFromId(QStringView id)
{
    const QString lower = id.trimmed().toString().toLower();
    if (lower == u"sandbox")
        return Environment::Sandbox;
    if (lower == u"live")
        return Environment::Live;
    if (lower == u"custom")
        return Environment::Custom;
    return std::nullopt;
}

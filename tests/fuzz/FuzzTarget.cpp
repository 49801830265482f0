#include "FuzzTarget.h"

#include <cstdio>
#include <cstdlib>

const QList<FuzzTarget> &FuzzTarget::all()
{
    static const QList<FuzzTarget> targets{
        {"sandbox_request", fuzzSandboxRequest},
        {"secret_masker", fuzzSecretMasker},
        {"error_decoder", fuzzErrorDecoder},
        {"message_template", fuzzMessageTemplate},
        {"apps_file", fuzzAppsFile},
        {"ip_ranges", fuzzIpRanges},
        {"msisdn", fuzzMsisdn},
    };
    return targets;
}

const FuzzTarget *FuzzTarget::byName(QByteArrayView name)
{
    for (const FuzzTarget &target : all()) {
        if (name == target.name)
            return &target;
    }
    return nullptr;
}

void fuzzRequire(bool condition, const char *invariant)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", invariant);
    std::abort();
}

FuzzSplit FuzzSplit::atFirstLine(QByteArrayView data)
{
    const qsizetype newline = data.indexOf('\n');
    if (newline < 0)
        return {data, {}};
    return {data.first(newline), data.sliced(newline + 1)};
}

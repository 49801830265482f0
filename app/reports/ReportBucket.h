#pragma once

#include "util/EnumIds.h"

// The width of a time series' buckets: hours for a period of up to two days, days beyond.
enum class ReportBucket {
    Hour,
    Day,
};

constexpr EnumIdTable<ReportBucket, 2> enumIds(ReportBucket)
{
    return {{{ReportBucket::Hour, "hour"}, {ReportBucket::Day, "day"}}};
}

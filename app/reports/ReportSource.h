#pragma once

#include "util/EnumIds.h"

// Which traffic a report reads: the calls OTP Manager made (Test console, otpctl request and
// verify: the history table), the calls the sandbox answered (sandbox_traffic), or both.
enum class ReportSource {
    Calls,
    Sandbox,
    All,
};

// Stable, untranslated identifiers: `otpctl report --source`, JSON, CSV.
constexpr EnumIdTable<ReportSource, 3> enumIds(ReportSource)
{
    return {{{ReportSource::Calls, "calls"},
             {ReportSource::Sandbox, "sandbox"},
             {ReportSource::All, "all"}}};
}

#pragma once

#include <QString>

struct OtpResult;

// The sentences OtpResult::summary() shows: what happened and what to do, in the current
// language, one function per outcome. The texts keep OtpResult's translation context, so
// existing translations apply unchanged.
namespace OtpResultSummary {
QString of(const OtpResult &result);
} // namespace OtpResultSummary

#pragma once

#include "ErrorEntry.h"
#include "util/EnumIds.h"

#include <QJsonValue>
#include <QString>

#include <optional>

// What ErrorDecoder made of one HTTP answer.
struct DecodedResponse {
    // Which of the known body shapes the answer had.
    enum class Shape {
        Empty, // no body at all
        NotJson, // HTML error page, truncated or invalid JSON, binary
        OtpV2Success, // {"status":"success","token":...,"refno":...} /
                      // {"status":"success","message":...}
        OtpV1Success, // {"data":{"status":"success",...}}
        OtpV2Error, // {"code":400,"errors":[{"message":...,"detail":...}]}
        OtpV1Error, // {"error":{"code":400,"errors":[...]}}
        SmsApiError, // {"error":{"code":116,"name":"ERROR_...","description":...}}
        UnknownJson, // valid JSON of no known shape
    };

    Shape shape = Shape::Empty;
    int httpStatus = 0;
    std::optional<ErrorEntry> entry; // nullopt: not in the catalog ("unknown")
    QString message; // the message/description the body carried, as sent
    QJsonValue detail; // "detail" of an OTP error (object or array), if any
    QString token; // success of a request
    QString refno; // success of a v2 request
    QString rawText; // the body as text (lossy for invalid UTF-8), capped, for "unknown"

    // Stable ids for scripts (otpctl decode --json "shape").
    friend constexpr EnumIdTable<Shape, 8> enumIds(Shape)
    {
        return {{{Shape::Empty, "empty"},
                 {Shape::NotJson, "not-json"},
                 {Shape::OtpV2Success, "otp-v2-success"},
                 {Shape::OtpV1Success, "otp-v1-success"},
                 {Shape::OtpV2Error, "otp-v2-error"},
                 {Shape::OtpV1Error, "otp-v1-error"},
                 {Shape::SmsApiError, "sms-api-error"},
                 {Shape::UnknownJson, "unknown-json"}}};
    }

    bool isKnown() const { return entry.has_value(); }
    bool isSuccessShape() const
    {
        return shape == Shape::OtpV2Success || shape == Shape::OtpV1Success;
    }
};

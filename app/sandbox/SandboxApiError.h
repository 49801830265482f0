#pragma once

#include "util/EnumIds.h"

// The control API's errors: {"error":"<id>","message":"<text>"} with the status of
// httpStatus(). The ids are what scripts test for: never change one, only add.
enum class SandboxApiError {
    BadParameter, // 400: a query parameter, path part or body member is not usable
    InvalidJson, // 400: the body is not the JSON object the call takes
    Unauthorized, // 401: no or a wrong bearer token
    NotFound, // 404: no such route under /sandbox/v1/
    NoMessage, // 404: no message matches (also when a wait ends without one)
    UnknownToken, // 404: the token was never issued or is no longer stored
    MethodNotAllowed, // 405, with Allow
    BodyTooLarge, // 413
    TokenNotPending, // 400: expire on a token already verified, burned or expired
};

constexpr EnumIdTable<SandboxApiError, 9> enumIds(SandboxApiError)
{
    return {{{SandboxApiError::BadParameter, "bad_parameter"},
             {SandboxApiError::InvalidJson, "invalid_json"},
             {SandboxApiError::Unauthorized, "unauthorized"},
             {SandboxApiError::NotFound, "not_found"},
             {SandboxApiError::NoMessage, "no_message"},
             {SandboxApiError::UnknownToken, "unknown_token"},
             {SandboxApiError::MethodNotAllowed, "method_not_allowed"},
             {SandboxApiError::BodyTooLarge, "body_too_large"},
             {SandboxApiError::TokenNotPending, "token_not_pending"}}};
}

constexpr int httpStatus(SandboxApiError error)
{
    switch (error) {
    case SandboxApiError::Unauthorized:
        return 401;
    case SandboxApiError::NotFound:
    case SandboxApiError::NoMessage:
    case SandboxApiError::UnknownToken:
        return 404;
    case SandboxApiError::MethodNotAllowed:
        return 405;
    case SandboxApiError::BodyTooLarge:
        return 413;
    case SandboxApiError::BadParameter:
    case SandboxApiError::InvalidJson:
    case SandboxApiError::TokenNotPending:
        break;
    }
    return 400;
}

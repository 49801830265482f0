#include "SandboxHttpReply.h"

#include "util/JsonLine.h"

using namespace Qt::Literals::StringLiterals;

SandboxHttpReply SandboxHttpReply::json(int status, QByteArray body)
{
    SandboxHttpReply reply;
    reply.status = status;
    reply.body = std::move(body);
    return reply;
}

SandboxHttpReply SandboxHttpReply::dropConnection()
{
    SandboxHttpReply reply;
    reply.kind = Kind::Drop;
    reply.status = 0;
    return reply;
}

SandboxHttpReply SandboxHttpReply::apiError(SandboxApiError error, const QString &message)
{
    SandboxHttpReply reply
        = json(httpStatus(error),
               JsonLine().add("error", enumId(error)).add("message", message).finishObject());
    if (error == SandboxApiError::Unauthorized)
        reply.authenticate = "Bearer";
    return reply;
}

QByteArray SandboxHttpReply::serialize() const
{
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n";
    if (!allow.isEmpty())
        out += "Allow: "_ba + allow + "\r\n";
    if (!authenticate.isEmpty())
        out += "WWW-Authenticate: "_ba + authenticate + "\r\n";
    if (injected)
        out += "X-Otp-Sandbox-Fault: injected\r\n";
    if (clockOffsetSeconds != 0)
        out += "X-Otp-Sandbox-Clock-Offset: "_ba + QByteArray::number(clockOffsetSeconds) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

QByteArray SandboxHttpReply::reasonPhrase(int status)
{
    // Every status the sandbox or the error catalog uses.
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 423:
        return "Locked";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return "Unknown";
    }
}

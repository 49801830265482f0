#include "SandboxControlApi.h"

#include "SandboxApiQuery.h"
#include "SandboxContext.h"
#include "SandboxFaultsJson.h"
#include "SandboxMessageJson.h"
#include "SandboxSocket.h"
#include "util/JsonLine.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

using Method = QHttpServerRequest::Method;
using Error = SandboxApiError;

constexpr QStringView Prefix = u"/sandbox/v1";
constexpr qint64 MaxAdvanceSeconds = 10LL * 366 * 24 * 3600; // ten years

SandboxHttpReply ok(QByteArray json)
{
    return SandboxHttpReply::json(200, std::move(json));
}

SandboxHttpReply noMessage()
{
    return SandboxHttpReply::apiError(Error::NoMessage,
                                      SandboxControlApi::tr("No message matches."));
}

// An object body; nullopt when the body is not one.
std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

SandboxControlApi::SandboxControlApi(SandboxContext &context, TokenStore &tokens, Publish publish,
                                     QObject *parent)
    : QObject(parent), m_context(context), m_tokens(tokens), m_publish(std::move(publish)),
      m_waiters(this)
{ }

bool SandboxControlApi::handles(QStringView path)
{
    return path == Prefix || (path.startsWith(Prefix) && path.mid(Prefix.size()).startsWith(u'/'));
}

SandboxControlApi::Target SandboxControlApi::targetOf(QStringView path)
{
    const QList<QStringView> parts = path.mid(Prefix.size() + 1).split(u'/');
    Target target;
    const auto set = [&target](Route route, QList<Method> methods, QByteArray allow) {
        target.route = route;
        target.methods = std::move(methods);
        target.allow = std::move(allow);
    };
    const QStringView first = parts.value(0);
    if (parts.size() == 1 && first == u"info") {
        set(Route::Info, {Method::Get}, "GET");
    } else if (parts.size() == 1 && first == u"messages") {
        set(Route::Messages, {Method::Get, Method::Delete}, "GET, DELETE");
    } else if (parts.size() == 2 && first == u"messages" && parts[1] == u"latest") {
        set(Route::Latest, {Method::Get}, "GET");
    } else if (parts.size() == 2 && first == u"messages" && !parts[1].isEmpty()) {
        set(Route::Message, {Method::Get}, "GET");
        target.parameter = parts[1].toString();
    } else if (parts.size() == 1 && first == u"faults") {
        set(Route::Faults, {Method::Get, Method::Put, Method::Delete}, "GET, PUT, DELETE");
    } else if (parts.size() == 3 && first == u"tokens" && !parts[1].isEmpty()
               && parts[2] == u"expire") {
        set(Route::Expire, {Method::Post}, "POST");
        target.parameter = parts[1].toString();
    } else if (parts.size() == 1 && first == u"clock") {
        set(Route::Clock, {Method::Post}, "POST");
    }
    return target;
}

bool SandboxControlApi::authorized(const QHttpServerRequest &request) const
{
    if (m_context.apiToken.isEmpty())
        return true;
    const QByteArray header = request.value("authorization").trimmed();
    constexpr QByteArrayView Scheme = "bearer ";
    if (header.size() <= Scheme.size()
        || header.first(Scheme.size()).compare(Scheme, Qt::CaseInsensitive) != 0)
        return false;
    return SandboxAppSet::constantTimeEquals(header.mid(Scheme.size()).trimmed(),
                                             m_context.apiToken);
}

std::optional<SandboxHttpReply> SandboxControlApi::handle(const QHttpServerRequest &request,
                                                          QObject *connection, Answer later)
{
    // The token first: without it, nothing is told, not even which routes exist.
    if (!authorized(request)) {
        return SandboxHttpReply::apiError(
            Error::Unauthorized,
            tr("The control API needs \"Authorization: Bearer <token>\" with the sandbox's API "
               "token."));
    }
    const Target target = targetOf(request.url().path());
    if (target.route == Route::Unknown) {
        return SandboxHttpReply::apiError(
            Error::NotFound, tr("There is no %1 in the control API.").arg(request.url().path()));
    }
    if (!target.methods.contains(request.method())) {
        SandboxHttpReply reply = SandboxHttpReply::apiError(
            Error::MethodNotAllowed,
            tr("This route takes %1.").arg(QString::fromLatin1(target.allow)));
        reply.allow = target.allow;
        return reply;
    }
    if (request.body().size() > SandboxSocket::MaxBodyBytes)
        return bodyTooLargeReply();
    return dispatch(target, request, connection, std::move(later));
}

SandboxHttpReply SandboxControlApi::bodyTooLargeReply()
{
    return SandboxHttpReply::apiError(
        Error::BodyTooLarge, tr("The body is over %1 bytes.").arg(SandboxSocket::MaxBodyBytes));
}

std::optional<SandboxHttpReply> SandboxControlApi::dispatch(const Target &target,
                                                            const QHttpServerRequest &request,
                                                            QObject *connection, Answer later)
{
    const SandboxApiQuery query(request.query());
    switch (target.route) {
    case Route::Info:
        return info();
    case Route::Messages:
        return request.method() == Method::Delete ? deleteMessages(query) : listMessages(query);
    case Route::Latest:
        return latest(query, connection, std::move(later));
    case Route::Message:
        return message(target.parameter);
    case Route::Faults:
        return faults(request.method(), request.body());
    case Route::Expire:
        return expire(target.parameter);
    case Route::Clock:
        return clock(request.body());
    case Route::Unknown:
        break;
    }
    return SandboxHttpReply::apiError(Error::NotFound, tr("No such route."));
}

SandboxHttpReply SandboxControlApi::info()
{
    expireDue(); // an exact pending count
    QByteArray apps = "["_ba;
    for (const SandboxApp &app : m_context.apps.snapshot()->apps()) {
        if (apps.size() > 1)
            apps.append(',');
        // testNumbers: the sandbox has none yet (issue 14, part 2, adds them per app).
        apps.append(JsonLine()
                        .add("name", app.config.name)
                        .add("key", app.config.appKey)
                        .add("testNumbers", qint64(0))
                        .finishObject());
    }
    apps.append(']');
    return ok(JsonLine()
                  .add("version", QStringLiteral(OTP_VERSION_STRING))
                  .add("messages", qint64(m_context.messages.size()))
                  .add("pendingTokens", qint64(m_tokens.pendingCount()))
                  .addRaw("apps", apps)
                  .addRaw("faults", SandboxFaultsJson::write(m_context.faults.current()))
                  .add("clockOffsetSeconds", m_context.clock->offsetMs() / 1000)
                  .finishObject());
}

SandboxHttpReply SandboxControlApi::listMessages(const SandboxApiQuery &query) const
{
    const Result<SandboxMessageFilter> filter = query.filter();
    if (!filter)
        return SandboxHttpReply::apiError(Error::BadParameter, filter.error);
    const Result<SandboxApiQuery::Paging> paging = query.paging();
    if (!paging)
        return SandboxHttpReply::apiError(Error::BadParameter, paging.error);
    const SandboxMessageLog::Page page
        = m_context.messages.query(filter.value, paging.value.start, paging.value.limit);
    return ok(SandboxMessageJson::page(page.total, paging.value.start, page.messages));
}

std::optional<SandboxHttpReply> SandboxControlApi::latest(const SandboxApiQuery &query,
                                                          QObject *connection, Answer later)
{
    const Result<SandboxMessageFilter> filter = query.latestFilter();
    if (!filter)
        return SandboxHttpReply::apiError(Error::BadParameter, filter.error);
    const Result<int> waitMs = query.waitMs();
    if (!waitMs)
        return SandboxHttpReply::apiError(Error::BadParameter, waitMs.error);
    if (const std::optional<OtpMessage> found = m_context.messages.latest(filter.value))
        return ok(SandboxMessageJson::message(*found));
    if (waitMs.value == 0)
        return noMessage();
    // Held without a thread: the next message (this thread adds every one) answers it.
    m_waiters.add(filter.value, waitMs.value, connection, noMessage(), std::move(later));
    return std::nullopt;
}

SandboxHttpReply SandboxControlApi::message(const QString &idText) const
{
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        return SandboxHttpReply::apiError(
            Error::BadParameter, tr("\"%1\" is not a message id (a positive number).").arg(idText));
    }
    const std::optional<OtpMessage> found = m_context.messages.byId(id);
    if (!found)
        return SandboxHttpReply::apiError(Error::NoMessage, tr("There is no message %1.").arg(id));
    return ok(SandboxMessageJson::message(*found));
}

SandboxHttpReply SandboxControlApi::deleteMessages(const SandboxApiQuery &query)
{
    const Result<SandboxMessageFilter> filter = query.filter();
    if (!filter)
        return SandboxHttpReply::apiError(Error::BadParameter, filter.error);
    const QList<qint64> deleted = m_context.messages.remove(filter.value);
    if (!deleted.isEmpty())
        emit messagesDeleted(deleted);
    return ok(JsonLine().add("deleted", qint64(deleted.size())).finishObject());
}

SandboxHttpReply SandboxControlApi::faults(QHttpServerRequest::Method method,
                                           const QByteArray &body)
{
    if (method != Method::Get) {
        SandboxFaults faults; // DELETE: none
        if (method == Method::Put) {
            const Result<SandboxFaults> read = SandboxFaultsJson::read(body);
            if (!read)
                return SandboxHttpReply::apiError(Error::BadParameter, read.error);
            faults = read.value;
        }
        if (!m_context.faults.set(faults)) // read() checked it; set() checks again
            return SandboxHttpReply::apiError(Error::BadParameter, faults.problem());
        emit faultsChanged(faults);
    }
    return ok(SandboxFaultsJson::write(m_context.faults.current()));
}

SandboxHttpReply SandboxControlApi::expire(const QString &token)
{
    switch (expireToken(token)) {
    case TokenStore::ExpireResult::Unknown:
        return SandboxHttpReply::apiError(Error::UnknownToken,
                                          tr("The sandbox holds no token %1.").arg(token));
    case TokenStore::ExpireResult::NotPending:
        return SandboxHttpReply::apiError(
            Error::TokenNotPending,
            tr("The token is no longer pending: it was verified, burned or has expired."));
    case TokenStore::ExpireResult::Expired:
        break;
    }
    const std::optional<OtpMessage> expired = m_context.messages.byToken(token);
    JsonLine json;
    json.add("token", token).add("state", enumId(OtpMessage::State::Expired));
    if (expired)
        json.addRaw("message", SandboxMessageJson::message(*expired));
    else
        json.addNull("message");
    return ok(json.finishObject());
}

SandboxHttpReply SandboxControlApi::clock(const QByteArray &body)
{
    const std::optional<QJsonObject> object = jsonObject(body);
    const auto usage = [] {
        return SandboxHttpReply::apiError(
            Error::BadParameter,
            tr("Send {\"advanceSeconds\":N} with N from 0 to %1, or {\"reset\":true}.")
                .arg(MaxAdvanceSeconds));
    };
    if (!object) {
        return SandboxHttpReply::apiError(Error::InvalidJson,
                                          tr("The body must be a JSON object."));
    }
    if (object->size() != 1)
        return usage();
    if (object->value(u"reset"_s) == QJsonValue(true)) {
        m_context.clock->reset();
    } else {
        const QJsonValue advance = object->value(u"advanceSeconds"_s);
        const double seconds = advance.toDouble(-1);
        if (!advance.isDouble() || std::floor(seconds) != seconds || seconds < 0
            || seconds > double(MaxAdvanceSeconds))
            return usage();
        m_context.clock->advance(qint64(seconds) * 1000);
    }
    expireDue();
    const qint64 offsetSeconds = m_context.clock->offsetMs() / 1000;
    emit clockChanged(offsetSeconds);
    return ok(JsonLine().add("clockOffsetSeconds", offsetSeconds).finishObject());
}

void SandboxControlApi::messageArrived(const OtpMessage &message)
{
    if (m_waiters.size() > 0)
        m_waiters.messageArrived(message, ok(SandboxMessageJson::message(message)));
}

void SandboxControlApi::stopping()
{
    SandboxHttpReply reply = SandboxHttpReply::apiError(
        Error::NoMessage, tr("The sandbox stopped before a matching message arrived."));
    reply.close = true;
    m_waiters.answerAll(reply);
}

TokenStore::ExpireResult SandboxControlApi::expireToken(const QString &token)
{
    TokenStore::Changes changes;
    const TokenStore::ExpireResult result = m_tokens.expire(token, &changes);
    m_publish(changes);
    return result;
}

void SandboxControlApi::expireDue()
{
    TokenStore::Changes changes;
    m_tokens.expireDue(m_context.clock->nowMs(), &changes);
    m_publish(changes);
}

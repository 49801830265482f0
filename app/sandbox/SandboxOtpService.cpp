#include "SandboxOtpService.h"

#include "Clock.h"
#include "OtpGenerator.h"
#include "RandomSource.h"
#include "SandboxRequestParser.h"
#include "SandboxResponseBody.h"
#include "domain/MessageTemplate.h"
#include "domain/Msisdn.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using Body = SandboxResponseBody;

SandboxOtpService::Outcome answer(int status, QByteArray body)
{
    SandboxOtpService::Outcome outcome;
    outcome.httpStatus = status;
    outcome.body = std::move(body);
    return outcome;
}

SandboxOtpService::Outcome failure(ApiVersion version, int status, const char *message,
                                   const QByteArray &detail = {})
{
    SandboxOtpService::Outcome outcome
        = answer(status, Body::error(version, status, QString::fromLatin1(message), detail));
    outcome.message = QString::fromLatin1(message);
    return outcome;
}

// A token as a caller sent it, kept for pairing: bounded, as the body limit is generous.
constexpr int MaxRecordedToken = 64;

} // namespace

SandboxOtpService::SandboxOtpService(TokenStore &tokens, const Clock &clock, RandomSource &random)
    : m_tokens(tokens), m_clock(clock), m_random(random)
{ }

SandboxOtpService::Outcome SandboxOtpService::handle(const Call &call, const SandboxAppSet &apps)
{
    Outcome facts;
    Outcome outcome = answer(call, apps, &facts);
    outcome.appId = facts.appId;
    outcome.appName = facts.appName;
    outcome.maskedMsisdn = facts.maskedMsisdn;
    if (outcome.token.isEmpty())
        outcome.token = facts.token;
    return outcome;
}

SandboxOtpService::Outcome SandboxOtpService::answer(const Call &call, const SandboxAppSet &apps,
                                                     Outcome *facts)
{
    const SandboxRequestParser::ParsedBody parsed
        = SandboxRequestParser::parse(call.contentType, call.body);
    if (!parsed.ok()) {
        return failure(call.version, 400, Body::InvalidParameter,
                       Body::detail({{u"body"_s, enumId(parsed.problem)}}));
    }

    // Every field is checked before anything else, and all problems are named at once.
    const bool isRequest = call.operation == OtpOperation::Request;
    static const QStringList requestFields{u"key"_s, u"secret"_s, u"msisdn"_s};
    static const QStringList verifyFields{u"key"_s, u"secret"_s, u"token"_s, u"pin"_s};
    const QStringList &names = isRequest ? requestFields : verifyFields;
    QList<std::pair<QString, QString>> problems;
    std::optional<Msisdn> msisdn;
    for (const QString &name : names) {
        const QString value = parsed.fields.value(name);
        if (parsed.invalidFields.contains(name))
            problems.append({name, u"invalid"_s});
        else if (value.isEmpty())
            problems.append({name, u"required"_s});
        else if (name == u"msisdn" && !(msisdn = Msisdn::parse(value)))
            problems.append({name, u"invalid"_s});
    }
    if (msisdn)
        facts->maskedMsisdn = msisdn->masked();
    if (!isRequest)
        facts->token = parsed.fields.value(u"token"_s).left(MaxRecordedToken);
    if (!problems.isEmpty())
        return failure(call.version, 400, Body::InvalidParameter, Body::detail(problems));

    const SandboxAppSet::Entry *entry
        = apps.authenticate(parsed.fields.value(u"key"_s), parsed.fields.value(u"secret"_s));
    if (!entry)
        return failure(call.version, 400, Body::ApplicationNotFound);
    facts->appId = entry->owner;
    facts->appName = entry->app.config.name;
    if (!entry->allows(call.remoteAddress))
        return failure(call.version, 403, Body::IpNotAllowed);

    if (isRequest)
        return request(call, *entry, msisdn->international());
    return verify(call, *entry, parsed.fields.value(u"token"_s), parsed.fields.value(u"pin"_s));
}

SandboxOtpService::Outcome
SandboxOtpService::request(const Call &call, const SandboxAppSet::Entry &app, const QString &msisdn)
{
    const OtpAppConfig &config = app.app.config;
    const int digits = qBound(OtpAppConfig::MinDigits, config.digits, OtpAppConfig::MaxDigits);
    const int expiryMinutes
        = config.expiryMinutes > 0 ? config.expiryMinutes : OtpAppConfig::DefaultExpiryMinutes;
    const qint64 now = m_clock.nowMs();
    const qint64 expiresAt = now + qint64(expiryMinutes) * 60 * 1000;

    Outcome outcome;
    const SandboxAppSet::TestNumberRule *testNumber = app.testNumber(msisdn);
    if (testNumber && testNumber->failure.action != SandboxFaults::Action::None) {
        outcome.forcedFailure = testNumber->failure; // no token, no SMS
        return outcome;
    }
    GeneratedOtp otp;
    // 192 random bits make a repeated token practically impossible; the loop only guards the
    // store's invariant against a broken random source.
    bool stored = false;
    for (int attempt = 0; attempt < 4 && !stored; ++attempt) {
        otp = OtpGenerator::generate(m_random, digits);
        if (testNumber) // a fixed code; refno and token are drawn as usual
            otp.code = testNumber->code;
        stored = m_tokens.insert(otp.token, app.owner, otp.code, now, expiresAt, &outcome.changes);
    }
    if (!stored) {
        outcome.httpStatus = 500;
        outcome.body = Body::error(call.version, 500, u"System Failure."_s);
        outcome.message = u"System Failure."_s;
        return outcome;
    }

    OtpMessage message;
    message.appId = app.owner;
    message.appName = config.name;
    message.appKey = config.appKey;
    message.msisdn = msisdn;
    message.text = MessageTemplate::render(config, otp.code, otp.refno);
    message.code = otp.code;
    message.refno = otp.refno;
    message.token = otp.token;
    message.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    message.expiresAt = QDateTime::fromMSecsSinceEpoch(expiresAt, Qt::UTC);

    outcome.httpStatus = 200;
    outcome.body = Body::requestSuccess(call.version, otp.token, otp.refno);
    outcome.token = otp.token;
    outcome.delivered = std::move(message);
    return outcome;
}

SandboxOtpService::Outcome SandboxOtpService::verify(const Call &call,
                                                     const SandboxAppSet::Entry &app,
                                                     const QString &token, const QString &pin)
{
    Outcome outcome;
    const TokenStore::VerifyResult result = m_tokens.verify(token, app.owner, pin, m_clock.nowMs(),
                                                            &outcome.changes, &outcome.attempts);
    switch (result) {
    case TokenStore::VerifyResult::Correct:
        outcome.httpStatus = 200;
        outcome.body = Body::verifySuccess(call.version);
        break;
    case TokenStore::VerifyResult::WrongCode:
    case TokenStore::VerifyResult::Expired: {
        const char *message = result == TokenStore::VerifyResult::WrongCode ? Body::CodeInvalid
                                                                            : Body::TokenExpired;
        const Outcome error = failure(call.version, 400, message);
        outcome.httpStatus = error.httpStatus;
        outcome.body = error.body;
        outcome.message = error.message;
        break;
    }
    }
    if (outcome.attempts > 0)
        outcome.attemptToken = token;
    return outcome;
}

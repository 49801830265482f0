#pragma once

#include "RawHttpCall.h"
#include "SandboxTestSupport.h"
#include "sandbox/ManualClock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SeededRandomSource.h"

#include <QTest>
#include <QUrl>

#include <memory>

// A running sandbox with two apps, a manual clock and calls through real sockets, in one of
// the two threading modes (SandboxServerOptions::ownThread): the control API tests run every
// test in both.
struct ControlApiFixture {
    static inline const QString Key = QStringLiteral("1234567890123456");
    static inline const QString Secret = QStringLiteral("0123456789abcdef0123456789abcdef");
    static inline const QString OtherKey = QStringLiteral("6543210987654321");
    static inline const QString OtherSecret = QStringLiteral("fedcba9876543210fedcba9876543210");

    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    std::unique_ptr<SandboxServer> server;
    bool ownThread = true;

    Result<SandboxListening> start(SandboxServerOptions options = {})
    {
        server = std::make_unique<SandboxServer>(clock, std::make_shared<SeededRandomSource>(7));
        server->setApps({SandboxTest::makeApp(QStringLiteral("Shop"), Key, Secret, 6),
                         SandboxTest::makeApp(QStringLiteral("Other"), OtherKey, OtherSecret, 4)});
        return startAgain(options);
    }
    // The same server (its log, faults and clock kept), started again.
    Result<SandboxListening> startAgain(SandboxServerOptions options)
    {
        options.port = 0;
        options.ownThread = ownThread;
        options.housekeepingIntervalMs = 20;
        return server->start(options);
    }
    quint16 port() const { return quint16(server->url().port()); }

    // A whole exchange; the event loop runs meanwhile (the server may be on this thread).
    std::unique_ptr<RawHttpCall> call(const QByteArray &method, const QByteArray &path,
                                      const QByteArray &body = {},
                                      const QByteArray &headers = {}) const
    {
        auto result = std::make_unique<RawHttpCall>(
            port(), RawHttpCall::request(method, path, body, headers));
        result->waitDone();
        return result;
    }
    // An OTP request for that number (any form) and app; the new token, empty on failure.
    QString request(const QString &msisdn, bool otherApp = false) const
    {
        const QString key = otherApp ? OtherKey : Key;
        const QString secret = otherApp ? OtherSecret : Secret;
        const auto answer = call("POST", "/v2/otp/request",
                                 SandboxTest::formBody({{QStringLiteral("key"), key},
                                                        {QStringLiteral("secret"), secret},
                                                        {QStringLiteral("msisdn"), msisdn}}),
                                 "Content-Type: application/x-www-form-urlencoded\r\n");
        return answer->json().value(QStringLiteral("token")).toString();
    }
    std::unique_ptr<RawHttpCall> verify(const QString &token, const QString &pin) const
    {
        return call("POST", "/v2/otp/verify",
                    SandboxTest::formBody({{QStringLiteral("key"), Key},
                                           {QStringLiteral("secret"), Secret},
                                           {QStringLiteral("token"), token},
                                           {QStringLiteral("pin"), pin}}),
                    "Content-Type: application/x-www-form-urlencoded\r\n");
    }
};

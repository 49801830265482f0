// SandboxServer on its own, with one sandbox app from the command line, for run-wrk.sh.
// Usage: bench_sandbox_server [--port N] [--key K] [--secret S] [--digits D]
//                             [--max-tokens N] [--log]
// Prints its URL, then serves until killed. --log prints one JSON line per SMS and per
// request, as otpctl sandbox will, to measure that cost too.
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port (0 = any free one)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption key(u"key"_s, u"App key."_s, u"K"_s, u"1234567890123456"_s);
    const QCommandLineOption secret(u"secret"_s, u"App secret."_s, u"S"_s,
                                    u"0123456789abcdef0123456789abcdef"_s);
    const QCommandLineOption digits(u"digits"_s, u"Code length."_s, u"D"_s, u"6"_s);
    const QCommandLineOption maxTokens(u"max-tokens"_s, u"Token cap."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption log(u"log"_s, u"Print SMS and request JSON lines."_s);
    parser.addOptions({port, key, secret, digits, maxTokens, log});
    parser.process(app);

    SandboxApp sandboxApp;
    sandboxApp.config.id = QUuid::createUuid();
    sandboxApp.config.name = u"Bench"_s;
    sandboxApp.config.digits = parser.value(digits).toInt();
    sandboxApp.config.messageTemplate = u"{app} code: {otp} (ref {ref}), valid {minutes} min."_s;
    sandboxApp.config.appKey = parser.value(key);
    sandboxApp.secret = parser.value(secret);

    SandboxServer server;
    server.setApps({sandboxApp});
    if (parser.isSet(log)) {
        const auto print = [](const QJsonObject &object) {
            const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fputc('\n', stdout);
        };
        QObject::connect(&server, &SandboxServer::smsDelivered, [print](const SandboxMessage &m) {
            print({{u"event"_s, u"sms"_s},
                   {u"app"_s, m.appName},
                   {u"msisdn"_s, m.msisdn},
                   {u"text"_s, m.text},
                   {u"code"_s, m.code},
                   {u"refno"_s, m.refno},
                   {u"token"_s, m.token},
                   {u"expiresAt"_s, m.expiresAt.toString(Qt::ISODate)}});
        });
        QObject::connect(&server, &SandboxServer::requestHandled,
                         [print](const SandboxRequestRecord &r) {
                             print({{u"event"_s, u"request"_s},
                                    {u"method"_s, r.method},
                                    {u"path"_s, r.path},
                                    {u"status"_s, r.status},
                                    {u"ms"_s, r.elapsedMs}});
                         });
    }

    SandboxServerOptions options;
    options.port = quint16(parser.value(port).toUInt());
    options.maxPendingTokens = parser.value(maxTokens).toInt();
    const SandboxStartResult started = server.start(options);
    if (!started.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error));
        return 3;
    }
    std::printf("%s\n", qPrintable(started.urlString()));
    std::fflush(stdout);
    return app.exec();
}

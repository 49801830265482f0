// A bare Qt HttpServer route returning a fixed JSON: the baseline the sandbox is measured
// against. Usage: bench_bare_httpserver [PORT]  (0 = any free port). Prints its URL, then
// serves POST/GET /bare on 127.0.0.1 until killed.
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const quint16 port = arguments.size() > 1 ? arguments.at(1).toUShort() : 0;

    // The size and shape of a sandbox request's answer.
    static const QByteArray body
        = R"({"status":"success","token":"AbCdEfGhIjKlMnOpQrStUvWxYz012345","refno":"T3A57"})";
    QHttpServer server;
    server.route(QStringLiteral("/bare"),
                 [] { return QHttpServerResponse(QByteArray("application/json"), body); });
    const quint16 actual = server.listen(QHostAddress::LocalHost, port);
    if (actual == 0) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1:%u\n", unsigned(port));
        return 3;
    }
    std::printf("http://127.0.0.1:%u\n", unsigned(actual));
    std::fflush(stdout);
    return app.exec();
}

#pragma once

#include <QString>
#include <QUrl>

// The outcome of SandboxServer::start().
struct SandboxStartResult {
    bool ok = false;
    QUrl url; // http://127.0.0.1:8765 when ok
    QString error; // translated, says what to do; empty when ok
    QString warning; // translated; set when listening on a non-loopback address

    QString urlString() const { return url.toString(QUrl::FullyEncoded); }
};

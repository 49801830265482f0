#pragma once

#include <QString>
#include <QUrl>

// Where a started sandbox listens (SandboxServer::start() gives Result<SandboxListening>).
struct SandboxListening {
    QUrl url; // http://127.0.0.1:8765
    QString warning; // translated; set when listening on a non-loopback address

    QString urlString() const { return url.toString(QUrl::FullyEncoded); }
};

#pragma once

#include <QString>
#include <QUrl>

// Where a started sandbox listens (SandboxServer::start() gives Result<SandboxListening>).
struct SandboxListening {
    QUrl url; // http://127.0.0.1:8765
    QString warning; // translated; set when listening on a non-loopback address
    // The bearer token the control API requires (empty: it is open); generated when the
    // address is not loopback and the options gave none: shown to the user that one time.
    QString apiToken;
    bool apiTokenGenerated = false;

    QString urlString() const { return url.toString(QUrl::FullyEncoded); }
};

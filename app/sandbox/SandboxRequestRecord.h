#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One call the sandbox answered, for a request log. Never holds a body, so never a secret.
struct SandboxRequestRecord {
    QDateTime at; // UTC, when the request arrived (the server's Clock)
    QString method; // "POST"; empty for a request cut off before it was parsed (413)
    QString path; // without the query
    QString remoteAddress;
    int status = 0; // HTTP status; 0 when the connection was dropped on purpose
    double elapsedMs = 0; // arrival to answer, injected latency included
};

Q_DECLARE_METATYPE(SandboxRequestRecord)

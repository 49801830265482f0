#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// A client of the sandbox's control API (/sandbox/v1/, docs/sandbox.md), for otpctl code and
// any face that wants the code a sandbox delivered. One call at a time per query; the answer
// comes through latestAnswered().
class SandboxControlClient : public QObject
{
    Q_OBJECT

public:
    // What a call came to: the message, or why not. Scripts tell these apart by exit code.
    enum class Outcome {
        Found,
        NoMessage, // 404 no_message: nothing matched (a wait ended without one)
        Unauthorized, // 401: no or a wrong bearer token
        BadParameter, // 400: the sandbox refused a parameter (its message says which)
        Network, // no sandbox there, connection lost, timeout
        InvalidAnswer, // something answered that is not the control API
    };

    // GET /sandbox/v1/messages/latest: msisdn and app as the API takes them; after a message id
    // or an ISO time (empty: none); waitSeconds 0..60.
    struct LatestQuery {
        QString msisdn;
        QString app;
        QString after;
        double waitSeconds = 0;
    };

    struct Answer {
        Outcome outcome = Outcome::Network;
        QByteArray messageJson; // Found: the message as the API sent it (SandboxMessageJson)
        QString code; // Found: the message's code
        QString error; // otherwise: translated, says what to do
    };

    // apiToken: sent as "Authorization: Bearer"; empty: none.
    SandboxControlClient(const QUrl &baseUrl, const QString &apiToken, QObject *parent = nullptr);

    void latest(const LatestQuery &query);
    // The URL latest() calls for query (for messages and tests).
    QUrl latestUrl(const LatestQuery &query) const;

    // Seconds a call may take beyond the wait it asked for.
    static constexpr int AnswerMarginSeconds = 10;

signals:
    void latestAnswered(const SandboxControlClient::Answer &answer);

private:
    Answer readAnswer(QNetworkReply *reply) const;

    QUrl m_baseUrl;
    QString m_apiToken;
    QNetworkAccessManager *m_network = nullptr;
};

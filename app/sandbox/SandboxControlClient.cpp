#include "SandboxControlClient.h"

#include "SandboxApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

// The API's {"error":id,"message":text}, or an empty object for anything else.
QJsonObject errorBody(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return object.contains(u"error"_s) ? object : QJsonObject();
}

} // namespace

SandboxControlClient::SandboxControlClient(const QUrl &baseUrl, const QString &apiToken,
                                           QObject *parent)
    : QObject(parent), m_baseUrl(baseUrl), m_apiToken(apiToken),
      m_network(new QNetworkAccessManager(this))
{ }

QUrl SandboxControlClient::latestUrl(const LatestQuery &query) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/sandbox/v1/messages/latest"_s);
    QUrlQuery items;
    // Encoded in full: a "+66…" number must not arrive as a space.
    const auto add = [&items](const QString &name, const QString &value) {
        if (!value.isEmpty())
            items.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"msisdn"_s, query.msisdn);
    add(u"app"_s, query.app);
    add(u"after"_s, query.after);
    if (query.waitSeconds > 0)
        add(u"wait"_s, QString::number(query.waitSeconds, 'g', 6));
    url.setQuery(items);
    return url;
}

void SandboxControlClient::latest(const LatestQuery &query)
{
    QNetworkRequest request(latestUrl(query));
    request.setRawHeader("Accept", "application/json");
    if (!m_apiToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiToken.toUtf8());
    request.setTransferTimeout(int(std::ceil((query.waitSeconds + AnswerMarginSeconds) * 1000)));
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        emit latestAnswered(readAnswer(reply));
    });
}

SandboxControlClient::Answer SandboxControlClient::readAnswer(QNetworkReply *reply) const
{
    Answer answer;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString where = m_baseUrl.toString(QUrl::RemoveUserInfo);
    if (status == 0) {
        answer.outcome = Outcome::Network;
        answer.error = tr("No sandbox answered at %1: %2. Start one (otpctl sandbox, or the "
                          "sandbox of OTP Manager) or give its URL with --sandbox-url.")
                           .arg(where, reply->errorString());
        return answer;
    }
    const QJsonObject error = errorBody(body);
    const std::optional<SandboxApiError> id
        = enumFromId<SandboxApiError>(error.value(u"error"_s).toString());
    if (status == 200) {
        const QJsonObject message = QJsonDocument::fromJson(body).object();
        answer.code = message.value(u"code"_s).toString();
        if (!answer.code.isEmpty()) {
            answer.outcome = Outcome::Found;
            answer.messageJson = body.trimmed();
            return answer;
        }
    } else if (status == 401 && id == SandboxApiError::Unauthorized) {
        answer.outcome = Outcome::Unauthorized;
        answer.error = tr("The sandbox at %1 needs its control API token: give it with "
                          "--api-token (or OTP_SANDBOX_API_TOKEN); the one given, if any, is "
                          "wrong.")
                           .arg(where);
        return answer;
    } else if (status == 404 && id == SandboxApiError::NoMessage) {
        answer.outcome = Outcome::NoMessage;
        answer.error = tr("No message for this number came to the sandbox (use --wait S to "
                          "wait for one, --after to skip older ones).");
        return answer;
    } else if (status == 400 && id == SandboxApiError::BadParameter) {
        answer.outcome = Outcome::BadParameter;
        answer.error
            = tr("The sandbox refused a parameter: %1").arg(error.value(u"message"_s).toString());
        return answer;
    }
    answer.outcome = Outcome::InvalidAnswer;
    answer.error = tr("%1 answered HTTP %2, not as the sandbox's control API does. Is it an "
                      "OTP Manager sandbox?")
                       .arg(where)
                       .arg(status);
    return answer;
}

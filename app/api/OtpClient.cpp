#include "OtpClient.h"

#include "OtpEndpoint.h"
#include "SecretMasker.h"
#include "util/JsonText.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Loopback (the sandbox, a local mock) never goes through a proxy; the rest follows the
// system's proxy settings, as users behind a corporate proxy expect.
class LoopbackDirectProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (OtpEndpoint::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

// What Qt writes as the Host header: the ACE host, bracketed for IPv6, the port when the URL
// has one.
QByteArray hostHeader(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded);
    QByteArray value;
    QHostAddress address;
    if (address.setAddress(host) && address.protocol() == QAbstractSocket::IPv6Protocol)
        value = '[' + host.toLatin1() + ']';
    else
        value = host.toLatin1();
    if (url.port() != -1)
        value += ':' + QByteArray::number(url.port());
    return value;
}

} // namespace

OtpClient::OtpClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setProxyFactory(new LoopbackDirectProxyFactory); // the manager owns it
}

OtpClient::OtpClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

OtpClient::~OtpClient() = default;

QByteArray OtpClient::userAgent()
{
    return QByteArrayLiteral("OTP-Manager/" OTP_VERSION_STRING);
}

QByteArray OtpClient::contentType(BodyFormat format)
{
    return format == BodyFormat::Json ? QByteArrayLiteral("application/json")
                                      : QByteArrayLiteral("application/x-www-form-urlencoded");
}

QByteArray OtpClient::encodeBody(const QList<Field> &fields, BodyFormat format)
{
    QByteArray body;
    if (format == BodyFormat::Json) {
        // Written field by field: QJsonObject would sort the keys.
        body = "{";
        for (const Field &field : fields) {
            if (body.size() > 1)
                body += ',';
            JsonText::appendString(body, field.first);
            body += ':';
            JsonText::appendString(body, field.second);
        }
        return body + '}';
    }
    for (const Field &field : fields) {
        if (!body.isEmpty())
            body += '&';
        // Everything but unreserved characters is escaped, so "+66..." arrives as "+66...".
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

OtpCall *OtpClient::request(const OtpAppConfig &app, const QString &secret, const QString &msisdn,
                            const OtpCallOptions &options)
{
    return start(OtpOperation::Request, OtpEndpoint::forApp(app, m_sandboxUrl, m_liveBaseUrl),
                 {{u"key"_s, app.appKey}, {u"secret"_s, secret}, {u"msisdn"_s, msisdn.trimmed()}},
                 secret, options);
}

OtpCall *OtpClient::verify(const OtpAppConfig &app, const QString &secret, const QString &token,
                           const QString &pin, const OtpCallOptions &options)
{
    return start(OtpOperation::Verify, OtpEndpoint::forApp(app, m_sandboxUrl, m_liveBaseUrl),
                 {{u"key"_s, app.appKey},
                  {u"secret"_s, secret},
                  {u"token"_s, token.trimmed()},
                  {u"pin"_s, pin.trimmed()}},
                 secret, options);
}

OtpCall *OtpClient::requestAt(const QUrl &baseUrl, const QString &key, const QString &secret,
                              const QString &msisdn, const OtpCallOptions &options)
{
    return start(
        OtpOperation::Request, OtpEndpoint::check(baseUrl),
        {{u"key"_s, key.trimmed()}, {u"secret"_s, secret}, {u"msisdn"_s, msisdn.trimmed()}}, secret,
        options);
}

OtpCall *OtpClient::verifyAt(const QUrl &baseUrl, const QString &key, const QString &secret,
                             const QString &token, const QString &pin,
                             const OtpCallOptions &options)
{
    return start(OtpOperation::Verify, OtpEndpoint::check(baseUrl),
                 {{u"key"_s, key.trimmed()},
                  {u"secret"_s, secret},
                  {u"token"_s, token.trimmed()},
                  {u"pin"_s, pin.trimmed()}},
                 secret, options);
}

OtpCall *OtpClient::start(OtpOperation operation, const Result<QUrl> &endpoint,
                          const QList<Field> &fields, const QString &secret,
                          const OtpCallOptions &requested)
{
    OtpCallOptions options = requested;
    options.timeoutMs
        = qBound(OtpCallOptions::MinTimeoutMs, options.timeoutMs, OtpCallOptions::MaxTimeoutMs);
    auto *call = new OtpCall(operation, options, this);

    const QByteArray body = encodeBody(fields, options.bodyFormat);
    const QByteArray type = contentType(options.bodyFormat);
    ExchangeRecord record;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.method = QByteArrayLiteral("POST");
    record.requestBody = SecretMasker::maskBody(body, type, secret);
    record.requestBodySize = body.size();

    if (!endpoint.ok()) {
        call->refuse(record, endpoint.error);
        return call;
    }
    const QUrl url = OtpEndpoint::callUrl(endpoint.value, operation, options.version);
    record.url = url;

    // Every header Qt would otherwise choose is set here, so the record is what was sent.
    const QList<ExchangeRecord::Header> explicitHeaders{
        {"User-Agent", userAgent()},     {"Accept", "application/json"}, {"Content-Type", type},
        {"Accept-Encoding", "identity"}, // no compression: the body on the wire is the body shown
        {"Accept-Language", "en"},
    };
    QNetworkRequest request(url);
    for (const ExchangeRecord::Header &header : explicitHeaders)
        request.setRawHeader(header.first, header.second);
    // The body goes as a one-shot device (see OtpCall): Qt needs its length and must not buffer
    // it into something it could send again.
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only: with HTTP/2 the headers on the wire would differ from the record.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);

    // Qt writes Host first and Content-Length and Connection after the request's own headers.
    record.requestHeaders << ExchangeRecord::Header{"Host", hostHeader(url)};
    record.requestHeaders << explicitHeaders;
    record.requestHeaders << ExchangeRecord::Header{"Content-Length",
                                                    QByteArray::number(body.size())};
    record.requestHeaders << ExchangeRecord::Header{"Connection", "Keep-Alive"};

    call->start(*m_network, request, body, record, secret);
    return call;
}

#include "OtpCall.h"

#include "OtpResultBuilder.h"
#include "SecretMasker.h"

#include <QIODevice>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt's buffer between the socket and us; bounded, so a huge answer never piles up in memory.
constexpr qint64 ReadBufferSize = 256 * 1024;

using Reason = OtpResult::Reason;

// The request body as a device that cannot be rewound. Qt silently sends a request again when a
// connection closes before any answer; for request that could mean a second SMS, so the upload
// is made impossible to repeat and the closed connection is reported instead.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

// Errors of the connection itself (not an HTTP status mapped to an error by Qt).
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ContentReSendError
        || error == QNetworkReply::ProtocolUnknownError || error == QNetworkReply::ProtocolFailure;
}

Reason reasonFor(QNetworkReply::NetworkError error, bool hasResponse)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Reason::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return Reason::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return Reason::TlsError;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed before an answer; not sent twice
        return Reason::ConnectionClosed;
    default:
        break;
    }
    return hasResponse ? Reason::ConnectionClosed : Reason::NetworkError;
}

} // namespace

OtpCall::OtpCall(OtpOperation operation, const OtpCallOptions &options, QObject *parent)
    : QObject(parent), m_operation(operation), m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { abortWith(Abort::Timeout); });
}

OtpCall::~OtpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
    }
}

double OtpCall::elapsedMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

QString OtpCall::maskedText(const QString &text) const
{
    return SecretMasker::maskOccurrences(text, m_secret);
}

void OtpCall::refuse(const ExchangeRecord &record, const QString &reason)
{
    m_record = record;
    m_record.error = reason;
    m_record.finishedMs = 0.0;
    const OtpResult result
        = OtpResultBuilder::failure(m_operation, m_options, m_record, Reason::RefusedUrl, reason);
    // Never from inside OtpClient::request(): the caller has not connected yet.
    QMetaObject::invokeMethod(
        this, [this, result] { complete(result); }, Qt::QueuedConnection);
}

void OtpCall::start(QNetworkAccessManager &network, const QNetworkRequest &request,
                    const QByteArray &body, const ExchangeRecord &record, const QString &secret)
{
    m_record = record;
    m_secret = secret;
    m_clock.start();
    m_timeout.start(m_options.timeoutMs);

    m_reply = network.post(request, new OneShotBody(body, this));
    m_reply->setReadBufferSize(ReadBufferSize);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        if (!m_record.connectingMs)
            m_record.connectingMs = elapsedMs();
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (!m_record.requestSentMs)
            m_record.requestSentMs = elapsedMs();
    });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        if (!m_record.encryptedMs)
            m_record.encryptedMs = elapsedMs();
    });
    connect(reply, &QNetworkReply::sslErrors, this, &OtpCall::onSslErrors);
#endif
    connect(reply, &QNetworkReply::metaDataChanged, this, &OtpCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &OtpCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &OtpCall::onFinished);
}

void OtpCall::onMetaData()
{
    if (m_done || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    if (!m_record.headersReceivedMs)
        m_record.headersReceivedMs = elapsedMs();
    m_record.hasResponse = true;
    m_record.status = status.toInt();
    m_record.reasonPhrase
        = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_record.httpVersion = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
        ? u"HTTP/2"_s
        : u"HTTP/1.1"_s;
    m_record.responseHeaders = m_reply->rawHeaderPairs();

    // Announced too big: stop before reading a byte of it.
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > ExchangeRecord::MaxBodySize)
        abortWith(Abort::TooLarge);
}

void OtpCall::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    // Never more than one byte past the cap: that byte is the proof the answer is too big.
    while (m_reply->bytesAvailable() > 0) {
        const qint64 room = ExchangeRecord::MaxBodySize - m_record.responseBody.size();
        const QByteArray chunk
            = m_reply->read(std::min<qint64>(m_reply->bytesAvailable(), room + 1));
        if (chunk.isEmpty())
            break;
        m_record.responseBodySize += chunk.size();
        m_record.responseBody += chunk.left(room);
        if (m_record.responseBodySize > ExchangeRecord::MaxBodySize) {
            abortWith(Abort::TooLarge);
            return;
        }
    }
}

void OtpCall::onSslErrors(const QList<QSslError> &errors)
{
#if QT_CONFIG(ssl)
    // Recorded and never ignored: the handshake then fails with SslHandshakeFailedError.
    for (const QSslError &error : errors) {
        QString text = error.errorString();
        const QSslCertificate certificate = error.certificate();
        if (!certificate.isNull()) {
            text += u' '
                + tr("[certificate for %1, issued by %2, valid %3 to %4]")
                      .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                           certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                           certificate.expiryDate().toUTC().toString(Qt::ISODate));
        }
        if (!m_record.tlsErrors.contains(text))
            m_record.tlsErrors << text;
    }
#else
    Q_UNUSED(errors)
#endif
}

void OtpCall::abortWith(Abort reason)
{
    if (m_done || !m_reply || m_abort != Abort::None)
        return;
    m_abort = reason;
    if (!m_finishing)
        m_reply->abort(); // finished() follows synchronously
}

void OtpCall::cancel()
{
    if (m_done)
        return;
    if (m_reply)
        abortWith(Abort::Cancelled);
}

void OtpCall::onFinished()
{
    if (m_done || m_finishing || !m_reply)
        return;
    m_finishing = true;
    m_timeout.stop();
    if (m_abort == Abort::None)
        onReadyRead(); // what is left in Qt's buffer
    m_record.finishedMs = elapsedMs();
    if (!m_record.hasResponse)
        onMetaData(); // a status that arrived together with finished()
    m_reply->disconnect(this);
    m_reply->deleteLater();

    const QNetworkReply::NetworkError error = m_reply->error();
    const QString qtError = maskedText(m_reply->errorString());
    m_record.responseBody = SecretMasker::maskOccurrences(m_record.responseBody, m_secret);
    for (ExchangeRecord::Header &header : m_record.responseHeaders)
        header.second = SecretMasker::maskOccurrences(header.second, m_secret);

    OtpResult result;
    switch (m_abort) {
    case Abort::Timeout:
        m_record.error = tr("No complete answer within %1 s; the call was aborted.")
                             .arg(QLocale().toString(m_options.timeoutMs / 1000.0, 'g', 3));
        result = OtpResultBuilder::failure(m_operation, m_options, m_record, Reason::Timeout);
        break;
    case Abort::Cancelled:
        m_record.error = tr("Cancelled by the user.");
        result = OtpResultBuilder::failure(m_operation, m_options, m_record, Reason::Cancelled);
        break;
    case Abort::TooLarge:
        m_record.responseTruncated = true;
        m_record.error = tr("The answer is larger than 1 MiB; reading stopped after %1 bytes.")
                             .arg(m_record.responseBodySize);
        result = OtpResultBuilder::failure(m_operation, m_options, m_record, Reason::TooLarge);
        break;
    case Abort::None: {
        bool known = false;
        const qint64 announced
            = m_record.responseHeader("Content-Length").trimmed().toLongLong(&known);
        if (error != QNetworkReply::NoError && isTransportError(error)) {
            const Reason reason = reasonFor(error, m_record.hasResponse);
            m_record.error = qtError;
            QString problem = qtError;
            if (reason == Reason::TlsError && !m_record.tlsErrors.isEmpty())
                problem = m_record.tlsErrors.join(u"; "_s);
            result = OtpResultBuilder::failure(m_operation, m_options, m_record, reason, problem);
        } else if (!m_record.hasResponse) {
            m_record.error = qtError;
            result = OtpResultBuilder::failure(m_operation, m_options, m_record,
                                               Reason::NetworkError, qtError);
        } else if (known && m_record.responseBodySize < announced) {
            // Qt ends the body at a close even when fewer bytes came than announced.
            m_record.error = tr("The connection closed after %1 of the %2 bytes announced.")
                                 .arg(m_record.responseBodySize)
                                 .arg(announced);
            result = OtpResultBuilder::failure(m_operation, m_options, m_record,
                                               Reason::ConnectionClosed, m_record.error);
        } else {
            result = OtpResultBuilder::fromResponse(m_operation, m_options, m_record);
        }
        break;
    }
    }
    complete(result);
}

void OtpCall::complete(const OtpResult &result)
{
    if (m_done)
        return;
    m_done = true;
    m_secret.clear();
    emit finished(result);
    deleteLater();
}

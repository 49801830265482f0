#pragma once

#include "ExchangeRecord.h"
#include "OtpCallOptions.h"
#include "OtpResult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslError;

// One OTP call in flight, made by OtpClient. Emits finished() exactly once, never from inside
// the OtpClient call that made it (so a caller can connect first), then deletes itself: keep
// the OtpResult, not the pointer (or hold it in a QPointer).
class OtpCall : public QObject
{
    Q_OBJECT

public:
    ~OtpCall() override; // a running call is aborted silently

    OtpOperation operation() const { return m_operation; }
    OtpCallOptions options() const { return m_options; }
    bool isFinished() const { return m_done; }

public slots:
    // Stops the call now; finished() follows at once with outcome Cancelled. No effect once
    // finished.
    void cancel();

signals:
    void finished(const OtpResult &result);

private:
    friend class OtpClient;

    enum class Abort { None, Timeout, Cancelled, TooLarge };

    OtpCall(OtpOperation operation, const OtpCallOptions &options, QObject *parent);

    // Nothing is sent: finished() comes from the event loop with a RefusedUrl result.
    void refuse(const ExchangeRecord &record, const QString &reason);
    void start(QNetworkAccessManager &network, const QNetworkRequest &request,
               const QByteArray &body, const ExchangeRecord &record, const QString &secret);

    double elapsedMs() const;
    void onMetaData();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onFinished();
    void abortWith(Abort reason);
    void complete(const OtpResult &result);
    QString maskedText(const QString &text) const;

    OtpOperation m_operation;
    OtpCallOptions m_options;
    ExchangeRecord m_record;
    QString m_secret; // only to mask an echo of it in the answer; cleared when done
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    Abort m_abort = Abort::None;
    bool m_finishing = false; // inside onFinished(): an abort only sets the reason
    bool m_done = false;
};

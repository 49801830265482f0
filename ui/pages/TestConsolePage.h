#pragma once

#include "AppContext.h"
#include "api/OtpCallOptions.h"
#include "api/OtpResult.h"

#include <QHash>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class ExchangeViewer;
class HistoryPanel;
class OtpCall;
class OtpClient;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class ResultCard;
struct OtpAppConfig;
struct StoredExchange;

// The test panel: pick an app, request an OTP, read the code, verify it, and understand every
// answer; the raw exchange of each call and the persisted history of all of them.
class TestConsolePage : public QWidget
{
    Q_OBJECT

public:
    explicit TestConsolePage(const AppContext &context, QWidget *parent = nullptr);

    void selectApp(const QUuid &id);
    QUuid selectedAppId() const;
    OtpCallOptions callOptions() const;
    OtpClient *client() const { return m_client; }
    int callsInFlight() const;

public slots:
    void requestOtp();
    void verifyPin();
    void cancelCalls();
    void fillPinFromInbox();

signals:
    void callFinished(const OtpResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadApps();
    void onAppChanged();
    void updatePhoneHint();
    void updateButtons();
    void updateSandboxUrl();
    void startCall(OtpOperation operation, const OtpAppConfig &app, const QString &msisdn,
                   const QString &token, const QString &pin, const OtpCallOptions &options);
    void finishCall(const OtpResult &result, const OtpAppConfig &app, const QString &msisdn);
    void openExchange(const StoredExchange &exchange);
    void rerun(const StoredExchange &exchange);
    void copyCurlWithSecret();

    AppContext m_context;
    OtpClient *m_client = nullptr;
    QList<QPointer<OtpCall>> m_calls;
    QHash<QString, QString> m_msisdnByToken; // for the history row of a verify
    QUuid m_viewedAppId; // the app of the exchange in the viewer

    QLabel *m_title = nullptr;
    QLabel *m_appLabel = nullptr;
    QComboBox *m_app = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneHint = nullptr;
    QPushButton *m_request = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_pinLabel = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_fillPin = nullptr;
    QPushButton *m_verify = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLabel *m_versionLabel = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    ResultCard *m_card = nullptr;
    QGroupBox *m_exchangeBox = nullptr;
    ExchangeViewer *m_viewer = nullptr;
    HistoryPanel *m_history = nullptr;
};

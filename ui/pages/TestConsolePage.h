#pragma once

#include "AppContext.h"
#include "api/OtpCallOptions.h"
#include "api/OtpResult.h"
#include "services/OtpCallSession.h"
#include "widgets/OtpCallForm.h"

#include <QUuid>
#include <QWidget>

class ExchangeViewer;
class HistoryPanel;
class QGroupBox;
class QLabel;
class QVBoxLayout;
class QSplitter;
class ResultCard;
class SandboxStoppedBanner;
class SecretClipboard;
struct OtpAppConfig;
struct StoredExchange;

// The test panel: pick an app, request an OTP, read the code, verify it, and understand every
// answer; the raw exchange of each call and the persisted history of all of them. A face of
// OtpCallSession: the form (OtpCallForm) collects the input, the session makes the calls and
// writes the history, the page shows what it reports. Ctrl+Enter sends from anywhere in it;
// the panes are splitters that remember their sizes.
class TestConsolePage : public QWidget
{
    Q_OBJECT

public:
    explicit TestConsolePage(const AppContext &context, QWidget *parent = nullptr);

    void selectApp(const QUuid &id) { m_form->selectApp(id); }
    void focusPhoneNumber();
    QUuid selectedAppId() const { return m_form->selectedAppId(); }
    OtpCallOptions callOptions() const { return m_form->callOptions(); }
    OtpCallSession *session() const { return m_session; }
    int callsInFlight() const { return m_session->callsInFlight(); }
    // A stored call in the result card and the raw viewer (the Reports page's double-click).
    void showExchange(qint64 historyId);
    SecretClipboard *secretClipboard() const { return m_clipboard; }

public slots:
    void requestOtp();
    void verifyPin();
    void cancelCalls() { m_session->cancel(); }
    void fillPinFromInbox();
    void findInExchange(); // Ctrl+F on this page: the raw exchange's find bar

signals:
    void callFinished(const OtpResult &result);
    void message(const QString &text); // what a copy or an export did, for the status bar
    void startSandboxRequested(); // the stopped-sandbox banner's button

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildCallArea();
    void buildPanes(QVBoxLayout *layout);
    void connectCallArea();
    void connectPanes();
    void rememberSplitter(QSplitter *splitter, const QString &name);
    void showRecentNumbers(const QUuid &appId);
    bool refuseWhileSandboxStopped(const OtpAppConfig &app);
    void retranslateUi();
    void reloadApps();
    void updateButtons() { m_form->setBusy(m_session->isBusy()); }
    void updateSandboxUrl();
    void startCall(OtpOperation operation, const OtpAppConfig &app, const QString &msisdn,
                   const QString &token, const QString &pin, const OtpCallOptions &options);
    void showSecretUnavailable(const QString &message);
    void showAbandoned();
    void finishCall(const OtpResult &result, const std::optional<StoredExchange> &stored,
                    const QUuid &appId);
    void openExchange(const StoredExchange &exchange);
    void rerun(const StoredExchange &exchange);
    void copyCurlWithSecret();

    AppContext m_context;
    OtpCallSession *m_session = nullptr;
    QUuid m_viewedAppId; // the app of the exchange in the viewer

    QLabel *m_title = nullptr;
    SandboxStoppedBanner *m_sandboxBanner = nullptr;
    SecretClipboard *m_clipboard = nullptr;
    OtpCallForm *m_form = nullptr;
    ResultCard *m_card = nullptr;
    QGroupBox *m_exchangeBox = nullptr;
    ExchangeViewer *m_viewer = nullptr;
    HistoryPanel *m_history = nullptr;
};

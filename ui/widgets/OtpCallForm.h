#pragma once

#include "api/OtpCallOptions.h"
#include "domain/Msisdn.h"
#include "domain/OtpAppConfig.h"

#include <QList>
#include <QUuid>
#include <QWidget>

#include <optional>

class OtpCallOptionsPanel;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QRegularExpressionValidator;
class QStringListModel;
class QToolButton;

// The test console's form: the app to call, the phone number (with a hint saying how it is
// sent), Request and Cancel, the token, the PIN (as many digits as the app's codes have, Fill PIN
// for sandbox apps) and Verify, and the per-call options under "Advanced". It only collects
// input and says which button was pressed; the page makes the calls. Keyboard: Enter in the
// phone field requests, Enter in the token or PIN field verifies (sendFromKeyboard() is
// Ctrl+Enter). The hint under the phone field wraps in a space of its own: no message moves
// the fields below it or widens the window.
class OtpCallForm : public QWidget
{
    Q_OBJECT

public:
    explicit OtpCallForm(QWidget *parent = nullptr);

    // The apps to pick from (ordered as given); the selection stays when its app still exists.
    void setApps(const QList<OtpAppConfig> &apps);
    void selectApp(const QUuid &id);
    void focusPhoneNumber(); // the next thing to type once the app is chosen
    QUuid selectedAppId() const;
    std::optional<OtpAppConfig> selectedApp() const;

    std::optional<Msisdn> msisdn() const; // none while the number is not a Thai mobile number
    void setPhone(const QString &text);
    // The numbers the phone field offers as it is typed in (newest first).
    void setRecentNumbers(const QStringList &numbers);
    QStringList recentNumbers() const;
    QString token() const; // trimmed
    void setToken(const QString &token);
    QString pin() const;
    void setPin(const QString &pin);
    // After a successful request: its token, an empty PIN field with the focus.
    void expectPinFor(const QString &token);

    OtpCallOptions callOptions() const;
    void setCallOptions(const OtpCallOptions &options);
    // Cancel shows while calls are under way.
    void setBusy(bool busy);
    // Ctrl+Enter: Verify when the focus is in the token or PIN row, Request OTP otherwise;
    // nothing when that button is disabled.
    void sendFromKeyboard();

signals:
    void requestClicked();
    void verifyClicked();
    void cancelClicked();
    void fillPinClicked();
    void appSelected(const QUuid &id); // another app was picked (null: none)

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    QLayout *createLayout();
    void connectInputs();
    void retranslateUi();
    void onAppChanged();
    void updatePhoneHint();
    void fitPhoneHint();
    void updateButtons();

    QList<OtpAppConfig> m_apps;
    bool m_busy = false;

    QLabel *m_appLabel = nullptr;
    QComboBox *m_app = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QStringListModel *m_recentNumbers = nullptr;
    QLabel *m_phoneHint = nullptr;
    QPushButton *m_request = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_pinLabel = nullptr;
    QLineEdit *m_pin = nullptr;
    QRegularExpressionValidator *m_pinValidator = nullptr;
    QPushButton *m_fillPin = nullptr;
    QPushButton *m_verify = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    OtpCallOptionsPanel *m_advanced = nullptr;
};

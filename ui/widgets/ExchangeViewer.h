#pragma once

#include "api/ExchangeRecord.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class TextFindBar;

// The raw exchange of one call: the request and the response (headers, the body pretty-printed
// or raw as it travelled), the phase timings; the App Secret stays masked. Find (Ctrl+F through
// the window, showFindBar()); copy as cURL (the secret as $OTP_SECRET), copy as cURL with the
// real secret (a separate, explicit button), copy the response, save the body.
class ExchangeViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangeViewer(QWidget *parent = nullptr);

    void setRecord(const std::optional<ExchangeRecord> &record);
    const std::optional<ExchangeRecord> &record() const { return m_record; }
    QString responseText() const;
    QString requestText() const;
    // JSON bodies indented (the default) or byte for byte as they travelled.
    void setPretty(bool pretty);
    void showFindBar();

signals:
    // The page reads the secret from the keychain and puts the command on the clipboard.
    void copyWithSecretRequested();
    void message(const QString &text); // what a copy or save did, for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void saveBody();
    void copyCurl();
    QString body(const QByteArray &bytes) const;

    std::optional<ExchangeRecord> m_record;
    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_pretty = nullptr;
    TextFindBar *m_findBar = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QPlainTextEdit *m_timings = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_copyCurlSecret = nullptr;
    QPushButton *m_copyResponse = nullptr;
    QPushButton *m_saveBody = nullptr;
};

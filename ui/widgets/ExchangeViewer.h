#pragma once

#include "api/ExchangeRecord.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

// The raw exchange of one call: the request and the response (headers, pretty-printed JSON
// body), the phase timings; the App Secret stays masked. Copy as cURL (masked), copy as cURL
// with the real secret (a separate, explicit button), copy the response, save the body.
class ExchangeViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangeViewer(QWidget *parent = nullptr);

    void setRecord(const std::optional<ExchangeRecord> &record);
    const std::optional<ExchangeRecord> &record() const { return m_record; }
    QString responseText() const;

signals:
    // The page reads the secret from the keychain and puts the command on the clipboard.
    void copyWithSecretRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void saveBody();

    std::optional<ExchangeRecord> m_record;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QPlainTextEdit *m_timings = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_copyCurlSecret = nullptr;
    QPushButton *m_copyResponse = nullptr;
    QPushButton *m_saveBody = nullptr;
};

#pragma once

#include "api/OtpResult.h"

#include <QFrame>

#include <optional>

class QLabel;

// The outcome of the last call, as a card: green on success, red on an error, with the
// token, reference, HTTP status, latency, the catalog entry and what to do.
class ResultCard : public QFrame
{
    Q_OBJECT

public:
    explicit ResultCard(QWidget *parent = nullptr);

    void setResult(const std::optional<OtpResult> &result);
    void setBusy(const QString &text);
    // Busy with a call of this operation ("Requesting an OTP…").
    void showCallStarted(OtpOperation operation);
    const std::optional<OtpResult> &result() const { return m_result; }
    QString titleText() const;
    QString detailsText() const;
    bool isSuccess() const { return m_result && m_result->isSuccess(); }
    // The note on an answer the sandbox's fault injection made (empty otherwise).
    QString faultNoteText() const;
    // Whether the answer carries the sandbox's "X-Otp-Sandbox-Fault: injected" header.
    static bool isInjected(const OtpResult &result);
    // The sandbox's clock offset in seconds when it answered (0: none, or not the sandbox).
    static qint64 sandboxClockOffset(const OtpResult &result);
    // A long token as the card shows it: its start and end ("P74j6zkC…i27QaR").
    static QString shortToken(const QString &token);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void applyColours();

    std::optional<OtpResult> m_result;
    QString m_busy;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_faultNote = nullptr;
    bool m_applyingColours = false;
};

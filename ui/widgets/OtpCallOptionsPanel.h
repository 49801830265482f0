#pragma once

#include "api/OtpCallOptions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

// The per-call options of the test console ("Advanced"): API version, body format and timeout,
// filled from the settings' defaults and changeable for the next calls.
class OtpCallOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OtpCallOptionsPanel(QWidget *parent = nullptr);

    OtpCallOptions options() const;
    // The timeout is shown in whole seconds (1 to 600).
    void setOptions(const OtpCallOptions &options);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_versionLabel = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
};

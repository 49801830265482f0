#pragma once

#include "domain/SmsPreview.h"

#include <QWidget>

class QLabel;
class SmsBubbleView;

// The create form's live preview: the SMS as a phone would show it, and its counters
// (characters, encoding, segments, characters left), highlighted when it costs more than one
// SMS credit.
class SmsPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SmsPreviewPanel(QWidget *parent = nullptr);

    void setPreview(const SmsPreview &preview);
    const SmsPreview &preview() const { return m_preview; }

    QString countersText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    SmsPreview m_preview;
    QLabel *m_title = nullptr;
    SmsBubbleView *m_bubble = nullptr;
    QLabel *m_counters = nullptr;
};

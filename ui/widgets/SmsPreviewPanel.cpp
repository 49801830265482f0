#include "SmsPreviewPanel.h"

#include "SmsBubbleView.h"
#include "StatusColors.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SmsPreviewPanel::SmsPreviewPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_bubble = new SmsBubbleView(this);
    m_bubble->setObjectName(u"smsBubble"_s);
    m_counters = new QLabel(this);
    m_counters->setObjectName(u"previewCounters"_s);
    m_counters->setWordWrap(true);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_bubble, 1);
    layout->addWidget(m_counters);
    retranslateUi();
}

void SmsPreviewPanel::setPreview(const SmsPreview &preview)
{
    m_preview = preview;
    retranslateUi();
}

QString SmsPreviewPanel::countersText() const
{
    return m_counters->text();
}

void SmsPreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SmsPreviewPanel::retranslateUi()
{
    m_title->setText(tr("Preview"));
    // The sender name the vendor's sample SMS shows.
    m_bubble->setMessage(tr("OTP SMS"), m_preview.text);
    m_bubble->setAccessibleName(tr("SMS preview"));

    const SmsCount &count = m_preview.count;
    const QString encoding
        = count.encoding == SmsEncoding::Gsm7 ? tr("GSM-7") : tr("UCS-2 (Unicode)");
    QString text = tr("%n character(s)", nullptr, count.characters) + u" · "_s + encoding + u" · "_s
        + tr("%n SMS", "segments", count.segments) + u" · "_s
        + tr("%n left in this SMS", nullptr, count.remainingInSegment);
    if (count.isMultiSegment())
        text += u'\n' + tr("Sent as %n SMS: each one costs a credit.", nullptr, count.segments);
    m_counters->setText(text);
    m_counters->setAccessibleName(tr("SMS length"));

    StatusColors::setTextTone(m_counters,
                              count.isMultiSegment() ? std::optional(StatusColors::Tone::Warning)
                                                     : std::nullopt);
}

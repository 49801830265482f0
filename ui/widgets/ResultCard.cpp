#include "ResultCard.h"

#include "StatusColors.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::Literals::StringLiterals;

ResultCard::ResultCard(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"resultCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"resultTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(u"resultDetails"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"resultSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_faultNote = new QLabel(this);
    m_faultNote->setObjectName(u"resultFaultNote"_s);
    m_faultNote->setWordWrap(true);
    QFont italic = m_faultNote->font();
    italic.setBold(true);
    m_faultNote->setFont(italic);
    layout->addWidget(m_title);
    layout->addWidget(m_faultNote);
    layout->addWidget(m_details);
    layout->addWidget(m_summary);
    refresh();
}

void ResultCard::setResult(const std::optional<OtpResult> &result)
{
    m_result = result;
    m_busy.clear();
    refresh();
}

void ResultCard::setBusy(const QString &text)
{
    m_busy = text;
    refresh();
}

void ResultCard::showCallStarted(OtpOperation operation)
{
    setBusy(operation == OtpOperation::Request ? tr("Requesting an OTP…")
                                               : tr("Verifying the PIN…"));
}

QString ResultCard::titleText() const
{
    return m_title->text();
}

QString ResultCard::detailsText() const
{
    return m_details->text() + u'\n' + m_summary->text();
}

bool ResultCard::isInjected(const OtpResult &result)
{
    return result.record.responseHeader("X-Otp-Sandbox-Fault") == "injected";
}

QString ResultCard::shortToken(const QString &token)
{
    constexpr qsizetype Head = 8, Tail = 6;
    return token.size() <= Head + Tail + 1 ? token : token.left(Head) + u'…' + token.right(Tail);
}

qint64 ResultCard::sandboxClockOffset(const OtpResult &result)
{
    return result.record.responseHeader("X-Otp-Sandbox-Clock-Offset").toLongLong();
}

QString ResultCard::faultNoteText() const
{
    return m_faultNote->isHidden() ? QString() : m_faultNote->text();
}

void ResultCard::refresh()
{
    applyColours();
    const bool shown = m_busy.isEmpty() && m_result;
    QStringList notes;
    if (shown && isInjected(*m_result))
        notes << tr("Answered by the sandbox's fault injection, not by a real error: turn it off "
                    "on the Sandbox inbox page.");
    if (const qint64 offset = shown ? sandboxClockOffset(*m_result) : 0) {
        const int minutes = int(qMin<qint64>(offset / 60, INT_MAX));
        notes << (minutes > 0 ? tr("The sandbox's clock was %n minute(s) ahead, so its codes "
                                   "expire that much sooner: reset it on the Sandbox inbox page.",
                                   nullptr, minutes)
                              : tr("The sandbox's clock was %1 s ahead, so its codes expire that "
                                   "much sooner: reset it on the Sandbox inbox page.")
                                    .arg(offset));
    }
    m_faultNote->setVisible(!notes.isEmpty());
    m_faultNote->setText(notes.join(u'\n'));
    if (!m_busy.isEmpty() || !m_result) {
        m_title->setText(m_busy.isEmpty() ? tr("No call yet") : m_busy);
        m_details->clear();
        m_summary->setText(m_busy.isEmpty()
                               ? tr("Pick an app, enter a phone number and request an OTP.")
                               : QString());
        return;
    }
    const OtpResult &r = *m_result;
    QString title;
    if (r.isSuccess())
        title = r.operation == OtpOperation::Request ? tr("OTP sent") : tr("Code is correct");
    else
        title = r.outcomeText();
    m_title->setText(title);

    // A token is one long word a label cannot wrap: shortened here, whole in the Token field
    // beside the card and in the tooltip, so the card never needs scrolling sideways.
    const QString token = shortToken(r.token);
    QStringList details;
    if (!r.token.isEmpty())
        details << tr("Token: %1").arg(token);
    if (!r.refno.isEmpty())
        details << tr("Reference: %1").arg(r.refno);
    details << (r.httpStatus ? tr("HTTP status: %1").arg(r.httpStatus) : tr("No HTTP answer"));
    if (const std::optional<double> latency = r.latencyMs())
        details << tr("Latency: %1 ms").arg(QLocale().toString(*latency, 'f', 0));
    // The summary below starts with the entry's description: not said twice. The four OTP rows
    // have no name but their message, which the summary starts with too.
    if (r.entry && !r.entry->hasName())
        details << tr("Status code %1").arg(r.entry->statusCode);
    else if (r.entry)
        details << tr("Status code %1 · %2").arg(r.entry->statusCode).arg(r.entry->displayName());
    m_details->setText(details.join(u'\n'));
    m_details->setToolTip(r.token.isEmpty() ? QString() : tr("Token: %1").arg(r.token));
    m_summary->setText(r.token.isEmpty() ? r.summary() : r.summary().replace(r.token, token));
}

// A tinted card with its title in the tone (success or error) while a result shows; the
// surroundings' colours while busy or empty, not the last result's.
void ResultCard::applyColours()
{
    QPalette p = parentWidget() ? parentWidget()->palette() : QPalette();
    std::optional<StatusColors::Tone> tone;
    if (m_busy.isEmpty() && m_result)
        tone = m_result->isSuccess() ? StatusColors::Tone::Success : StatusColors::Tone::Error;
    if (tone)
        p.setColor(QPalette::Window, StatusColors::surface(*tone, p));
    m_applyingColours = true;
    setPalette(p);
    m_applyingColours = false;
    StatusColors::setTextTone(m_title, tone);
}

void ResultCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    // A new theme (light <-> dark) reaches the card as a palette change: tint it again.
    else if (event->type() == QEvent::PaletteChange && !m_applyingColours)
        applyColours();
    QFrame::changeEvent(event);
}

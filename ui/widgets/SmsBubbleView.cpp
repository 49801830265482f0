#include "SmsBubbleView.h"

#include "domain/ValidationIssue.h"

#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int PhoneRadius = 28;
constexpr int Bezel = 10;
constexpr int BubbleMargin = 14;
constexpr int BubblePadding = 10;
} // namespace

SmsBubbleView::SmsBubbleView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

void SmsBubbleView::setMessage(const QString &sender, const QString &text)
{
    if (sender == m_sender && text == m_text)
        return;
    m_sender = sender;
    m_text = text;
    m_drawnText = inputExcerpt(text, MaxDrawnCharacters);
    setAccessibleDescription(m_drawnText);
    update();
}

QSize SmsBubbleView::sizeHint() const
{
    return {280, 420};
}

QSize SmsBubbleView::minimumSizeHint() const
{
    return {220, 280};
}

void SmsBubbleView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();

    // The phone body and its screen.
    const QRectF body = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.5));
    painter.setBrush(pal.color(QPalette::Dark));
    painter.drawRoundedRect(body, PhoneRadius, PhoneRadius);
    const QRectF screen = body.adjusted(Bezel, Bezel * 2.5, -Bezel, -Bezel * 2.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(screen, PhoneRadius - Bezel, PhoneRadius - Bezel);

    // Sender line at the top of the screen.
    QFont senderFont = font();
    senderFont.setBold(true);
    painter.setFont(senderFont);
    painter.setPen(pal.color(QPalette::Text));
    const QFontMetricsF senderMetrics(senderFont);
    const QRectF senderRect(screen.left(), screen.top() + 8, screen.width(),
                            senderMetrics.height());
    painter.drawText(senderRect, Qt::AlignHCenter | Qt::AlignVCenter,
                     senderMetrics.elidedText(m_sender, Qt::ElideRight, screen.width() - 16));
    painter.setPen(QPen(pal.color(QPalette::Midlight), 1));
    painter.drawLine(QPointF(screen.left() + 8, senderRect.bottom() + 6),
                     QPointF(screen.right() - 8, senderRect.bottom() + 6));

    if (m_drawnText.isEmpty())
        return;

    // The incoming bubble: left-aligned, at most 85% of the screen wide.
    painter.setFont(font());
    const qreal maxTextWidth = screen.width() * 0.85 - 2 * BubblePadding;
    const QRectF available(0, 0, maxTextWidth, screen.height());
    const QRectF textBounds
        = painter.boundingRect(available, Qt::TextWordWrap | Qt::AlignLeft, m_drawnText);
    const qreal bubbleTop = senderRect.bottom() + 18;
    const qreal maxBubbleHeight = screen.bottom() - bubbleTop - BubbleMargin;
    QRectF bubble(screen.left() + BubbleMargin, bubbleTop, textBounds.width() + 2 * BubblePadding,
                  qMin(textBounds.height() + 2 * BubblePadding, maxBubbleHeight));

    const QColor bubbleColour = pal.color(QPalette::AlternateBase) == pal.color(QPalette::Base)
        ? pal.color(QPalette::Button)
        : pal.color(QPalette::AlternateBase);
    QPainterPath path;
    path.addRoundedRect(bubble, 14, 14);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(bubbleColour);
    painter.drawPath(path);

    painter.setPen(pal.color(QPalette::Text));
    painter.setClipRect(
        bubble.adjusted(BubblePadding, BubblePadding, -BubblePadding, -BubblePadding));
    painter.drawText(bubble.adjusted(BubblePadding, BubblePadding, -BubblePadding, 0),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_drawnText);
}

#include "FieldMessage.h"

#include "StatusColors.h"

#include <QEvent>

FieldMessage::FieldMessage(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setVisible(false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
}

void FieldMessage::setIssues(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines << issue.message;
    m_showsError = hasErrors(issues);
    setText(lines.join(u'\n'));
    setVisible(!lines.isEmpty());
    applyColour();
}

void FieldMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColour();
    QLabel::changeEvent(event);
}

void FieldMessage::applyColour()
{
    QPalette p = palette();
    const QColor colour = m_showsError ? StatusColors::error(p) : StatusColors::warning(p);
    if (p.color(QPalette::WindowText) == colour)
        return;
    p.setColor(QPalette::WindowText, colour);
    setPalette(p);
}

#include "FieldMessage.h"

#include "StatusColors.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

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
    if (issues == m_issues && isHidden() == issues.isEmpty())
        return; // nothing new: no relayout while typing
    m_issues = issues;
    QStringList lines;
    for (const ValidationIssue &issue : issues.first(qMin(issues.size(), MaxShownIssues)))
        lines << issue.message;
    if (issues.size() > MaxShownIssues)
        lines << tr("…and %n more.", "field message", int(issues.size() - MaxShownIssues));
    m_showsError = hasErrors(issues);
    setText(lines.join(u'\n'));
    setVisible(!lines.isEmpty());
    applyColour();
}

void FieldMessage::setReservesLine(bool reserves)
{
    m_reservesLine = reserves;
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(reserves);
    setSizePolicy(policy);
    applyReservedHeight();
}

void FieldMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColour();
    if (event->type() == QEvent::FontChange)
        applyReservedHeight();
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

void FieldMessage::applyReservedHeight()
{
    setMinimumHeight(m_reservesLine ? fontMetrics().lineSpacing() : 0);
}

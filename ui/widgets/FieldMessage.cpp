#include "FieldMessage.h"

#include "StatusColors.h"

#include <QEvent>
#include <QTextLayout>
#include <QtMath>

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

int FieldMessage::oneLineHeight() const
{
    // Thai glyphs come from a fallback font whose line is taller than the UI font's, so a line of
    // Thai measured by the font's own metrics would still push the fields below by a few pixels.
    QTextLayout layout(u"Ag \u0E17\u0E31\u0E49\u0E07\u0E1B\u0E48\u0E0E\u0E39"_s, font());
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return qMax(fontMetrics().lineSpacing(), qCeil(line.height()));
}

void FieldMessage::applyReservedHeight()
{
    setMinimumHeight(m_reservesLine ? oneLineHeight() : 0);
}

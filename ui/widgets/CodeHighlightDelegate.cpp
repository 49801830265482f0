#include "CodeHighlightDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

CodeHighlightDelegate::CodeHighlightDelegate(int codeRole, QObject *parent)
    : QStyledItemDelegate(parent), m_codeRole(codeRole)
{ }

void CodeHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QString code = index.data(m_codeRole).toString();
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                               .adjusted(2, 0, -2, 0);
    const QString elided = opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
    QTextLayout layout(elided, opt.font);
    const qsizetype at = code.isEmpty() ? -1 : elided.indexOf(code);
    if (at >= 0) {
        QTextLayout::FormatRange bold;
        bold.start = int(at);
        bold.length = int(code.size());
        bold.format.setFontWeight(QFont::Bold);
        layout.setFormats({bold});
    }
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

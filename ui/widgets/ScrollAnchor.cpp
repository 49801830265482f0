#include "ScrollAnchor.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

ScrollAnchor::ScrollAnchor(QTableView *view) : QObject(view), m_view(view)
{
    // Connected after the view's own handlers: by restore() the header knows the new rows.
    connect(view->model(), &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int) { remember(first); });
    connect(view->model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { restore(first, last); });
}

void ScrollAnchor::remember(int first)
{
    m_value = m_view->verticalScrollBar()->value();
    const int top = m_view->rowAt(0);
    m_keep = m_value > 0 && top >= 0 && first <= top;
}

void ScrollAnchor::restore(int first, int last)
{
    if (!m_keep)
        return;
    m_keep = false;
    int shift = last - first + 1; // ScrollPerItem: the bar counts rows
    if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerPixel) {
        shift = 0;
        for (int row = first; row <= last; ++row)
            shift += m_view->verticalHeader()->sectionSize(row);
    }
    // The view lays out the new rows later; the bar's range must include them now.
    m_view->doItemsLayout();
    m_view->verticalScrollBar()->setValue(m_value + shift);
}

#pragma once

#include <QObject>

class QTableView;

// Keeps the rows a user scrolled to in place when rows are inserted above them. A newest-first
// table gets each new row at the top; without this, the rows under the user's eyes would move
// down one row per arrival. A table scrolled to the very top stays there, so the new row shows.
class ScrollAnchor : public QObject
{
    Q_OBJECT

public:
    explicit ScrollAnchor(QTableView *view); // after view->setModel(); a child of the view

private:
    void remember(int first);
    void restore(int first, int last);

    QTableView *m_view;
    int m_value = 0; // the scroll bar's value before the insertion
    bool m_keep = false; // rows go in above the first visible one, and the user scrolled down
};

#include "TableColumns.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace TableColumns {

void fitToContents(QTableView *table)
{
    table->resizeColumnsToContents();
    QHeaderView *header = table->horizontalHeader();
    QFont bold = header->font();
    bold.setBold(true); // as Qt measures and draws a header
    const QFontMetrics metrics(bold);
    const QAbstractItemModel *model = table->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            continue;
        const QString text = model->headerData(column, Qt::Horizontal).toString();
        // Half a line's height on each side of the text.
        const int wanted = metrics.horizontalAdvance(text) + metrics.height();
        if (header->sectionSize(column) < wanted)
            header->resizeSection(column, wanted);
    }
}

} // namespace TableColumns

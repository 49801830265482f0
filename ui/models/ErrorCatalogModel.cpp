#include "ErrorCatalogModel.h"

#include "api/ErrorCatalog.h"

using namespace Qt::Literals::StringLiterals;

ErrorCatalogModel::ErrorCatalogModel(QObject *parent) : QAbstractTableModel(parent) { }

int ErrorCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ErrorCatalog::entries().size());
}

int ErrorCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ErrorEntry &ErrorCatalogModel::entryAt(int row) const
{
    return ErrorCatalog::entries().at(row);
}

int ErrorCatalogModel::rowOf(int catalogRow) const
{
    const QList<ErrorEntry> &entries = ErrorCatalog::entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).row == catalogRow)
            return i;
    }
    return -1;
}

QVariant ErrorCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ErrorEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HttpColumn:
            return entry.httpStatus;
        case StatusColumn:
            return entry.statusCode;
        case NameColumn:
            return entry.name;
        case DescriptionColumn:
            return entry.description();
        case HintColumn:
            return entry.hint();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return entry.descriptionEn; // the vendor's words, as the API sends them
        if (index.column() == HintColumn)
            return entry.hint();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == HttpColumn || index.column() == StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SearchTextRole:
        return QStringList{QString::number(entry.httpStatus),
                           QString::number(entry.statusCode),
                           entry.name,
                           entry.descriptionEn,
                           entry.descriptionTh,
                           entry.hintEn,
                           entry.hintTh}
            .join(u'\n');
    case HttpStatusRole:
        return entry.httpStatus;
    }
    return {};
}

QVariant ErrorCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HttpColumn:
        return tr("HTTP");
    case StatusColumn:
        return tr("Status code");
    case NameColumn:
        return tr("Name");
    case DescriptionColumn:
        return tr("Description");
    case HintColumn:
        return tr("What to do");
    }
    return {};
}

void ErrorCatalogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

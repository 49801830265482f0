#pragma once

#include "api/ErrorEntry.h"

#include <QAbstractTableModel>

// The vendor's 63 status codes as a table; texts follow the current language.
class ErrorCatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HttpColumn,
        StatusColumn,
        NameColumn,
        DescriptionColumn,
        HintColumn,
        ColumnCount
    };
    enum Role { SearchTextRole = Qt::UserRole + 1, HttpStatusRole };

    explicit ErrorCatalogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ErrorEntry &entryAt(int row) const;
    int rowOf(int catalogRow) const; // model row of a catalog row (1..63), or -1

    // Call after the language changed: every text cell and header is refreshed.
    void retranslate();
};

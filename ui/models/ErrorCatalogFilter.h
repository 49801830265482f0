#pragma once

#include <QSortFilterProxyModel>

// Search (any column, both languages) and an HTTP class filter (2xx / 4xx / 5xx).
class ErrorCatalogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString &text);
    void setHttpClass(int hundreds); // 0: all; 2, 4 or 5

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    int m_httpClass = 0;
};

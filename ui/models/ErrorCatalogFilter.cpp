#include "ErrorCatalogFilter.h"

#include "ErrorCatalogModel.h"

void ErrorCatalogFilter::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void ErrorCatalogFilter::setHttpClass(int hundreds)
{
    m_httpClass = hundreds;
    invalidateFilter();
}

bool ErrorCatalogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_httpClass != 0
        && index.data(ErrorCatalogModel::HttpStatusRole).toInt() / 100 != m_httpClass)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString haystack = index.data(ErrorCatalogModel::SearchTextRole).toString();
    // A number matches a whole code ("104" finds status 104, not 1104); words match anywhere.
    bool isNumber = false;
    m_search.toInt(&isNumber);
    if (isNumber) {
        const QStringList lines = haystack.split(u'\n');
        return lines.value(0) == m_search || lines.value(1) == m_search;
    }
    return haystack.contains(m_search, Qt::CaseInsensitive);
}

bool ErrorCatalogFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data();
    const QVariant b = right.data();
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

#pragma once

#include "PagedRows.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

// A newest-first table read from SQL a page at a time (canFetchMore/fetchMore): every stored row
// is reachable by scrolling, only the pages looked at are in memory. A subclass says how a page
// is read and how rows are ordered; a new row is inserted alone, in its place, so the user's
// selection and scroll position stay. The history and the inbox are two of these.
template<typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 200;

    // The first page again: one reset (a new search, or the table changed under the model).
    void reload()
    {
        beginResetModel();
        m_rows.clear();
        const QList<Row> page = readPage(nullptr, PageSize);
        m_rows.append(page);
        m_complete = page.size() < PageSize;
        endResetModel();
    }

    std::optional<int> rowOf(qint64 id) const { return m_rows.rowOf(id); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_rows.size();
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_complete;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QList<Row> page = readPage(&m_rows.last(), PageSize);
        m_complete = page.size() < PageSize;
        if (page.isEmpty())
            return;
        beginInsertRows({}, rowCount(), rowCount() + int(page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // At most `limit` rows in the list's order, those after `last` (null: from the top).
    virtual QList<Row> readPage(const Row *last, int limit) const = 0;
    // Whether a is listed above b.
    virtual bool listedBefore(const Row &a, const Row &b) const = 0;
    // The order of the repositories' pages: newest first, then the higher id (time DESC, id DESC).
    static bool newerFirst(const QDateTime &aTime, qint64 aId, const QDateTime &bTime, qint64 bId)
    {
        const qint64 a = aTime.toMSecsSinceEpoch();
        const qint64 b = bTime.toMSecsSinceEpoch();
        return a != b ? a > b : aId > bId;
    }

    // A row just stored (the caller checked it matches the search): one row inserted in its
    // place. Nothing when it is listed already (read with a page after it was stored) or when it
    // belongs to a page not read yet, which will bring it.
    void insertInPlace(const Row &row)
    {
        if (m_rows.rowOf(row.id))
            return;
        int position = 0;
        while (position < m_rows.size() && listedBefore(m_rows.at(position), row))
            ++position;
        if (position == m_rows.size() && !m_complete)
            return;
        beginInsertRows({}, position, position);
        m_rows.insert(position, row);
        endInsertRows();
    }

    PagedRows<Row> m_rows;

private:
    bool m_complete = false; // every row of the query is loaded
};

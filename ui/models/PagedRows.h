#pragma once

#include <QHash>
#include <QtGlobal>

#include <deque>
#include <optional>

// The rows of a newest-first list that grows at both ends: pages appended at the bottom as the
// user scrolls, new rows inserted at the top as they arrive. Row is a value with an `id`.
// Finding a row by id is O(1) however many rows came in at the top: each row keeps an ordinal
// that never changes while rows are added at either end (the top counts down, the bottom up),
// and its row number is its ordinal minus the top's.
template<typename Row> class PagedRows
{
public:
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    const Row &at(int row) const { return m_rows[std::size_t(row)]; }
    Row &at(int row) { return m_rows[std::size_t(row)]; }
    const Row &last() const { return m_rows.back(); }

    std::optional<int> rowOf(qint64 id) const
    {
        const auto it = m_ordinalById.constFind(id);
        if (it == m_ordinalById.cend())
            return std::nullopt;
        return int(*it - m_topOrdinal);
    }

    template<typename List> void append(const List &rows)
    {
        for (const Row &row : rows) {
            m_ordinalById.insert(row.id, m_topOrdinal + qint64(m_rows.size()));
            m_rows.push_back(row);
        }
    }

    // O(1) at the top; below it (calls that overlapped finish out of order) the rows after it
    // are renumbered.
    void insert(int row, const Row &value)
    {
        if (row == 0) {
            m_rows.push_front(value);
            m_ordinalById.insert(value.id, --m_topOrdinal);
            return;
        }
        m_rows.insert(m_rows.begin() + row, value);
        for (int i = row; i < size(); ++i)
            m_ordinalById.insert(at(i).id, m_topOrdinal + i);
    }

    // O(1) at the top; below it the rows after it are renumbered.
    void remove(int row)
    {
        m_ordinalById.remove(at(row).id);
        if (row == 0) {
            m_rows.pop_front();
            ++m_topOrdinal;
            return;
        }
        m_rows.erase(m_rows.begin() + row);
        for (int i = row; i < size(); ++i)
            m_ordinalById.insert(at(i).id, m_topOrdinal + i);
    }

    void clear()
    {
        m_rows.clear();
        m_ordinalById.clear();
        m_topOrdinal = 0;
    }

private:
    std::deque<Row> m_rows;
    QHash<qint64, qint64> m_ordinalById;
    qint64 m_topOrdinal = 0; // the ordinal of row 0
};

#include "TransactionModel.h"

#include "ReportTexts.h"
#include "ReportWorker.h"

#include <QLocale>

namespace {
using Col = TransactionQuery::Column;

// The table's columns the SQL can sort by.
std::optional<Col> sqlColumn(int column)
{
    switch (column) {
    case TransactionModel::TimeColumn:
        return Col::Time;
    case TransactionModel::AppColumn:
        return Col::App;
    case TransactionModel::NumberColumn:
        return Col::Number;
    case TransactionModel::StateColumn:
        return Col::Fate;
    case TransactionModel::AttemptsColumn:
        return Col::Attempts;
    case TransactionModel::TimeToVerifyColumn:
        return Col::TimeToVerify;
    default:
        return std::nullopt;
    }
}
} // namespace

TransactionModel::TransactionModel(ReportWorker &worker, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker)
{
    connect(&m_worker, &ReportWorker::pageReady, this, &TransactionModel::receive);
}

void TransactionModel::setReport(const ReportQuery &report)
{
    m_report = report;
    m_hasReport = true;
    load(0, PageRows);
}

void TransactionModel::setFilter(const QString &text, std::optional<OtpFate> fate)
{
    if (m_query.text == text && m_query.fate == fate)
        return;
    m_query.text = text;
    m_query.fate = fate;
    if (m_hasReport)
        load(0, PageRows);
}

void TransactionModel::refresh()
{
    if (!m_hasReport)
        return;
    load(0, int(m_rows.size()) + PageRows); // room for the new OTPs above the rows shown
    m_ticketRefreshes = true;
}

void TransactionModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<Col> sqlSort = sqlColumn(column);
    if (!sqlSort)
        return;
    m_query.sortColumn = *sqlSort;
    m_query.descending = order == Qt::DescendingOrder;
    if (m_hasReport)
        load(0, PageRows);
}

void TransactionModel::load(int offset, int limit)
{
    TransactionQuery page = m_query;
    page.offset = offset;
    page.limit = limit;
    m_ticketOffset = offset;
    m_ticketRefreshes = false;
    m_ticket = m_worker.fetchPage(m_report, page); // a later answer replaces an earlier one
}

void TransactionModel::receive(int ticket, const TransactionPage &page)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    m_total = page.total;
    if (m_ticketRefreshes && mergeInPlace(page.rows)) {
        emit loaded();
        return;
    }
    if (m_ticketOffset == 0) {
        beginResetModel();
        m_rows = page.rows;
        endResetModel();
    } else if (!page.rows.isEmpty() && m_ticketOffset == m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows += page.rows;
        endInsertRows();
    }
    emit loaded();
}

bool TransactionModel::mergeInPlace(const QList<TransactionRow> &rows)
{
    const auto sameOtp = [](const TransactionRow &a, const TransactionRow &b) {
        return a.source == b.source && a.requestId == b.requestId;
    };
    if (m_rows.isEmpty())
        return false;
    qsizetype added = 0; // rows new at the top, before the first one shown
    while (added < rows.size() && !sameOtp(rows.at(added), m_rows.first()))
        ++added;
    if (added == rows.size() || rows.size() - added < m_rows.size())
        return false;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!sameOtp(m_rows.at(i), rows.at(added + i)))
            return false;
    }
    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_rows = rows.mid(0, added) + m_rows;
        endInsertRows();
    }
    for (qsizetype i = added; i < m_rows.size(); ++i) {
        const TransactionRow &now = rows.at(i);
        TransactionRow &shown = m_rows[i];
        if (shown.fate != now.fate || shown.attempts != now.attempts
            || shown.timeToVerifyMs != now.timeToVerifyMs || shown.codes != now.codes) {
            shown = now;
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
    return true;
}

bool TransactionModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_ticket == 0 && m_rows.size() < m_total;
}

void TransactionModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(int(m_rows.size()), PageRows);
}

int TransactionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionModel::display(const TransactionRow &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(row.requestedAt.toLocalTime(), QLocale::ShortFormat);
    case AppColumn:
        return row.appName;
    case NumberColumn:
        return row.maskedNumber;
    case ReferenceColumn:
        return row.refno;
    case StateColumn:
        return ReportTexts::fateName(row.fate);
    case AttemptsColumn:
        return QString::number(row.attempts);
    case TimeToVerifyColumn:
        return row.timeToVerifyMs ? ReportTexts::duration(row.timeToVerifyMs) : QString();
    case CodesColumn:
        return ReportTexts::codesSeen(row.codes);
    case SourceColumn:
        return ReportTexts::sourceName(row.source);
    default:
        return {};
    }
}

QVariant TransactionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TransactionRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return display(row, index.column());
    if (role == Qt::ToolTipRole && index.column() == CodesColumn) {
        // The column is often cut: the tooltip says it whole, then the names as sent.
        //: Tooltip of an OTP's codes: %1 the decoded answers, %2 the names the service sent
        return tr("%1\n\nAs the service sent them: %2")
            .arg(ReportTexts::codesSeen(row.codes), row.codes.join(u", "));
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == AttemptsColumn || index.column() == TimeToVerifyColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TransactionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Requested");
    case AppColumn:
        return tr("App");
    case NumberColumn:
        return tr("Phone number");
    case ReferenceColumn:
        //: The OTP's reference code (refno) shown in the SMS
        return tr("Reference");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        //: Number of verify calls made for an OTP
        return tr("Attempts");
    case TimeToVerifyColumn:
        return tr("Time to verify");
    case CodesColumn:
        //: The answers (status codes) an OTP's calls got
        return tr("Codes seen");
    case SourceColumn:
        return tr("Seen by");
    default:
        return {};
    }
}

void TransactionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

#include "HistoryModel.h"

#include "api/OtpResult.h"
#include "domain/Msisdn.h"
#include "storage/ExchangeRepository.h"
#include "util/CsvText.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

HistoryModel::HistoryModel(ExchangeRepository &repository, QObject *parent)
    : PagedTableModel(parent), m_repository(repository)
{
    reload();
}

QList<OtpOperation> HistoryModel::callsNamed(const QString &search)
{
    QList<OtpOperation> calls;
    for (const OtpOperation call : enumValues<OtpOperation>()) {
        if (!search.isEmpty() && callName(call).contains(search, Qt::CaseInsensitive))
            calls << call;
    }
    return calls;
}

void HistoryModel::setQuery(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_filter.search)
        return;
    m_filter.search = search;
    m_filter.searchCalls = callsNamed(search);
    m_filter.searchOutcomes = OtpResult::historyOutcomesShowing(search);
    reload();
}

ExchangeFilter HistoryModel::filter() const
{
    ExchangeFilter filter = m_filter;
    filter.after.reset();
    filter.limit = -1;
    return filter;
}

QList<ExchangeRow> HistoryModel::readPage(const ExchangeRow *last, int limit) const
{
    ExchangeFilter page = m_filter;
    page.limit = limit;
    if (last)
        page.after = ExchangeFilter::Position{last->startedAt, last->id};
    return m_repository.rows(page);
}

bool HistoryModel::listedBefore(const ExchangeRow &a, const ExchangeRow &b) const
{
    return newerFirst(a.startedAt, a.id, b.startedAt, b.id);
}

void HistoryModel::addCall(const StoredExchange &exchange)
{
    if (rowOf(exchange.id))
        return; // already listed (read with a page after it was stored)
    const bool filtered = !m_filter.search.isEmpty() || m_filter.appId || m_filter.from.isValid()
        || m_filter.to.isValid();
    if (filtered && !m_repository.matches(exchange.id, m_filter))
        return;
    insertInPlace(ExchangeRow::of(exchange));
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::maskedPhone(const QString &msisdn)
{
    if (const std::optional<Msisdn> parsed = Msisdn::parse(msisdn))
        return parsed->masked();
    return msisdn.size() > 6 ? msisdn.left(3) + u"***"_s + msisdn.right(3) : msisdn;
}

QString HistoryModel::callName(OtpOperation call)
{
    return call == OtpOperation::Request ? tr("Request") : tr("Verify");
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ExchangeRow &exchange = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(exchange.startedAt.toLocalTime(), QLocale::ShortFormat);
        case AppColumn:
            return exchange.appName;
        case CallColumn:
            return callName(exchange.call);
        case PhoneColumn:
            return maskedPhone(exchange.msisdn);
        case StatusColumn:
            return exchange.httpStatus ? QVariant(*exchange.httpStatus) : QVariant(u"—"_s);
        case OutcomeColumn:
            return OtpResult::historyOutcomeText(exchange.outcome);
        case LatencyColumn:
            return exchange.latencyMs ? tr("%1 ms").arg(QLocale().toString(*exchange.latencyMs))
                                      : QString();
        }
    } else if (role == ExchangeIdRole) {
        return exchange.id;
    } else if (role == Qt::TextAlignmentRole
               && (index.column() == StatusColumn || index.column() == LatencyColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AppColumn:
        return tr("App");
    case CallColumn:
        return tr("Call");
    case PhoneColumn:
        return tr("Phone number");
    case StatusColumn:
        return tr("HTTP");
    case OutcomeColumn:
        return tr("Outcome");
    case LatencyColumn:
        return tr("Latency");
    }
    return {};
}

void HistoryModel::retranslate()
{
    // A search matches the call names and outcomes as shown: in the new language they may match
    // otherwise.
    const QList<OtpOperation> calls = callsNamed(m_filter.search);
    const QStringList outcomes = OtpResult::historyOutcomesShowing(m_filter.search);
    if (calls != m_filter.searchCalls || outcomes != m_filter.searchOutcomes) {
        m_filter.searchCalls = calls;
        m_filter.searchOutcomes = outcomes;
        reload();
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QByteArray HistoryModel::csvHeader()
{
    return QByteArrayLiteral("time,app,call,phone,http_status,outcome,latency_ms\r\n");
}

QByteArray HistoryModel::csvLines(const QList<ExchangeRow> &rows)
{
    QByteArray lines;
    for (const ExchangeRow &exchange : rows) {
        lines += CsvText::line(
            {CsvText::field(exchange.startedAt.toUTC().toString(Qt::ISODateWithMs)),
             CsvText::field(exchange.appName), enumId(exchange.call),
             CsvText::field(maskedPhone(exchange.msisdn)),
             exchange.httpStatus ? QString::number(*exchange.httpStatus) : QString(),
             CsvText::field(exchange.outcome),
             exchange.latencyMs ? QString::number(*exchange.latencyMs) : QString()});
    }
    return lines;
}

#include "HistoryModel.h"

#include "domain/Msisdn.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void HistoryModel::setExchanges(const QList<StoredExchange> &exchanges)
{
    beginResetModel();
    m_exchanges = exchanges;
    endResetModel();
}

std::optional<StoredExchange> HistoryModel::exchange(qint64 id) const
{
    for (const StoredExchange &exchange : m_exchanges) {
        if (exchange.id == id)
            return exchange;
    }
    return std::nullopt;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
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

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_exchanges.size())
        return {};
    const StoredExchange &exchange = m_exchanges.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(exchange.startedAt.toLocalTime(), QLocale::ShortFormat);
        case AppColumn:
            return exchange.appName;
        case CallColumn:
            return exchange.call == OtpOperation::Request ? tr("Request") : tr("Verify");
        case PhoneColumn:
            return maskedPhone(exchange.msisdn);
        case StatusColumn:
            return exchange.httpStatus ? QVariant(*exchange.httpStatus) : QVariant(u"—"_s);
        case OutcomeColumn:
            return exchange.outcome;
        case LatencyColumn:
            return exchange.latencyMs ? tr("%1 ms").arg(QLocale().toString(*exchange.latencyMs))
                                      : QString();
        }
    } else if (role == ExchangeIdRole) {
        return exchange.id;
    } else if (role == SearchRole) {
        return QStringList{exchange.appName, enumId(exchange.call), maskedPhone(exchange.msisdn),
                           exchange.outcome,
                           exchange.httpStatus ? QString::number(*exchange.httpStatus) : QString()}
            .join(u'\n');
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
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_exchanges.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QByteArray HistoryModel::toCsv(const QList<StoredExchange> &exchanges)
{
    const auto field = [](const QString &text) -> QString {
        QString quoted = text;
        quoted.replace(u'"', u"\"\""_s);
        return u'"' + quoted + u'"';
    };
    QStringList lines{u"time,app,call,phone,http_status,outcome,latency_ms"_s};
    for (const StoredExchange &exchange : exchanges) {
        lines << QStringList{field(exchange.startedAt.toUTC().toString(Qt::ISODateWithMs)),
                             field(exchange.appName),
                             enumId(exchange.call),
                             field(maskedPhone(exchange.msisdn)),
                             exchange.httpStatus ? QString::number(*exchange.httpStatus)
                                                 : QString(),
                             field(exchange.outcome),
                             exchange.latencyMs ? QString::number(*exchange.latencyMs) : QString()}
                     .join(u',');
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

#include "InboxModel.h"

#include "domain/Msisdn.h"
#include "storage/InboxRepository.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

InboxModel::InboxModel(InboxRepository &repository, QObject *parent)
    : PagedTableModel(parent), m_repository(repository), m_lastTick(now())
{
    reload();
}

QList<OtpMessage::State> InboxModel::statesNamed(const QString &search)
{
    QList<OtpMessage::State> states;
    for (const OtpMessage::State state : enumValues<OtpMessage::State>()) {
        if (!search.isEmpty() && stateName(state).contains(search, Qt::CaseInsensitive))
            states << state;
    }
    return states;
}

void InboxModel::setQuery(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_filter.search)
        return;
    m_filter.search = search;
    m_filter.searchStates = statesNamed(search);
    reload();
}

QList<OtpMessage> InboxModel::readPage(const OtpMessage *last, int limit) const
{
    InboxFilter page = m_filter;
    page.limit = limit;
    if (last)
        page.after = InboxFilter::Position{last->createdAt, last->id};
    return m_repository.list(page);
}

bool InboxModel::listedBefore(const OtpMessage &a, const OtpMessage &b) const
{
    return newerFirst(a.createdAt, a.id, b.createdAt, b.id);
}

void InboxModel::addMessage(const OtpMessage &message)
{
    if (rowOf(message.id))
        return; // already listed (read with a page after it was stored)
    const bool filtered = !m_filter.search.isEmpty() || m_filter.appId;
    if (filtered && !m_repository.matches(message.id, m_filter))
        return;
    insertInPlace(message); // the sandbox stamps each SMS as it sends it: the top
}

void InboxModel::setState(qint64 id, OtpMessage::State state)
{
    const std::optional<int> row = m_rows.rowOf(id);
    if (!row || m_rows.at(*row).state == state)
        return;
    m_rows.at(*row).state = state;
    emit dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
}

void InboxModel::removeMessages(const QList<qint64> &ids)
{
    // Each row removed alone: the others keep their place and the user's selection.
    for (const qint64 id : ids) {
        if (const std::optional<int> row = m_rows.rowOf(id)) {
            beginRemoveRows({}, *row, *row);
            m_rows.remove(*row);
            endRemoveRows();
        }
    }
}

void InboxModel::setClockOffset(qint64 seconds)
{
    m_clockOffset = seconds;
    tick();
}

void InboxModel::setNow(const QDateTime &now)
{
    m_now = now;
    tick();
}

QDateTime InboxModel::now() const
{
    return (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).addSecs(m_clockOffset);
}

void InboxModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const QDateTime current = now();
    emit dataChanged(index(0, ExpiresColumn), index(rowCount() - 1, ExpiresColumn));
    // A pending message whose expiry passed since the last tick now shows as expired (and back,
    // should the clock have moved back).
    for (int row = 0; row < m_rows.size(); ++row) {
        const OtpMessage &message = m_rows.at(row);
        if (message.state == OtpMessage::State::Pending
            && (message.expiresAt <= current) != (message.expiresAt <= m_lastTick))
            emit dataChanged(index(row, StateColumn), index(row, StateColumn));
    }
    m_lastTick = current;
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InboxModel::stateName(OtpMessage::State state)
{
    switch (state) {
    case OtpMessage::State::Pending:
        return tr("Pending");
    case OtpMessage::State::Verified:
        return tr("Verified");
    case OtpMessage::State::Expired:
        return tr("Expired");
    case OtpMessage::State::Burned:
        return tr("Burned", "inbox state: the token was invalidated after too many wrong PINs");
    case OtpMessage::State::Evicted:
        return tr("Dropped (token limit)",
                  "inbox state: the sandbox dropped the unverified token to stay under its cap "
                  "of stored tokens");
    case OtpMessage::State::Lost:
        return tr("Lost",
                  "inbox state: no running sandbox holds the token any more, so its code "
                  "can no longer be verified");
    }
    return {};
}

QString InboxModel::stateExplanation(OtpMessage::State state)
{
    if (state != OtpMessage::State::Lost)
        return {};
    return tr("The sandbox no longer holds this code: it was restarted or stopped without keeping "
              "it, so verifying it answers \"Code is invalid.\". Request a new code.");
}

OtpMessage::State InboxModel::shownState(const OtpMessage &message, const QDateTime &now) const
{
    // A pending message past its expiry is expired, even before the sandbox says so.
    const bool lapsed = message.state == OtpMessage::State::Pending && message.expiresAt <= now;
    return lapsed ? OtpMessage::State::Expired : message.state;
}

QVariant InboxModel::display(const OtpMessage &message, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(message.createdAt.toLocalTime(), QLocale::ShortFormat);
    case AppColumn:
        return message.appName;
    case PhoneColumn: {
        const std::optional<Msisdn> msisdn = Msisdn::parse(message.msisdn);
        return msisdn ? msisdn->domestic() : message.msisdn;
    }
    case TextColumn:
        return message.text;
    case RefColumn:
        return message.refno;
    case ExpiresColumn: {
        const QDateTime current = now();
        if (shownState(message, current) != OtpMessage::State::Pending)
            return QString();
        const qint64 seconds = current.secsTo(message.expiresAt);
        return tr("%1:%2 left").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    }
    case StateColumn:
        return stateName(shownState(message, now()));
    }
    return {};
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OtpMessage &message = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(message, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return message.text;
        if (index.column() == ExpiresColumn)
            return QLocale().toString(message.expiresAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == StateColumn) {
            const QString explanation = stateExplanation(shownState(message, now()));
            return explanation.isEmpty() ? QVariant() : QVariant(explanation);
        }
        break;
    case CodeRole:
        return message.code;
    case TokenRole:
        return message.token;
    case StateRole:
        return QVariant::fromValue(shownState(message, now()));
    case MessageIdRole:
        return message.id;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AppColumn:
        return tr("App");
    case PhoneColumn:
        return tr("Phone number");
    case TextColumn:
        return tr("SMS text");
    case RefColumn:
        return tr("Ref");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    }
    return {};
}

void InboxModel::retranslate()
{
    // A search matches the state names as shown: in the new language they may match otherwise.
    if (const QList<OtpMessage::State> states = statesNamed(m_filter.search);
        states != m_filter.searchStates) {
        m_filter.searchStates = states;
        reload();
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

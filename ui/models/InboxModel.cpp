#include "InboxModel.h"

#include "domain/Msisdn.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

InboxModel::InboxModel(QObject *parent) : QAbstractTableModel(parent) { }

void InboxModel::setMessages(const QList<OtpMessage> &messages)
{
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

void InboxModel::setNow(const QDateTime &now)
{
    m_now = now;
    tick();
}

QDateTime InboxModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void InboxModel::tick()
{
    if (!m_messages.isEmpty())
        emit dataChanged(index(0, ExpiresColumn), index(rowCount() - 1, StateColumn));
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
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
    }
    return {};
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const OtpMessage &message = m_messages.at(index.row());
    // A pending message past its expiry is expired, even before the sandbox says so.
    const bool lapsed = message.state == OtpMessage::State::Pending && message.expiresAt <= now();
    const OtpMessage::State state = lapsed ? OtpMessage::State::Expired : message.state;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
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
            if (state != OtpMessage::State::Pending)
                return QString();
            const qint64 seconds = now().secsTo(message.expiresAt);
            return tr("%1:%2 left").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
        }
        case StateColumn:
            return stateName(state);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return message.text;
        if (index.column() == ExpiresColumn)
            return QLocale().toString(message.expiresAt.toLocalTime(), QLocale::LongFormat);
        break;
    case CodeRole:
        return message.code;
    case TokenRole:
        return message.token;
    case StateRole:
        return int(state);
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
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_messages.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

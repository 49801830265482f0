#include "AppTableModel.h"

#include "domain/ExpiryPeriod.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

AppTableModel::AppTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void AppTableModel::setApps(const QList<OtpAppConfig> &apps,
                            const QHash<QUuid, QDateTime> &lastUsed)
{
    beginResetModel();
    m_apps = apps;
    m_lastUsed = lastUsed;
    endResetModel();
}

void AppTableModel::setLastUsed(const QHash<QUuid, QDateTime> &lastUsed)
{
    if (lastUsed == m_lastUsed)
        return;
    m_lastUsed = lastUsed;
    if (!m_apps.isEmpty())
        emit dataChanged(index(0, LastUsedColumn), index(rowCount() - 1, LastUsedColumn));
}

int AppTableModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_apps.size(); ++i) {
        if (m_apps.at(i).id == id)
            return i;
    }
    return -1;
}

int AppTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int AppTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AppTableModel::maskedKey(const QString &key)
{
    if (key.size() <= 4)
        return key;
    return QString(key.size() - 4, QChar(0x2022)) + key.right(4);
}

QString AppTableModel::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Sandbox:
        return tr("Sandbox");
    case Environment::Live:
        return tr("Live");
    case Environment::Custom:
        return tr("Custom URL");
    }
    return {};
}

QVariant AppTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_apps.size())
        return {};
    const OtpAppConfig &app = m_apps.at(index.row());
    const QDateTime lastUsed = m_lastUsed.value(app.id);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return app.name;
        case EnvironmentColumn:
            return environmentName(app.environment);
        case DigitsColumn:
            return app.digits;
        case ExpiryColumn:
            return ExpiryPeriod::format(app.expiryMinutes);
        case KeyColumn:
            return maskedKey(app.appKey);
        case CreatedColumn:
            return locale.toString(app.createdAt.toLocalTime(), QLocale::ShortFormat);
        case LastUsedColumn:
            return lastUsed.isValid()
                ? locale.toString(lastUsed.toLocalTime(), QLocale::ShortFormat)
                : tr("Never");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == EnvironmentColumn && app.environment == Environment::Custom)
            return app.baseUrl.toString();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DigitsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == KeyColumn)
            return tr("App Key ending in %1").arg(app.appKey.right(4));
        break;
    case AppIdRole:
        return app.id;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return app.name.toLower();
        case DigitsColumn:
            return app.digits;
        case ExpiryColumn:
            return app.expiryMinutes;
        case CreatedColumn:
            return app.createdAt;
        case LastUsedColumn:
            return lastUsed;
        default:
            return data(index, Qt::DisplayRole);
        }
    case FilterRole:
        return QStringList{app.name, app.contactEmail, app.contactName, app.appKey,
                           environmentName(app.environment)}
            .join(u'\n');
    }
    return {};
}

QVariant AppTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EnvironmentColumn:
        return tr("Environment");
    case DigitsColumn:
        return tr("Digits");
    case ExpiryColumn:
        return tr("Expiry");
    case KeyColumn:
        return tr("App Key");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    }
    return {};
}

void AppTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_apps.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

#pragma once

#include "domain/OtpAppConfig.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

// The OTP apps as the apps page lists them: name, environment, digits, expiry, App Key
// (masked but for the last 4), created, last used.
class AppTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        EnvironmentColumn,
        DigitsColumn,
        ExpiryColumn,
        KeyColumn,
        CreatedColumn,
        LastUsedColumn,
        ColumnCount
    };
    enum Role { AppIdRole = Qt::UserRole + 1, SortRole, FilterRole };

    explicit AppTableModel(QObject *parent = nullptr);

    void setApps(const QList<OtpAppConfig> &apps, const QHash<QUuid, QDateTime> &lastUsed = {});
    // Only the "Last used" column changes: selection and scroll position stay.
    void setLastUsed(const QHash<QUuid, QDateTime> &lastUsed);
    const QList<OtpAppConfig> &apps() const { return m_apps; }
    int rowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString maskedKey(const QString &key); // "••••••••••••3456"
    static QString environmentName(Environment environment);
    void retranslate();

private:
    QList<OtpAppConfig> m_apps;
    QHash<QUuid, QDateTime> m_lastUsed;
};

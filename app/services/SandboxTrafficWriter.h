#pragma once

#include "TrafficRetention.h"
#include "storage/SandboxTrafficRow.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class Database;
class SandboxTrafficRepository;

// SandboxTrafficRecorder's writer, living in its own thread with its own connection to the
// data folder's database (WAL: the GUI's connection and report readers are not blocked): one
// transaction per batch, and the retention prune on a timer. Call its slots queued.
class SandboxTrafficWriter : public QObject
{
    Q_OBJECT

public:
    SandboxTrafficWriter(const QString &dataDir, const TrafficRetention &retention);
    ~SandboxTrafficWriter() override;

public slots:
    void open(); // in the writer thread, first
    void write(const QList<SandboxTrafficRow> &rows);
    void prune();
    void setRetention(const TrafficRetention &retention); // prunes at once when it changed
    void close(); // in the writer thread, last: the connection belongs to it

signals:
    void written(int rows, const QString &error); // error translated; empty when stored
    void pruned(qint64 rows, const QString &error);

private:
    QString m_dataDir;
    TrafficRetention m_retention;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SandboxTrafficRepository> m_repository;
    QString m_openError;
    QTimer *m_pruneTimer = nullptr;
};

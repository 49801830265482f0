#pragma once

#include "TrafficRetention.h"
#include "sandbox/SandboxRequestRecord.h"
#include "storage/SandboxTrafficRow.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

class AppSettings;
class SandboxServer;
class SandboxTrafficWriter;

// Records every OTP call (request, verify) a SandboxServer answers into the sandbox_traffic
// table of a data folder, for reports: the GUI's sandbox always, `otpctl sandbox --record`
// when asked. Calls are collected here and written by a writer thread in batches, one
// transaction per batch (never one fsync per call); the queue is bounded: while the writer is
// MaxQueuedRows behind, further calls are counted as dropped instead of growing memory. Old
// rows are pruned in the background by the retention.
class SandboxTrafficRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int BatchRows = 1000; // written at once when this many are waiting
    static constexpr int FlushIntervalMs = 250; // otherwise this long after the first
    static constexpr int MaxQueuedRows = 50000;
    static constexpr int DropReportMs = 1000; // calls dropped are said at most once a second

    SandboxTrafficRecorder(SandboxServer &server, const QString &dataDir,
                           const TrafficRetention &retention = {}, QObject *parent = nullptr);
    ~SandboxTrafficRecorder() override; // writes what is waiting, then stops the writer

    // What a traffic row keeps of a handled request; nullopt for anything but an OTP call.
    static std::optional<SandboxTrafficRow> rowOf(const SandboxRequestRecord &record);

    // Hands what is waiting to the writer and waits until everything handed is written.
    void flushAndWait();
    void pruneNow(); // asynchronous; pruned() follows
    // A new retention (the user changed it): kept from now on, pruning at once when it changed.
    void setRetention(const TrafficRetention &retention);
    // Keeps the retention of these settings, now and whenever they change (Settings > Reports).
    void followSettings(const AppSettings &settings);
    qint64 droppedCount() const { return m_dropped; }
    // How many rows may wait for the writer before calls are dropped (MaxQueuedRows; tests).
    void setQueueLimit(int rows) { m_queueLimit = rows; }

signals:
    void batchWritten(int rows);
    // Translated; once per failing batch, and once a second while calls are being dropped.
    void failed(const QString &message);
    void pruned(qint64 rows);

private:
    void add(const SandboxRequestRecord &record);
    void flush();
    void reportDropped();

    QThread m_thread;
    SandboxTrafficWriter *m_writer = nullptr; // lives in m_thread
    QList<SandboxTrafficRow> m_waiting;
    QTimer m_flushTimer;
    int m_inFlight = 0; // handed to the writer, not yet written
    qint64 m_dropped = 0;
    qint64 m_droppedUnreported = 0;
    int m_queueLimit = MaxQueuedRows;
    QTimer m_dropReportTimer;
};

#include "SandboxTrafficRecorder.h"

#include "AppSettings.h"
#include "SandboxTrafficWriter.h"
#include "sandbox/SandboxServer.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTrafficRecorder, "otp.services.traffic")

SandboxTrafficRecorder::SandboxTrafficRecorder(SandboxServer &server, const QString &dataDir,
                                               const TrafficRetention &retention, QObject *parent)
    : QObject(parent), m_writer(new SandboxTrafficWriter(dataDir, retention)), m_flushTimer(this)
{
    qRegisterMetaType<QList<SandboxTrafficRow>>();
    m_thread.setObjectName(QStringLiteral("sandbox-traffic"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &SandboxTrafficWriter::written, this, [this](int rows, const QString &error) {
        m_inFlight -= rows;
        if (error.isEmpty()) {
            emit batchWritten(rows);
        } else {
            qCWarning(lcTrafficRecorder) << "recording failed:" << error;
            emit failed(error);
        }
    });
    connect(m_writer, &SandboxTrafficWriter::pruned, this,
            [this](qint64 rows, const QString &error) {
                if (!error.isEmpty())
                    emit failed(error);
                else
                    emit pruned(rows);
            });
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_writer, &SandboxTrafficWriter::open, Qt::QueuedConnection);

    m_dropReportTimer.setSingleShot(true);
    m_dropReportTimer.setInterval(DropReportMs);
    connect(&m_dropReportTimer, &QTimer::timeout, this, &SandboxTrafficRecorder::reportDropped);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &SandboxTrafficRecorder::flush);
    connect(&server, &SandboxServer::requestHandled, this, &SandboxTrafficRecorder::add);
}

SandboxTrafficRecorder::~SandboxTrafficRecorder()
{
    flush();
    QMetaObject::invokeMethod(m_writer, &SandboxTrafficWriter::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

std::optional<SandboxTrafficRow> SandboxTrafficRecorder::rowOf(const SandboxRequestRecord &record)
{
    if (!record.operation)
        return std::nullopt;
    SandboxTrafficRow row;
    row.startedAt = record.at;
    row.appId = record.appId;
    row.appName = record.appName;
    row.call = *record.operation;
    row.maskedMsisdn = record.msisdn;
    row.httpStatus = record.status;
    row.statusCode = record.statusCode;
    row.outcome = record.statusName;
    row.latencyMs = qRound(record.elapsedMs * 1000) / 1000.0;
    row.token = record.token;
    row.refno = record.refno;
    row.expiresAt = record.expiresAt;
    row.faultInjected = record.faultInjected;
    row.remoteAddress = record.remoteAddress;
    return row;
}

void SandboxTrafficRecorder::add(const SandboxRequestRecord &record)
{
    std::optional<SandboxTrafficRow> row = rowOf(record);
    if (!row)
        return;
    if (m_inFlight + m_waiting.size() >= m_queueLimit) {
        // The disk cannot keep up: losing a report row beats growing without end, but the
        // user is told the reports miss calls.
        ++m_dropped;
        ++m_droppedUnreported;
        if (!m_dropReportTimer.isActive())
            m_dropReportTimer.start();
        return;
    }
    m_waiting << std::move(*row);
    if (m_waiting.size() >= BatchRows)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void SandboxTrafficRecorder::flush()
{
    m_flushTimer.stop();
    if (m_waiting.isEmpty())
        return;
    m_inFlight += int(m_waiting.size());
    QMetaObject::invokeMethod(m_writer, "write", Qt::QueuedConnection,
                              Q_ARG(QList<SandboxTrafficRow>, m_waiting));
    m_waiting.clear();
}

void SandboxTrafficRecorder::reportDropped()
{
    qCWarning(lcTrafficRecorder) << "dropped" << m_droppedUnreported << "calls";
    emit failed(tr("The sandbox answered calls faster than they could be stored: %1 of them "
                   "are missing from the reports.")
                    .arg(QLocale().toString(m_droppedUnreported)));
    m_droppedUnreported = 0;
}

void SandboxTrafficRecorder::flushAndWait()
{
    flush();
    // The writer handles its calls in order: once this returns, every batch before it is in.
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this); // the written() answers, so m_inFlight is current
}

void SandboxTrafficRecorder::pruneNow()
{
    QMetaObject::invokeMethod(m_writer, &SandboxTrafficWriter::prune, Qt::QueuedConnection);
}

void SandboxTrafficRecorder::setRetention(const TrafficRetention &retention)
{
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, retention] { writer->setRetention(retention); },
        Qt::QueuedConnection);
}

void SandboxTrafficRecorder::followSettings(const AppSettings &settings)
{
    setRetention(settings.trafficRetention());
    // The writer ignores a change that leaves the retention as it was.
    connect(&settings, &AppSettings::changed, this,
            [this, &settings] { setRetention(settings.trafficRetention()); });
}

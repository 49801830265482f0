#include "SandboxTrafficWriter.h"

#include "storage/Database.h"
#include "storage/SandboxTrafficRepository.h"

#include <QDateTime>

SandboxTrafficWriter::SandboxTrafficWriter(const QString &dataDir,
                                           const TrafficRetention &retention)
    : m_dataDir(dataDir), m_retention(retention)
{ }

SandboxTrafficWriter::~SandboxTrafficWriter() = default;

void SandboxTrafficWriter::open()
{
    m_database = std::make_unique<Database>(m_dataDir);
    // The owner of the folder (GUI or otpctl's workspace) decided about damage already.
    m_database->setSetsDamageAside(false);
    const DatabaseOpenReport report = m_database->open();
    if (!report.isUsable()) {
        m_openError = report.message;
        m_database.reset();
        return;
    }
    m_repository = std::make_unique<SandboxTrafficRepository>(*m_database);
    m_pruneTimer = new QTimer(this);
    m_pruneTimer->setInterval(qMax(1000, m_retention.pruneIntervalMs));
    connect(m_pruneTimer, &QTimer::timeout, this, &SandboxTrafficWriter::prune);
    m_pruneTimer->start();
    QTimer::singleShot(5000, this, &SandboxTrafficWriter::prune); // soon, not during start-up
}

void SandboxTrafficWriter::write(const QList<SandboxTrafficRow> &rows)
{
    if (!m_repository) {
        emit written(int(rows.size()), m_openError);
        return;
    }
    const Result<void> stored = m_repository->appendAll(rows);
    emit written(int(rows.size()), stored ? QString() : stored.error);
}

void SandboxTrafficWriter::prune()
{
    if (!m_repository)
        return;
    const QDateTime before = m_retention.maxAgeDays > 0
        ? QDateTime::currentDateTimeUtc().addDays(-m_retention.maxAgeDays)
        : QDateTime();
    const qint64 maxRows = m_retention.maxRows > 0 ? m_retention.maxRows : -1;
    const Result<qint64> removed = m_repository->prune(before, maxRows);
    emit pruned(removed ? removed.value : 0, removed ? QString() : removed.error);
}

void SandboxTrafficWriter::setRetention(const TrafficRetention &retention)
{
    if (retention.maxAgeDays == m_retention.maxAgeDays && retention.maxRows == m_retention.maxRows)
        return;
    m_retention.maxAgeDays = retention.maxAgeDays;
    m_retention.maxRows = retention.maxRows;
    prune(); // a shorter limit is kept from now, not from the next hourly prune
}

void SandboxTrafficWriter::close()
{
    delete m_pruneTimer;
    m_pruneTimer = nullptr;
    m_repository.reset();
    m_database.reset();
}

#include "BackgroundDatabaseCheck.h"

#include "storage/DatabaseDamageNote.h"
#include "storage/DatabaseQuickCheck.h"

#include <QDir>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcDatabaseCheck, "otp.services.databasecheck")

BackgroundDatabaseCheck::BackgroundDatabaseCheck(QString databasePath, Check check, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)),
      m_check(check ? std::move(check) : Check(&DatabaseQuickCheck::run))
{ }

BackgroundDatabaseCheck::~BackgroundDatabaseCheck() = default;

void BackgroundDatabaseCheck::ThreadJoiner::operator()(QThread *thread) const
{
    thread->wait();
    delete thread;
}

bool BackgroundDatabaseCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundDatabaseCheck::start()
{
    if (isRunning())
        return;
    // The result comes back as a queued call: dropped if this object is gone by then (the
    // destructor waits for the thread first, so the check never outlives its caller's data).
    m_thread.reset(QThread::create([this, path = m_databasePath, check = m_check] {
        const Result<QString> outcome = check(path);
        QMetaObject::invokeMethod(
            this, [this, outcome] { report(outcome); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("database check"));
    m_thread->start(QThread::LowPriority);
}

void BackgroundDatabaseCheck::report(const Result<QString> &outcome)
{
    if (!outcome.ok()) {
        qCWarning(lcDatabaseCheck) << outcome.error;
    } else if (!outcome.value.isEmpty()) {
        qCWarning(lcDatabaseCheck) << "damage found in" << m_databasePath << ":" << outcome.value;
        const QString file = QDir::toNativeSeparators(m_databasePath);
        const Result<void> noted = DatabaseDamageNote::write(m_databasePath, outcome.value);
        if (noted) {
            emit damageFound(
                tr("OTP Manager found damage in its database %1 (%2). Some apps, calls or messages "
                   "may be missing or wrong. Export your apps now (File ▸ Export Apps…) while they "
                   "can still be read. The next time OTP Manager starts, it sets the damaged file "
                   "aside (nothing is deleted) and starts a new, empty database: import your apps "
                   "into it again.")
                    .arg(file, outcome.value));
        } else {
            emit damageFound(
                tr("OTP Manager found damage in its database %1 (%2). Some apps, calls or messages "
                   "may be missing or wrong. Export your apps now (File ▸ Export Apps…) while they "
                   "can still be read, quit OTP Manager and move the file somewhere else; the next "
                   "start makes a new, empty database. (The damage could not be noted for the next "
                   "start: %3)")
                    .arg(file, outcome.value, noted.error));
        }
    }
    emit finished();
}

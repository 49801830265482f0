#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

// The whole-file check (DatabaseQuickCheck) on a worker thread with its own connection, started
// once the program is up, so opening a large store does not wait for it. Damage found is noted
// next to the file (DatabaseDamageNote: the next open sets the file aside) and reported with
// what to do. Destroying the object waits for a check in progress: Qt SQL cannot interrupt a
// statement, and quick_check reads the whole file (about two thirds of integrity_check's time).
class BackgroundDatabaseCheck : public QObject
{
    Q_OBJECT

public:
    // The check to run, on the worker thread: tests pass one of their own.
    using Check = std::function<Result<QString>(const QString &databasePath)>;

    explicit BackgroundDatabaseCheck(QString databasePath, Check check = {},
                                     QObject *parent = nullptr);
    ~BackgroundDatabaseCheck() override;

    // Returns at once; damageFound (if any) and finished follow on this object's thread.
    void start();
    bool isRunning() const;

signals:
    // Translated: what was found, that the file will be set aside, what to do now.
    void damageFound(const QString &message);
    void finished();

private:
    struct ThreadJoiner {
        void operator()(QThread *thread) const;
    };
    void report(const Result<QString> &outcome);

    QString m_databasePath;
    Check m_check;
    std::unique_ptr<QThread, ThreadJoiner> m_thread;
};

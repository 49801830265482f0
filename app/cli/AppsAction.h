#pragma once

#include "CliCommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>

class QCommandLineParser;

// One action of `otpctl apps` (list, add, remove, export, import), run by AppsCommand: a
// command of its own that parses its arguments into an options struct, then executes it. Its
// texts keep the AppsCommand translation context that every `otpctl apps` text has.
class AppsAction : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)

protected:
    // --data-dir as given (empty: the environment's, or the standard folder), for the options
    // struct; execute() opens it with CliCommand::openWorkspace().
    static QString dataDirOption(const QCommandLineParser &parser);
    static QCommandLineOption jsonOption();
    static QString noSuchApp(const QString &name);

    // Runs the event loop until `future` has its result and exits with what `done` makes of
    // it; TransportOrSystem if the result never comes.
    template<typename T, typename Done> static ExitCode waitFor(const QFuture<T> &future, Done done)
    {
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &watcher, [&watcher, &done] {
            const QFuture<T> finished = watcher.future();
            const ExitCode exitCode = !finished.isCanceled() && finished.resultCount() > 0
                ? done(finished.result())
                : ExitCode::TransportOrSystem;
            QCoreApplication::exit(toInt(exitCode));
        });
        watcher.setFuture(future);
        return ExitCode(QCoreApplication::exec());
    }
};

#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>

class AppRepository;
class SecretStore;

// Removes the App Secrets an import wrote to the keychain but never committed an app for (it
// was killed, or cancelled, or its transaction failed): every id in PendingSecrets whose app is
// not stored loses its keychain entry, then its journal row. An id whose app is stored only
// loses its row. What the keychain cannot remove now (locked, unreachable) stays in the journal
// for the next time; removing twice is harmless.
class PendingSecretCleanup
{
    Q_DECLARE_TR_FUNCTIONS(PendingSecretCleanup)

public:
    struct Summary {
        int removed = 0; // keychain entries removed
        int kept = 0; // still in the journal: the keychain refused
        QString error; // the keychain's message when kept > 0
        bool skipped = false; // another process is importing: its rows are its own
    };

    // At start-up (GUI, every otpctl command that opens the store): takes the ImportLock, so an
    // import running in another process is never undone; skipped if it cannot. Delivered on
    // the store's thread; cancelled if the store is destroyed first.
    static QFuture<Summary> run(AppRepository &apps, SecretStore &secrets);
    // For an import that holds the ImportLock already (leftovers before it starts, its own undo).
    static QFuture<Summary> runLocked(AppRepository &apps, SecretStore &secrets);

    // One line for the user, or empty when there is nothing to tell.
    static QString describe(const Summary &summary);
};

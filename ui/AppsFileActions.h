#pragma once

#include "services/AppImport.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class OtpAppService;
class QProgressDialog;
class QWidget;

// File ▸ Import Apps… and Export Apps…: asks for the file, reads or writes it, and tells the
// user how it went (a report box for an import, the status bar for an export). The import
// itself is the AppImport use case; this is its face: one dialog for the secrets it asks for,
// a progress dialog (cancellable until the commit) while the secrets are stored, then its
// report, which names every app that was not stored.
class AppsFileActions : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the file and message dialogs.
    AppsFileActions(OtpAppService &apps, QWidget *window);

public slots:
    void importApps(); // asks for the file, then importFile()
    void importFile(const QString &path);
    void exportApps();

signals:
    void message(const QString &text, int timeoutMs); // for the status bar

private:
    void askSecrets(const QList<AppImport::SecretRequest> &requests, const AppImport::Reply &reply);
    void showProgress(const QFuture<AppImportReport> &import);
    void showReport(const AppImportReport &report);
    void openMessageBox(QMessageBox::Icon icon, const QString &title, const QString &text,
                        const QString &details = {});

    OtpAppService &m_apps;
    AppImport m_import;
    QWidget *m_window = nullptr;
    bool m_importing = false;
    QPointer<QProgressDialog> m_progress; // while secrets are being stored
};

#include "AppsFileActions.h"

#include "dialogs/ImportSecretsDialog.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"
#include "storage/AppExporter.h"
#include "storage/AppImporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// One line for each app of the file that the user should hear about, in the file's order.
QStringList reportLines(const AppImportReport &report)
{
    using Outcome = AppImportReport::Outcome;
    QStringList lines;
    for (const AppImportReport::Entry &entry : report.entries) {
        const QString name = entry.name();
        if (entry.renamed && entry.isSaved())
            lines << AppsFileActions::tr("“%1” was renamed “%2”: the name was taken.")
                         .arg(entry.nameInFile, name);
        switch (entry.outcome) {
        case Outcome::Saved:
            break;
        case Outcome::SavedWithoutSecret:
            lines << AppsFileActions::tr("“%1” was imported without its App Secret: add it by "
                                         "editing the app before calling the API.")
                         .arg(name);
            break;
        case Outcome::SavedWithGeneratedCredentials:
            lines << AppsFileActions::tr("“%1” got new sandbox credentials: reveal them in its "
                                         "details.")
                         .arg(name);
            break;
        case Outcome::InvalidSecret:
        case Outcome::NotSaved:
            lines << AppsFileActions::tr("“%1” was not imported: %2").arg(name, entry.error);
            break;
        case Outcome::Rejected:
            lines << AppImporter::describe({entry.index, entry.nameInFile, entry.issues});
            continue; // its issues are the lines
        case Outcome::AlreadyThere:
            lines << AppsFileActions::tr("“%1” is already there: left as it is.").arg(name);
            break;
        }
        for (const ValidationIssue &warning : entry.issues)
            lines << AppsFileActions::tr("Note: “%1”: %2").arg(name, warning.message);
    }
    return lines;
}

} // namespace

AppsFileActions::AppsFileActions(OtpAppService &apps, QWidget *window)
    : QObject(window), m_apps(apps), m_import(apps), m_window(window)
{
    setObjectName(u"appsFileActions"_s);
}

void AppsFileActions::importApps()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import OTP Apps"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("OTP Manager apps (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void AppsFileActions::importFile(const QString &path)
{
    if (m_importing) {
        emit message(tr("An import is still being stored; try again when it has finished."), 8000);
        return;
    }
    m_importing = true;
    const auto ask = [this](const QList<AppImport::SecretRequest> &requests,
                            const AppImport::Reply &reply) { askSecrets(requests, reply); };
    const QFuture<AppImportReport> import = m_import.importFile(path, ask);
    showProgress(import);
    whenFinished(this, import, [this](const AppImportReport &report) {
        m_importing = false;
        if (m_progress)
            m_progress->deleteLater();
        showReport(report);
    });
}

// The keychain takes a while for many secrets: a progress dialog that can stop the import
// until its apps are committed. Only once secrets are being written (after the secrets dialog).
void AppsFileActions::showProgress(const QFuture<AppImportReport> &import)
{
    auto *watcher = new QFutureWatcher<AppImportReport>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this](int, int maximum) {
        if (maximum <= 0 || m_progress)
            return;
        m_progress = new QProgressDialog(tr("Storing the App Secrets in the keychain…"),
                                         tr("Cancel Import"), 0, maximum, m_window);
        m_progress->setObjectName(u"importProgress"_s);
        m_progress->setWindowTitle(tr("Importing Apps"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(300); // a short import does not flash a dialog
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            m_progress->setLabelText(tr("Cancelling: removing the secrets already stored…"));
            m_import.cancel();
        });
        m_progress->setValue(0);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        if (m_progress && !m_progress->wasCanceled())
            m_progress->setValue(value);
    });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(import);
}

void AppsFileActions::askSecrets(const QList<AppImport::SecretRequest> &requests,
                                 const AppImport::Reply &reply)
{
    auto *dialog = new ImportSecretsDialog(requests, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [dialog, reply](int result) {
        reply(result == QDialog::Accepted ? AppImport::SecretAnswers(dialog->secrets())
                                          : std::nullopt);
    });
    dialog->open();
}

void AppsFileActions::showReport(const AppImportReport &report)
{
    switch (report.status) {
    case AppImportReport::Status::Cancelled:
        emit message(tr("Import cancelled: no app was imported."), 8000);
        return;
    case AppImportReport::Status::FileRefused:
        openMessageBox(QMessageBox::Warning, tr("Import failed"), report.error);
        return;
    case AppImportReport::Status::Finished:
        break;
    }
    const int saved = report.savedCount();
    const int notSaved = int(std::count_if(report.entries.cbegin(), report.entries.cend(),
                                           [](const auto &entry) { return entry.isProblem(); }));
    QString details = reportLines(report).join(u'\n');
    if (notSaved > 0)
        details.prepend(tr("%n app(s) of the file were not imported.", nullptr, notSaved)
                        + u"\n\n"_s);
    openMessageBox(notSaved == 0 ? QMessageBox::Information : QMessageBox::Warning,
                   tr("Import finished"), tr("%n app(s) imported.", nullptr, saved), details);
}

// Window-modal and not waited for: the report arrives from the keychain's answers, and no
// event loop is nested in that path.
void AppsFileActions::openMessageBox(QMessageBox::Icon icon, const QString &title,
                                     const QString &text, const QString &details)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(u"importReport"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    box->open();
}

void AppsFileActions::exportApps()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export OTP Apps"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/otp-apps.json"_s,
        tr("OTP Manager apps (*.json)"));
    if (path.isEmpty())
        return;
    const Result<void> written = AppExporter::writeFile(path, m_apps.apps());
    if (!written) {
        QMessageBox::warning(m_window, tr("Export failed"), written.error);
        return;
    }
    emit message(
        tr("Exported %n app(s) to %1 (without App Secrets).", nullptr, int(m_apps.apps().size()))
            .arg(QDir::toNativeSeparators(path)),
        8000);
}

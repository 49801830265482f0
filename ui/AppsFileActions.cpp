#include "AppsFileActions.h"

#include "dialogs/ImportSecretsDialog.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"
#include "storage/AppExporter.h"
#include "storage/AppImporter.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

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
    whenFinished(this, m_import.importFile(path, ask), [this](const AppImportReport &report) {
        m_importing = false;
        showReport(report);
    });
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
    const int notSaved = int(report.entries.size()) - saved;
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

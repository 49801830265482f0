#include "AppsFileActions.h"

#include "services/OtpAppService.h"
#include "storage/AppExporter.h"
#include "storage/AppImporter.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

AppsFileActions::AppsFileActions(OtpAppService &apps, QWidget *window)
    : QObject(window), m_apps(apps), m_window(window)
{ }

void AppsFileActions::importApps()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import OTP Apps"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("OTP Manager apps (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const AppImporter::Result result = AppImporter::readFile(path, m_apps.apps());
    if (!result.ok()) {
        QMessageBox::warning(m_window, tr("Import failed"), result.error);
        return;
    }
    QStringList report;
    int imported = 0;
    for (const AppImporter::ImportedApp &app : result.apps) {
        QString secret = app.secret;
        if (app.secretSource == AppImporter::SecretSource::AskUser) {
            bool ok = false;
            secret = QInputDialog::getText(
                m_window, tr("App Secret"),
                tr("App Secret of “%1” (from the ThaiBulkSMS dashboard):").arg(app.config.name),
                QLineEdit::Password, QString(), &ok);
            if (!ok || secret.trimmed().isEmpty()) {
                report << tr("“%1” was skipped: no App Secret given.").arg(app.config.name);
                continue;
            }
        }
        if (app.secretSource == AppImporter::SecretSource::Generate) {
            OtpAppDraft draft = OtpAppDraft::fromConfig(app.config);
            m_apps.create(draft, {});
        } else {
            m_apps.insert(app.config, secret.trimmed());
        }
        ++imported;
        if (app.renamed)
            report << tr("“%1” was renamed “%2”: the name was taken.")
                          .arg(app.nameInFile, app.config.name);
    }
    for (const AppImporter::RejectedApp &rejected : result.rejected)
        report << AppImporter::describe(rejected);
    QMessageBox::information(m_window, tr("Import finished"),
                             tr("%n app(s) imported.", nullptr, imported)
                                 + (report.isEmpty() ? QString() : u"\n\n"_s + report.join(u'\n')));
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

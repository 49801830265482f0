#include "AppEditorFlow.h"

#include "dialogs/AppEditorDialog.h"
#include "dialogs/CredentialsDialog.h"
#include "services/FutureCallback.h"
#include "services/OtpAppService.h"
#include "storage/AppImporter.h"

AppEditorFlow::AppEditorFlow(OtpAppService &apps, QWidget *window)
    : QObject(window), m_apps(apps), m_window(window)
{ }

void AppEditorFlow::createNew()
{
    open(new AppEditorDialog(AppEditorDialog::Mode::Create,
                             OtpAppDraft::forNewApp(currentLanguage()), m_apps.namesExcept(), false,
                             m_window),
         {});
}

void AppEditorFlow::edit(const OtpAppConfig &app)
{
    open(new AppEditorDialog(AppEditorDialog::Mode::Edit, OtpAppDraft::fromConfig(app),
                             m_apps.namesExcept(app.id), app.environment != Environment::Sandbox,
                             m_window),
         {});
}

void AppEditorFlow::duplicate(const OtpAppConfig &app)
{
    OtpAppDraft draft = OtpAppDraft::fromConfig(app);
    draft.id = QUuid();
    draft.name = AppImporter::uniqueName(app.name, m_apps.namesExcept());
    if (app.environment == Environment::Sandbox)
        draft.appKey.clear(); // a copy gets credentials of its own
    // A Live/Custom copy may keep the original's secret: the secret field may stay empty.
    open(new AppEditorDialog(AppEditorDialog::Mode::Duplicate, draft, m_apps.namesExcept(),
                             app.environment != Environment::Sandbox, m_window),
         app.environment != Environment::Sandbox ? app.id : QUuid());
}

void AppEditorFlow::open(AppEditorDialog *dialog, const QUuid &copySecretFrom)
{
    m_editor = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_editor == dialog)
            m_editor = nullptr;
    });
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, copySecretFrom] { save(dialog, copySecretFrom); });
    dialog->open();
}

void AppEditorFlow::save(AppEditorDialog *dialog, const QUuid &copySecretFrom)
{
    const OtpAppDraft draft = dialog->draft();
    const QString secret = dialog->secret();
    const bool editing = dialog->mode() == AppEditorDialog::Mode::Edit;
    QFuture<OtpAppService::SaveResult> saving
        = editing ? m_apps.update(draft, secret) : m_apps.create(draft, secret, copySecretFrom);
    whenFinished(this, saving, [this, editing](const OtpAppService::SaveResult &result) {
        if (!result.ok()) {
            emit failed(editing ? tr("The app was not saved") : tr("The app was not created"),
                        result.error);
            return;
        }
        emit saved(result.value.app.id, !editing);
        emit message(editing ? tr("Saved “%1”.").arg(result.value.app.name)
                             : tr("Created “%1”.").arg(result.value.app.name));
        if (!result.value.generatedSecret.isEmpty()) {
            auto *credentials
                = new CredentialsDialog(result.value.app.name, result.value.app.appKey,
                                        result.value.generatedSecret, m_window);
            credentials->setAttribute(Qt::WA_DeleteOnClose);
            credentials->open();
        }
    });
}
